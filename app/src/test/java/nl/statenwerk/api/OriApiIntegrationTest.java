package nl.statenwerk.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.statenwerk.StatenwerkTest;
import nl.statenwerk.core.RecordTable;
import nl.statenwerk.council.Council;
import nl.statenwerk.council.Person;
import nl.statenwerk.files.FileCatalog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.yaml.snakeyaml.Yaml;

@StatenwerkTest
class OriApiIntegrationTest {

    static final List<String> COLLECTIONS = List.of(
            "vergaderingen",
            "agendapunten",
            "informatieobjecten",
            "besluiten",
            "stemmingen",
            "stemmen",
            "stemresultatenperfractie",
            "fracties",
            "fractielidmaatschappen",
            "natuurlijkpersonen",
            "indieners",
            "aanwezigedeelnemers");

    private static final OpenApiInteractionValidator VALIDATOR = validator();

    @LocalServerPort
    int port;

    @Autowired
    Council council;

    @Autowired
    FileCatalog files;

    ApiFixture fixture;
    ApiClient api;

    @BeforeEach
    void seed() {
        fixture = ApiFixture.seed(council, files);
        api = new ApiClient(port);
    }

    @Test
    void everyCollectionAndOneObjectOfEachFollowTheStandardsSchemas() {
        for (String collection : COLLECTIONS) {
            ApiClient.Answer list = api.get("/api/ori/v2/" + collection + "?pageSize=1000");
            assertValid("/" + collection, list);
            JsonNode results = list.json().get("results");
            assertThat(results).as(collection).isNotEmpty();
            String id = results.get(0).get("id").asText();
            ApiClient.Answer one = api.get(results.get(0).get("url").asText());
            assertValid("/" + collection + "/" + id, one);
            assertThat(one.json().get("id").asText()).isEqualTo(id);
        }
    }

    @Test
    void nextLinksWalkEveryPageExactlyOnce() {
        for (String collection : COLLECTIONS) {
            Set<String> all =
                    ids(api.get("/api/ori/v2/" + collection + "?pageSize=1000").json());
            List<String> walked = new ArrayList<>();
            String next = "/api/ori/v2/" + collection + "?pageSize=2";
            int pages = 0;
            while (next != null) {
                JsonNode page = api.get(next).json();
                assertThat(page.get("results").size()).isLessThanOrEqualTo(2);
                page.get("results").forEach(r -> walked.add(r.get("id").asText()));
                next = page.get("next").isNull() ? null : page.get("next").asText();
                pages++;
            }
            assertThat(walked).as(collection).doesNotHaveDuplicates();
            assertThat(Set.copyOf(walked)).as(collection).isEqualTo(all);
            assertThat(pages).isGreaterThanOrEqualTo((all.size() + 1) / 2);
        }
    }

    @Test
    void gewijzigdSindsListsOnlyWhatChangedAfterIt() {
        OffsetDateTime before = RecordTable.now();
        Person changed = council.find(Person.class, fixture.person()).orElseThrow();
        council.save(changed, null);

        JsonNode page = api.get("/api/ori/v2/natuurlijkpersonen?gewijzigdSinds=" + before)
                .json();

        assertThat(ids(page)).containsExactly(fixture.person().toString());
        assertThat(ids(api.get("/api/ori/v2/natuurlijkpersonen?gewijzigdSinds=" + RecordTable.now())
                        .json()))
                .isEmpty();
    }

    @Test
    void provincieListsOnlyThatProvincesObjects() {
        JsonNode utrecht =
                api.get("/api/ori/v2/vergaderingen?provincie=utrecht").json();
        assertThat(ids(utrecht)).containsExactly(fixture.otherMeeting().toString());
        assertThat(utrecht.get("results").get(0).get("provincie").asText()).isEqualTo("utrecht");
        assertThat(ids(api.get("/api/ori/v2/informatieobjecten?provincie=zuid_holland")
                        .json()))
                .containsExactly(fixture.publicPaper().toString());
        assertThat(ids(api.get("/api/ori/v2/fracties?provincie=limburg").json()))
                .isEmpty();
    }

    @Test
    void theSecretPaperAndEverythingHangingOffItAppearNowhere() {
        StringBuilder everything = new StringBuilder();
        for (String collection : COLLECTIONS) {
            ApiClient.Answer list = api.get("/api/ori/v2/" + collection + "?pageSize=1000");
            everything.append(list.body());
            for (JsonNode result : list.json().get("results")) {
                everything.append(api.get(result.get("url").asText()).body());
            }
        }
        assertThat(everything).contains(fixture.publicPaper().toString());
        for (UUID secret : fixture.secret()) {
            assertThat(everything).doesNotContain(secret.toString());
            for (String collection : COLLECTIONS) {
                ApiClient.Answer one = api.get("/api/ori/v2/" + collection + "/" + secret);
                assertThat(one.status()).isEqualTo(404);
                assertThat(one.contentType()).startsWith("application/problem+json");
            }
        }
    }

    @Test
    void answersBadParametersWith400AndUnknownIdsWith404() {
        for (String query : List.of(
                "pageSize=0",
                "pageSize=1001",
                "pageSize=veel",
                "page=onzin",
                "gewijzigdSinds=gisteren",
                "provincie=atlantis")) {
            ApiClient.Answer answer = api.get("/api/ori/v2/vergaderingen?" + query);
            assertThat(answer.status()).as(query).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
        }
        for (String path : List.of(
                "/api/ori/v2/vergaderingen/" + UUID.randomUUID(),
                "/api/ori/v2/vergaderingen/geen-uuid",
                "/api/ori/v2/fracties/" + UUID.randomUUID(),
                "/api/ori/v2/onbekend")) {
            ApiClient.Answer answer = api.get(path);
            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void extendsFractionResultsWithTheirCounts() {
        JsonNode vote =
                api.get("/api/ori/v2/stemmingen/" + fixture.publicVote()).json();
        assertThat(vote.get("aantalVoor").asInt()).isEqualTo(30);
        assertThat(vote.get("informatieobject").get("id").asText())
                .isEqualTo(fixture.publicPaper().toString());
        JsonNode result = api.get("/api/ori/v2/stemresultatenperfractie?pageSize=1000")
                .json()
                .get("results")
                .get(0);
        assertThat(result.get("aantalVoor").asInt()).isEqualTo(5);
        assertThat(result.get("aantalTegen").asInt()).isZero();
        assertThat(result.get("aantalOnthouden").asInt()).isZero();
    }

    @Test
    void linksAPapersMainFileForDownloadWithItsHeaders() {
        JsonNode paper = api.get("/api/ori/v2/informatieobjecten/" + fixture.publicPaper())
                .json();
        String link = paper.get("link").asText();
        assertThat(link).endsWith("/api/files/" + fixture.publicFile() + "/motie%20fietspaden.txt");

        ApiClient.Answer download = api.get(link);

        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(ApiFixture.FILE_TEXT);
        assertThat(download.contentType()).startsWith("text/plain");
        assertThat(download.header("Content-Length"))
                .isEqualTo(String.valueOf(ApiFixture.FILE_TEXT.getBytes(StandardCharsets.UTF_8).length));
        assertThat(download.header("Content-Disposition")).startsWith("inline").contains("motie");
        String etag = download.header("ETag");
        assertThat(etag).matches("\"[0-9a-f]{64}\"");
        assertThat(api.get(link, "If-None-Match", etag).status()).isEqualTo(304);
        assertThat(api.get("/api/ori/v2/vergaderingen/" + fixture.meeting())
                        .json()
                        .get("bijlagen"))
                .hasSize(1);
    }

    @Test
    void keepsFilesOfSecretPapersFromDownload() {
        ApiClient.Answer answer = api.get("/api/files/" + fixture.secret().get(0) + "/grondaankoop.txt");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/files/" + UUID.randomUUID() + "/x.pdf").status())
                .isEqualTo(404);
        assertThat(api.get("/api/files/geen-uuid/x.pdf").status()).isEqualTo(404);
    }

    private static Set<String> ids(JsonNode page) {
        Set<String> ids = new LinkedHashSet<>();
        page.get("results").forEach(r -> ids.add(r.get("id").asText()));
        return ids;
    }

    private static void assertValid(String path, ApiClient.Answer answer) {
        assertThat(answer.status()).as(path).isEqualTo(200);
        ValidationReport report = VALIDATOR.validateResponse(
                path,
                Request.Method.GET,
                SimpleResponse.Builder.ok()
                        .withContentType("application/json")
                        .withBody(answer.body())
                        .build());
        assertThat(report.getMessages()).as(path + ": " + answer.body()).isEmpty();
    }

    /**
     * The standard's OpenAPI file, made usable offline: it takes its headers and error responses from
     * raw.githubusercontent.com (VNG's API-Kennisbank common.yaml), which tests cannot reach. Those references are
     * pointed at local stubs; they only describe headers and error bodies, never the resources we validate.
     */
    @SuppressWarnings("unchecked")
    private static OpenApiInteractionValidator validator() {
        String text;
        try (InputStream in = OriApiIntegrationTest.class.getResourceAsStream("/standards/ods-ori/openapi.yaml")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String external = "https://raw.githubusercontent.com/VNG-Realisatie/API-Kennisbank/master/common/common.yaml"
                + "#/components/";
        Map<String, Set<String>> stubs = new LinkedHashMap<>();
        Matcher refs =
                Pattern.compile(Pattern.quote(external) + "(\\w+)/(\\w+)").matcher(text);
        while (refs.find()) {
            stubs.computeIfAbsent(refs.group(1), k -> new LinkedHashSet<>()).add(refs.group(2));
        }
        text = text.replace(external, "#/components/");
        Map<String, Object> spec = new Yaml().load(text);
        Map<String, Object> components = (Map<String, Object>) spec.get("components");
        stubs.getOrDefault("headers", Set.of())
                .forEach(name -> ((Map<String, Object>)
                                components.computeIfAbsent("headers", k -> new LinkedHashMap<>()))
                        .put(name, Map.of("schema", Map.of("type", "string"))));
        stubs.getOrDefault("responses", Set.of())
                .forEach(name -> ((Map<String, Object>)
                                components.computeIfAbsent("responses", k -> new LinkedHashMap<>()))
                        .put(name, Map.of("description", "stub")));
        spec.put("servers", List.of(Map.of("url", "/")));
        // The validator closes every schema of an allOf, so the paginated lists (PaginatedBasis allOf results) would
        // fail; the standard itself leaves objects open, which also admits our aantal* extension fields.
        return OpenApiInteractionValidator.createForInlineApiSpecification(new Yaml().dump(spec))
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.schema.additionalProperties", ValidationReport.Level.IGNORE)
                        .build())
                .build();
    }
}
