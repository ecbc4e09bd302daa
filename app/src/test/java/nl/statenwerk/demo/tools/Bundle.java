package nl.statenwerk.demo.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** One bundle directory being assembled in memory, written in one go so a rerun never leaves stale files. */
final class Bundle {

    static final String BASE_URL = "https://demo.statenwerk.invalid/ori/";

    /** The importer reads the collections in this order; it is also the file-writing order. */
    static final List<String> COLLECTIONS = List.of(
            "fracties",
            "natuurlijkpersonen",
            "fractielidmaatschappen",
            "vergaderingen",
            "agendapunten",
            "informatieobjecten",
            "indieners",
            "besluiten",
            "stemmingen",
            "stemresultatenperfractie");

    static final ObjectMapper JSON = JsonMapper.builder().build();

    private final String dir;
    private final Map<String, List<ObjectNode>> collections = new LinkedHashMap<>();
    private final Set<String> urls = new HashSet<>();
    private final Map<String, byte[]> files = new TreeMap<>();
    private ObjectNode descriptor;

    Bundle(String dir) {
        this.dir = dir;
        COLLECTIONS.forEach(c -> collections.put(c, new ArrayList<>()));
    }

    String dir() {
        return dir;
    }

    static String url(String dir, String collection, String id) {
        return BASE_URL + dir + "/" + collection + "/" + id;
    }

    ObjectNode create(String collection, String id) {
        if (id.isEmpty() || id.length() > 40) {
            throw new IllegalArgumentException("ODS-ORI ids are 1..40 characters: " + id);
        }
        List<ObjectNode> list = collections.get(collection);
        if (list == null) {
            throw new IllegalArgumentException("unknown collection " + collection);
        }
        String url = url(dir, collection, id);
        if (!urls.add(url)) {
            throw new IllegalStateException("duplicate object " + url);
        }
        ObjectNode node = JSON.createObjectNode();
        node.put("id", id);
        node.put("url", url);
        list.add(node);
        return node;
    }

    ObjectNode ref(String collection, String id) {
        ObjectNode ref = JSON.createObjectNode();
        ref.put("id", id);
        ref.put("url", url(dir, collection, id));
        return ref;
    }

    boolean has(String collection, String id) {
        return urls.contains(url(dir, collection, id));
    }

    int count(String collection) {
        return collections.get(collection).size();
    }

    void addFile(String relativePath, byte[] content) {
        if (files.put(relativePath, content) != null) {
            throw new IllegalStateException("duplicate file " + relativePath);
        }
    }

    void descriptor(ObjectNode descriptor) {
        this.descriptor = descriptor;
    }

    void write(Path root) {
        Path target = root.resolve(dir);
        try {
            deleteRecursively(target);
            Files.createDirectories(target);
            Files.writeString(target.resolve("bundle.json"), pretty(descriptor), StandardCharsets.UTF_8);
            for (var entry : collections.entrySet()) {
                if (!entry.getValue().isEmpty()) {
                    Files.writeString(
                            target.resolve(entry.getKey() + ".json"),
                            arrayOneObjectPerLine(entry.getValue()),
                            StandardCharsets.UTF_8);
                }
            }
            for (var file : files.entrySet()) {
                Path path = target.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.write(path, file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String summary() {
        StringBuilder sb = new StringBuilder(dir).append(':');
        collections.forEach((name, list) -> {
            if (!list.isEmpty()) {
                sb.append(' ').append(name).append('=').append(list.size());
            }
        });
        long bytes = files.values().stream().mapToLong(b -> b.length).sum();
        return sb.append(" files=")
                .append(files.size())
                .append(" (")
                .append(bytes / 1024)
                .append(" KiB)")
                .toString();
    }

    private static String pretty(JsonNode node) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n";
    }

    /** Compact objects, one per line: small on disk and still readable in a diff. */
    private static String arrayOneObjectPerLine(List<ObjectNode> objects) {
        StringBuilder sb = new StringBuilder("[\n");
        for (int i = 0; i < objects.size(); i++) {
            sb.append(JSON.writeValueAsString(objects.get(i)));
            sb.append(i + 1 < objects.size() ? ",\n" : "\n");
        }
        return sb.append("]\n").toString();
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
