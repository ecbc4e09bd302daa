package nl.statenwerk.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the collections of an ODS-ORI bundle folder, or of a live ODS-ORI API. A collection file that is not valid
 * JSON becomes one report line; the other collections still import.
 */
final class BundleReader {

    private final JsonMapper json;
    private final ReportLines report;

    BundleReader(JsonMapper json, ReportLines report) {
        this.json = json;
        this.report = report;
    }

    static boolean looksLikeBundle(Path dir) {
        if (Files.isRegularFile(dir.resolve("bundle.json"))) {
            return true;
        }
        return OriImport.COLLECTIONS.stream().anyMatch(c -> Files.isRegularFile(dir.resolve(c + ".json")));
    }

    @Nullable
    JsonNode manifestBody(Path dir) {
        Path manifest = dir.resolve("bundle.json");
        if (!Files.isRegularFile(manifest)) {
            return null;
        }
        try {
            JsonNode body = json.readTree(Files.readAllBytes(manifest)).get("body");
            if (body == null || !body.isObject()) {
                throw new ImportException("bundle.json heeft geen object 'body'");
            }
            return body;
        } catch (IOException | JacksonException e) {
            throw new ImportException("bundle.json is geen geldige JSON: " + e.getMessage(), e);
        }
    }

    Map<String, List<JsonNode>> readFolder(Path dir) {
        Map<String, List<JsonNode>> collections = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(OriImport.COLLECTIONS);
        names.addAll(OriImport.UNSUPPORTED);
        for (String name : names) {
            Path file = dir.resolve(name + ".json");
            if (!Files.isRegularFile(file)) {
                continue;
            }
            try {
                List<JsonNode> items = items(json.readTree(Files.readAllBytes(file)), name);
                collections.put(name, items);
            } catch (IOException | JacksonException e) {
                report.failed(name, name + ".json", "geen geldige JSON: " + shortMessage(e));
            } catch (ObjectFailure e) {
                report.failed(name, name + ".json", e.getMessage());
            }
        }
        return collections;
    }

    /** Reads every collection of a live ODS-ORI API, following {@code next} links. */
    Map<String, List<JsonNode>> readApi(String baseUrl, SourceFiles http) {
        String base = baseUrl.replaceAll("/+$", "");
        Map<String, List<JsonNode>> collections = new LinkedHashMap<>();
        for (String name : OriImport.COLLECTIONS) {
            List<JsonNode> all = new ArrayList<>();
            String next = base + "/" + name;
            int pages = 0;
            while (next != null && pages++ < 100_000) {
                byte[] body;
                try {
                    body = http.getJson(next);
                } catch (AddressPolicy.RefusedAddress e) {
                    // the pages read so far still import, as when a page is missing
                    report.failed(name, next, "pagina " + e.getMessage());
                    break;
                }
                if (body == null) {
                    break;
                }
                JsonNode page;
                try {
                    page = json.readTree(body);
                    all.addAll(items(page, name));
                } catch (JacksonException | ObjectFailure e) {
                    report.failed(name, next, "geen geldige JSON: " + shortMessage(e));
                    break;
                }
                JsonNode nextNode = page.get("next");
                next = nextNode != null
                                && nextNode.isString()
                                && !nextNode.asString().isBlank()
                        ? nextNode.asString()
                        : null;
            }
            if (!all.isEmpty()) {
                collections.put(name, all);
            }
        }
        return collections;
    }

    /** A collection is a JSON array, or the standard's paginated shape with {@code results}. */
    private static List<JsonNode> items(JsonNode root, String name) {
        JsonNode array = root.isArray() ? root : root.get("results");
        if (array == null || !array.isArray()) {
            throw new ObjectFailure(name + ": verwacht een JSON-array of een object met 'results'");
        }
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    private static String shortMessage(Exception e) {
        String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        return message.length() > 200 ? message.substring(0, 200) + "…" : message;
    }
}
