package nl.statenwerk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.statenwerk.StatenwerkTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A bundle imported and read back through the ODS-ORI API yields the same objects: every field of every source
 * object, references followed to the object they name, and the file behind each link byte for byte.
 */
@StatenwerkTest
class OriRoundTripIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> IDENTITY = Set.of("url", "id");

    @LocalServerPort
    int port;

    @Autowired
    Importer importer;

    @TempDir
    Path temp;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void readsBackEveryImportedObjectUnchanged() throws Exception {
        TestBundles bundle = TestBundles.flevoland(temp.resolve("roundtrip")).write();
        ImportReport report = importer.importFrom(bundle.dir.toString(), ImportListener.NONE);
        assertThat(report.problems()).isEmpty();

        Map<String, JsonNode> bySourceId = new HashMap<>();
        for (String collection : bundle.collections.keySet()) {
            for (JsonNode object :
                    get("/api/ori/v2/" + collection + "?pageSize=1000").get("results")) {
                if (object.has("sourceId")) {
                    bySourceId.put(object.get("sourceId").asString(), object);
                }
            }
        }

        int fieldsCompared = 0;
        for (var collection : bundle.collections.entrySet()) {
            for (Map<String, Object> source : collection.getValue()) {
                String url = (String) source.get("url");
                JsonNode read = bySourceId.get(url);
                assertThat(read).as("%s read back", url).isNotNull();
                for (var field : source.entrySet()) {
                    if (IDENTITY.contains(field.getKey())) {
                        continue;
                    }
                    JsonNode expected = JSON.valueToTree(field.getValue());
                    JsonNode actual = read.get(field.getKey());
                    assertThat(actual).as("%s.%s", url, field.getKey()).isNotNull();
                    assertSame(url + "." + field.getKey(), field.getKey(), expected, actual, bundle.dir);
                    fieldsCompared++;
                }
            }
        }
        assertThat(fieldsCompared).isGreaterThan(50);
    }

    private void assertSame(String what, String field, JsonNode expected, JsonNode actual, Path bundleDir)
            throws Exception {
        if (field.equals("link")) {
            byte[] original = Files.readAllBytes(bundleDir.resolve(expected.asString()));
            byte[] served = http.send(
                            HttpRequest.newBuilder(
                                            local(URI.create(actual.asString()).getRawPath()))
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray())
                    .body();
            assertThat(sha256(served)).as(what).isEqualTo(sha256(original));
        } else if (expected.isObject() && expected.has("url")) {
            assertThat(sourceIdBehind(actual))
                    .as(what)
                    .isEqualTo(expected.get("url").asString());
        } else if (expected.isArray() && !expected.isEmpty() && expected.get(0).isObject()) {
            Set<String> want = new TreeSet<>();
            expected.forEach(e -> want.add(e.get("url").asString()));
            Set<String> got = new TreeSet<>();
            for (JsonNode ref : actual) {
                got.add(sourceIdBehind(ref));
            }
            assertThat(got).as(what).isEqualTo(want);
        } else if (expected.isObject()) {
            for (var property : expected.properties()) {
                assertThat(actual.get(property.getKey()))
                        .as(what + "." + property.getKey())
                        .isEqualTo(property.getValue());
            }
        } else if (expected.isString()
                && expected.asString().length() > 10
                && expected.asString().contains("T")) {
            assertThat(OffsetDateTime.parse(actual.asString()).toInstant())
                    .as(what)
                    .isEqualTo(OffsetDateTime.parse(expected.asString()).toInstant());
        } else {
            assertThat(actual).as(what).isEqualTo(expected);
        }
    }

    /** Follows a reference of the API to the object it names and returns that object's source id. */
    private String sourceIdBehind(JsonNode ref) throws Exception {
        String url = ref.isObject() ? ref.get("url").asString() : ref.asString();
        return get(URI.create(url).getPath()).get("sourceId").asString();
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response =
                http.send(HttpRequest.newBuilder(local(path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** The API's links use the configured public base url; the test server listens on a random port. */
    private URI local(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
