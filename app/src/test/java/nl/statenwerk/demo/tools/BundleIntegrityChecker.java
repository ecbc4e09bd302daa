package nl.statenwerk.demo.tools;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;

/** Checks a bundle directory against the bundle contract and the ODS-ORI schemas; returns the problems found. */
final class BundleIntegrityChecker {

    static final Map<String, String> SCHEMA_BY_COLLECTION = Map.of(
            "vergaderingen", "Vergadering",
            "agendapunten", "Agendapunt",
            "informatieobjecten", "InformatieObject",
            "stemmingen", "Stemming",
            "stemresultatenperfractie", "StemresultaatPerFractie",
            "besluiten", "Besluit",
            "fracties", "Fractie",
            "fractielidmaatschappen", "FractieLidmaatschap",
            "natuurlijkpersonen", "NatuurlijkPersoon",
            "indieners", "Indiener");

    /** The only non-standard properties the contract allows (documented in demo/PROVENANCE.md). */
    static final Map<String, Set<String>> EXTENSIONS = Map.of(
            "stemmingen", Set.of("aantalVoor", "aantalTegen", "aantalOnthouden"),
            "stemresultatenperfractie", Set.of("aantalVoor", "aantalTegen", "aantalOnthouden"));

    private static final String REF = "#/components/schemas/VerwijzingNaarResource";

    private final Map<String, Map<String, Object>> schemas;

    @SuppressWarnings("unchecked")
    BundleIntegrityChecker(Path openapi) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(10 * 1024 * 1024);
        try (Reader reader = Files.newBufferedReader(openapi)) {
            Map<String, Object> root = new Yaml(options).load(reader);
            this.schemas =
                    (Map<String, Map<String, Object>>) ((Map<String, Object>) root.get("components")).get("schemas");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Object> enumValues(String schema) {
        @SuppressWarnings("unchecked")
        List<Object> values = (List<Object>) schemas.get(schema).get("enum");
        return values;
    }

    List<String> check(Path bundleDir) {
        List<String> problems = new ArrayList<>();
        String dir = bundleDir.getFileName().toString();
        checkDescriptor(bundleDir, problems);

        Map<String, JsonNode> byUrl = new HashMap<>();
        Map<String, List<JsonNode>> collections = new HashMap<>();
        try (Stream<Path> files = Files.list(bundleDir)) {
            for (Path file :
                    files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                String name = file.getFileName().toString().replace(".json", "");
                if (name.equals("bundle")) {
                    continue;
                }
                if (!SCHEMA_BY_COLLECTION.containsKey(name)) {
                    problems.add(file + ": not an ODS-ORI collection");
                    continue;
                }
                JsonNode array = Bundle.JSON.readTree(Files.readString(file));
                if (!array.isArray() || array.isEmpty()) {
                    problems.add(file + ": not a non-empty JSON array");
                    continue;
                }
                Set<String> ids = new HashSet<>();
                List<JsonNode> objects = new ArrayList<>();
                for (JsonNode object : array) {
                    String id = object.path("id").asString("");
                    String url = object.path("url").asString("");
                    if (id.isEmpty() || id.length() > 40 || !ids.add(id)) {
                        problems.add(name + ": bad or duplicate id '" + id + "'");
                    }
                    if (!url.equals(Bundle.url(dir, name, id)) || byUrl.put(url, object) != null) {
                        problems.add(name + ": bad or duplicate url '" + url + "'");
                    }
                    objects.add(object);
                }
                collections.put(name, objects);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        collections.forEach((name, objects) -> {
            Map<String, Object> schema = schemas.get(SCHEMA_BY_COLLECTION.get(name));
            for (JsonNode object : objects) {
                String where = name + "/" + object.path("id").asString();
                checkObject(where, object, schema, EXTENSIONS.getOrDefault(name, Set.of()), bundleDir, byUrl, problems);
            }
        });
        return problems;
    }

    private void checkDescriptor(Path bundleDir, List<String> problems) {
        Path file = bundleDir.resolve("bundle.json");
        if (!Files.isRegularFile(file)) {
            problems.add(bundleDir + ": no bundle.json");
            return;
        }
        JsonNode descriptor = DemoBundleConverter.read(file);
        JsonNode body = descriptor.path("body");
        for (String field : List.of("name", "shortName", "classification", "code", "website", "license")) {
            if (body.path(field).asString("").isBlank()) {
                problems.add(file + ": body." + field + " missing");
            }
        }
        String classification = body.path("classification").asString("");
        if (classification.equals("provincie")) {
            if (!enumValues("Provincie").contains(body.path("code").asString())) {
                problems.add(file + ": code is not an ODS-ORI Provincie value");
            }
        } else if (!classification.equals("parlement")) {
            problems.add(file + ": unexpected classification " + classification);
        }
        if (!descriptor.path("generatedBy").asString("").equals(DemoBundleConverter.GENERATED_BY)
                || descriptor.path("source").asString("").isBlank()) {
            problems.add(file + ": source/generatedBy missing");
        }
    }

    @SuppressWarnings("unchecked")
    private void checkObject(
            String where,
            JsonNode object,
            Map<String, Object> schema,
            Set<String> extensions,
            Path bundleDir,
            Map<String, JsonNode> byUrl,
            List<String> problems) {
        for (Object required : (List<Object>) schema.getOrDefault("required", List.of())) {
            if (!object.has((String) required)) {
                problems.add(where + ": required property " + required + " missing");
            }
        }
        Map<String, Object> properties = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
        for (var property : object.properties()) {
            String name = property.getKey();
            JsonNode value = property.getValue();
            String at = where + "." + name;
            if (extensions.contains(name)) {
                if (!value.isIntegralNumber() || value.asInt() < 0) {
                    problems.add(at + ": extension must be a non-negative integer");
                }
                continue;
            }
            Map<String, Object> propertySchema = (Map<String, Object>) properties.get(name);
            if (propertySchema == null) {
                problems.add(at + ": not a property of the standard");
                continue;
            }
            if (value.isNull()) {
                problems.add(at + ": null should be omitted");
                continue;
            }
            if (name.equals("link")) {
                checkLink(at, value.asString(""), bundleDir, problems);
                continue;
            }
            checkValue(at, value, propertySchema, bundleDir, byUrl, problems);
        }
    }

    @SuppressWarnings("unchecked")
    private void checkValue(
            String at,
            JsonNode value,
            Map<String, Object> schema,
            Path bundleDir,
            Map<String, JsonNode> byUrl,
            List<String> problems) {
        if (isReference(schema)) {
            checkReference(at, value, byUrl, problems);
            return;
        }
        Map<String, Object> resolved = resolve(schema);
        String type = (String) resolved.get("type");
        if ("array".equals(type)) {
            Map<String, Object> items = (Map<String, Object>) resolved.get("items");
            if (Boolean.TRUE.equals(resolved.get("readOnly"))) {
                problems.add(at + ": read-only back-reference array must not be emitted");
                return;
            }
            if (!value.isArray() || value.isEmpty()) {
                problems.add(at + ": expected a non-empty array");
                return;
            }
            for (JsonNode item : value) {
                checkValue(at + "[]", item, items, bundleDir, byUrl, problems);
            }
            return;
        }
        List<Object> allowed = (List<Object>) resolved.get("enum");
        if (allowed != null && !allowed.contains(value.asString(null))) {
            problems.add(at + ": '" + value + "' is not one of " + allowed);
        }
        if ("object".equals(type) && resolved.containsKey("properties")) {
            if (!value.isObject()) {
                problems.add(at + ": expected an object");
            } else {
                checkObject(at, value, resolved, Set.of(), bundleDir, byUrl, problems);
            }
            return;
        }
        if ("boolean".equals(type) && !value.isBoolean()) {
            problems.add(at + ": expected a boolean");
        }
        if ("integer".equals(type) && !value.isIntegralNumber()) {
            problems.add(at + ": expected an integer");
        }
        if ("string".equals(type)) {
            if (!value.isString()) {
                problems.add(at + ": expected a string");
                return;
            }
            String s = value.asString();
            Object max = resolved.get("maxLength");
            Object min = resolved.get("minLength");
            if (max instanceof Integer m && s.length() > m) {
                problems.add(at + ": longer than maxLength " + m);
            }
            if (min instanceof Integer m && s.length() < m) {
                problems.add(at + ": shorter than minLength " + m);
            }
            try {
                if ("date".equals(resolved.get("format"))) {
                    LocalDate.parse(s);
                } else if ("date-time".equals(resolved.get("format"))) {
                    OffsetDateTime.parse(s);
                }
            } catch (RuntimeException e) {
                problems.add(at + ": not a valid " + resolved.get("format") + ": " + s);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static boolean isReference(Map<String, Object> schema) {
        if (REF.equals(schema.get("$ref"))) {
            return true;
        }
        for (Object part : (List<Object>) schema.getOrDefault("allOf", List.of())) {
            if (REF.equals(((Map<String, Object>) part).get("$ref"))) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> resolve(Map<String, Object> schema) {
        if (schema.get("$ref") instanceof String ref) {
            return schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
        }
        for (Object part : (List<Object>) schema.getOrDefault("allOf", List.of())) {
            if (((Map<String, Object>) part).get("$ref") instanceof String ref) {
                return schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
            }
        }
        return schema;
    }

    private static void checkReference(String at, JsonNode value, Map<String, JsonNode> byUrl, List<String> problems) {
        if (!value.isObject() || value.size() != 2 || !value.has("id") || !value.has("url")) {
            problems.add(at + ": expected {id, url}");
            return;
        }
        JsonNode target = byUrl.get(value.path("url").asString());
        if (target == null
                || !target.path("id").asString().equals(value.path("id").asString())) {
            problems.add(at + ": reference does not resolve: " + value);
        }
    }

    private static void checkLink(String at, String link, Path bundleDir, List<String> problems) {
        Path file = bundleDir.resolve(link).normalize();
        if (link.isEmpty() || link.contains("://") || !file.startsWith(bundleDir) || !Files.isRegularFile(file)) {
            problems.add(at + ": link is not a file inside the bundle: " + link);
            return;
        }
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            if (pdf.getNumberOfPages() == 0
                    || new PDFTextStripper().getText(pdf).isBlank()) {
                problems.add(at + ": PDF has no pages or no text: " + link);
            }
        } catch (IOException e) {
            problems.add(at + ": not a readable PDF: " + link + " (" + e.getMessage() + ")");
        }
    }
}
