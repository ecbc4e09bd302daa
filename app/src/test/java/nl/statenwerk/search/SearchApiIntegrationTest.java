package nl.statenwerk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Random;
import nl.statenwerk.StatenwerkTest;
import nl.statenwerk.ingest.ImportListener;
import nl.statenwerk.ingest.Importer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@StatenwerkTest
@TestPropertySource(properties = "statenwerk.test.context=search-api")
@DirtiesContext
class SearchApiIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static boolean imported;

    @LocalServerPort
    int port;

    @Autowired
    Importer importer;

    @Autowired
    SearchIndex index;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void importOnce() throws IOException {
        if (!imported) {
            importer.importFrom(
                    SearchBundle.flevoland(Files.createTempDirectory("search-bundle"))
                            .dir
                            .toString(),
                    ImportListener.NONE);
            imported = true;
        }
        SearchIntegrationTest.eventually(() -> index.search(SearchQuery.of("huisartsenpraktijk")), r -> r.total() == 1);
    }

    @Test
    void aSearchAnswersWithHitsFacetsAndTheTimeItTook() throws Exception {
        HttpResponse<String> response = get("/api/search?q=" + encode("huisartsenpraktijk") + "&type=motie");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("total").asLong()).isEqualTo(1);
        assertThat(body.has("tookMs")).isTrue();
        assertThat(body.has("didYouMean")).isTrue();
        JsonNode hit = body.get("hits").get(0);
        for (String field : new String[] {"id", "type", "title", "date", "snippet", "page", "url", "sourceId"}) {
            assertThat(hit.has(field)).as(field).isTrue();
        }
        assertThat(hit.get("page").asInt()).isEqualTo(2);
        assertThat(hit.get("date").asString()).isEqualTo("2024-06-12");
        assertThat(body.get("facets").get("type").get(0).get("value").asString())
                .isEqualTo("motie");
        assertThat(body.get("facets").get("type").get(0).get("count").asLong()).isEqualTo(1);
    }

    @Test
    void filtersAndSortingAreParametersInDutch() throws Exception {
        JsonNode body = JSON.readTree(get("/api/search?q=&jaar=2023&sort=datum").body());
        assertThat(body.get("total").asLong()).isEqualTo(1);
        assertThat(body.get("hits").get(0).get("type").asString()).isEqualTo("amendement");
        body = JSON.readTree(get("/api/search?van=2024-01-01&tot=2024-12-31&uitslag=aangenomen")
                .body());
        assertThat(body.get("total").asLong()).isEqualTo(1);
        body = JSON.readTree(get("/api/search?type=amendement&fractie=" + encode("Polderpartij"))
                .body());
        assertThat(body.get("total").asLong()).isEqualTo(1);
        body = JSON.readTree(
                get("/api/search?vergadertype=statenvergadering&orgaan=" + encode("Provinciale Staten van Flevoland"))
                        .body());
        assertThat(body.get("total").asLong()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void suggestionsCompleteTitles() throws Exception {
        HttpResponse<String> response = get("/api/search/suggest?q=windm");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get(0).asString()).containsIgnoringCase("windmolenpark");
    }

    @ParameterizedTest(name = "q={0} is answered, not a server error")
    @ValueSource(
            strings = {
                "\"unbalanced",
                "AND OR ((",
                "((((",
                ")",
                "titel:",
                "*",
                "?",
                "*wind",
                "wind~",
                "wind~2",
                "/[a-z]{1,9999}/",
                "/.*/",
                "a:b:c",
                "NOT",
                "\\",
                "[a TO",
                "{}",
                "^2",
                "&&||!",
                "windmolenpark^abc",
                "type:\"",
                "\u0000"
            })
    void oddSyntaxIsAnsweredWithHitsOrA400(String q) throws Exception {
        HttpResponse<String> response = get("/api/search?q=" + encode(q));
        assertThat(response.statusCode()).as(response.body()).isIn(200, 400);
        if (response.statusCode() == 400) {
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        }
    }

    @Test
    void randomInputIsNeverAServerError() throws Exception {
        Random random = new Random(7);
        String alphabet = "abcwindmolen \"'()[]{}:*?~^!&|+-/\\ANDORNOT TO";
        for (int i = 0; i < 150; i++) {
            StringBuilder q = new StringBuilder();
            for (int j = random.nextInt(30); j > 0; j--) {
                q.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            HttpResponse<String> response = get("/api/search?q=" + encode(q.toString()));
            assertThat(response.statusCode()).as(q.toString()).isLessThan(500);
            assertThat(get("/api/search/suggest?q=" + encode(q.toString())).statusCode())
                    .isLessThan(500);
        }
    }

    @Test
    void aHugeQueryIsABadRequest() throws Exception {
        HttpResponse<String> response = get("/api/search?q=" + "wind%20".repeat(1000));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        // beyond the server's limit for a request line: refused before it reaches the application
        assertThat(get("/api/search?q=" + "w".repeat(10_240)).statusCode()).isEqualTo(400);
    }

    @ParameterizedTest(name = "{0} is a bad request")
    @ValueSource(strings = {"jaar=abc", "van=gisteren", "sort=alfabet", "page=0", "size=1000", "page=100000", "page=x"})
    void badParametersAreABadRequest(String parameters) throws Exception {
        HttpResponse<String> response = get("/api/search?q=motie&" + parameters);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
