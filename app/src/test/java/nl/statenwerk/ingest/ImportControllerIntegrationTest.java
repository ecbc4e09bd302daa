package nl.statenwerk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.statenwerk.StatenwerkTest;
import nl.statenwerk.council.Council;
import nl.statenwerk.council.Paper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

@StatenwerkTest
@TestPropertySource(properties = "statenwerk.admin-token=test-token-van-de-griffie")
class ImportControllerIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    Council council;

    @TempDir
    Path temp;

    @Test
    void refusesRequestsWithoutTheToken() {
        assertThat(status(client().get().uri("/api/beheer/imports"))).isEqualTo(401);
        assertThat(status(client().get().uri("/api/beheer/imports").header("Authorization", "Bearer fout")))
                .isEqualTo(401);
    }

    @Test
    void importsAnUploadedBundleInTheBackgroundAndKeepsItsReport() throws Exception {
        TestBundles bundle = TestBundles.flevoland(temp.resolve("upload")).write();
        Path zip = zip(bundle.dir, temp.resolve("bundel.zip"));
        var form = new LinkedMultiValueMap<String, Object>();
        form.add("bestand", new FileSystemResource(zip));

        JsonNode started = admin().post()
                .uri("/api/beheer/imports")
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(form)
                .retrieve()
                .body(JsonNode.class);
        String id = started.get("id").asString();

        JsonNode run = started;
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!run.get("status").asString().equals("DONE") && Instant.now().isBefore(deadline)) {
            Thread.sleep(300);
            run = admin().get()
                    .uri("/api/beheer/imports/{id}", id)
                    .retrieve()
                    .body(JsonNode.class)
                    .get("run");
        }
        assertThat(run.get("status").asString()).isEqualTo("DONE");
        assertThat(run.get("createdCount").asLong()).isEqualTo(bundle.objectCount());
        assertThat(council.idOf(Paper.class, bundle.url("informatieobjecten", "i1")))
                .isPresent();
        JsonNode runs = admin().get().uri("/api/beheer/imports").retrieve().body(JsonNode.class);
        assertThat(runs.findValuesAsString("id")).contains(id);
    }

    @Test
    void rejectsARequestWithoutASource() {
        assertThat(status(admin().post()
                        .uri("/api/beheer/imports")
                        .contentType(MediaType.MULTIPART_FORM_DATA)
                        .body(new LinkedMultiValueMap<String, Object>())))
                .isEqualTo(400);
    }

    private RestClient client() {
        return RestClient.create("http://127.0.0.1:" + port);
    }

    private RestClient admin() {
        return RestClient.builder()
                .baseUrl("http://127.0.0.1:" + port)
                .defaultHeader("Authorization", "Bearer test-token-van-de-griffie")
                .build();
    }

    private static int status(RestClient.RequestHeadersSpec<?> spec) {
        return spec.exchange((request, response) -> response.getStatusCode().value());
    }

    private static Path zip(Path dir, Path target) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target));
                var files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new ZipEntry(dir.relativize(file).toString()));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }
        return target;
    }
}
