package nl.statenwerk.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.statenwerk.StatenwerkTest;
import nl.statenwerk.core.RecordTable;
import nl.statenwerk.council.Council;
import nl.statenwerk.council.LegislativeTerm;
import nl.statenwerk.files.FileCatalog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@StatenwerkTest
class OParlApiIntegrationTest {

    static final List<String> LISTS = List.of(
            "organization",
            "person",
            "meeting",
            "paper",
            "legislativeTerm",
            "agendaItem",
            "membership",
            "consultation",
            "file");

    /** Where OParl embeds objects instead of linking them: property to the schema of its objects. */
    static final Map<String, String> EMBEDDED = Map.of(
            "legislativeTerm", "LegislativeTerm",
            "membership", "Membership",
            "agendaItem", "AgendaItem",
            "consultation", "Consultation",
            "mainFile", "File",
            "auxiliaryFile", "File",
            "invitation", "File",
            "resultsProtocol", "File",
            "verbatimProtocol", "File");

    private static final Map<String, JsonSchema> SCHEMAS = new HashMap<>();

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
    void everyObjectTypeFollowsTheOParlSchemas() {
        JsonNode system = get("/oparl/v1/system");
        assertValid(system);
        Set<String> types = new LinkedHashSet<>();
        for (JsonNode body : list(system.get("body").asText())) {
            assertValid(body);
            assertThat(get(body.get("id").asText())).isEqualTo(body);
            for (String name : LISTS) {
                for (JsonNode object : list(listUrl(body, name))) {
                    assertValid(object);
                    types.add(object.get("type").asText());
                    JsonNode single = get(object.get("id").asText());
                    assertValid(single);
                    assertThat(single.get("id")).isEqualTo(object.get("id"));
                }
            }
        }
        assertThat(types)
                .contains(
                        "https://schema.oparl.org/1.1/Organization",
                        "https://schema.oparl.org/1.1/Person",
                        "https://schema.oparl.org/1.1/Meeting",
                        "https://schema.oparl.org/1.1/Paper",
                        "https://schema.oparl.org/1.1/LegislativeTerm",
                        "https://schema.oparl.org/1.1/AgendaItem",
                        "https://schema.oparl.org/1.1/Membership",
                        "https://schema.oparl.org/1.1/Consultation");
    }

    @Test
    void theSchemasRejectWhatTheyShould() {
        JsonNode incomplete = ApiClient.JSON
                .createObjectNode()
                .put("id", "https://example.nl/b")
                .put("type", "x");
        assertThat(schema("Body").validate(incomplete)).isNotEmpty();
    }

    @Test
    void mapsPaperTypesToDutchNames() {
        JsonNode paper = get("/oparl/v1/paper/" + fixture.publicPaper());
        assertThat(paper.get("paperType").asText()).isEqualTo("Motie");
        assertThat(paper.get("consultation").get(0).get("paper").asText())
                .isEqualTo(paper.get("id").asText());
        assertThat(paper.get("originatorPerson").get(0).asText()).endsWith("/oparl/v1/person/" + fixture.person());
    }

    @Test
    void describesPublicFilesWithTheirText() {
        JsonNode paper = get("/oparl/v1/paper/" + fixture.publicPaper());
        JsonNode mainFile = paper.get("mainFile");
        assertThat(mainFile.get("id").asText()).endsWith("/oparl/v1/file/" + fixture.publicFile());
        assertThat(mainFile.get("accessUrl").asText()).contains("/api/files/" + fixture.publicFile() + "/");
        assertThat(mainFile.has("sha512Checksum")).isFalse();

        JsonNode file = get(mainFile.get("id").asText());

        assertValid(file);
        assertThat(file.get("text").asText()).isEqualTo(ApiFixture.FILE_TEXT);
        assertThat(file.get("mimeType").asText()).startsWith("text/plain");
        assertThat(file.get("size").asLong()).isEqualTo(ApiFixture.FILE_TEXT.length());
        assertThat(file.get("paper").get(0).asText()).isEqualTo(paper.get("id").asText());
        assertThat(api.get(file.get("accessUrl").asText()).body()).isEqualTo(ApiFixture.FILE_TEXT);
        assertThat(get("/oparl/v1/meeting/" + fixture.meeting())
                        .get("resultsProtocol")
                        .get("type")
                        .asText())
                .endsWith("/File");
        assertThat(api.get("/oparl/v1/file/" + fixture.secret().get(0)).status())
                .isEqualTo(404);
    }

    @Test
    void listsPageThroughNextLinks() {
        for (String name : LISTS) {
            String first = "/oparl/v1/body/" + fixture.body() + "/" + name;
            Set<String> all = new LinkedHashSet<>();
            get(first + "?limit=1000")
                    .get("data")
                    .forEach(o -> all.add(o.get("id").asText()));
            List<String> walked = new ArrayList<>();
            String next = first + "?limit=2";
            while (next != null) {
                JsonNode page = get(next);
                assertThat(page.get("pagination").get("elementsPerPage").asInt())
                        .isEqualTo(2);
                assertThat(page.get("data").size()).isLessThanOrEqualTo(2);
                page.get("data").forEach(o -> walked.add(o.get("id").asText()));
                next = page.get("links").has("next")
                        ? page.get("links").get("next").asText()
                        : null;
            }
            assertThat(walked).as(name).doesNotHaveDuplicates();
            assertThat(Set.copyOf(walked)).as(name).isEqualTo(all);
        }
    }

    @Test
    void modifiedSinceListsChangesIncludingDeletions() {
        OffsetDateTime before = RecordTable.now();
        UUID term = council.save(
                        new LegislativeTerm(
                                null, fixture.body(), "fixture:term:old", "2019-2023", null, null, null, null, null),
                        null)
                .id();
        council.delete(LegislativeTerm.class, term);
        String list = "/oparl/v1/body/" + fixture.body() + "/legislativeTerm";

        JsonNode changed = get(list + "?modified_since=" + before).get("data");

        assertThat(changed).hasSize(1);
        assertThat(changed.get(0).get("id").asText()).endsWith("/oparl/v1/legislativeTerm/" + term);
        assertThat(changed.get(0).get("deleted").asBoolean()).isTrue();
        assertValid(changed.get(0));
        assertThat(get(list + "?limit=1000").get("data").toString()).doesNotContain(term.toString());
        assertThat(get("/oparl/v1/legislativeTerm/" + term).get("deleted").asBoolean())
                .isTrue();
        assertThat(get(list + "?modified_since=" + RecordTable.now()).get("data"))
                .isEmpty();
    }

    @Test
    void theSecretPaperAndEverythingHangingOffItAppearNowhere() {
        StringBuilder everything = new StringBuilder();
        JsonNode system = get("/oparl/v1/system");
        for (JsonNode body : list(system.get("body").asText())) {
            everything.append(body);
            for (String name : LISTS) {
                for (JsonNode object : list(listUrl(body, name))) {
                    everything.append(api.get(object.get("id").asText()).body());
                }
            }
        }
        assertThat(everything).contains(fixture.publicPaper().toString());
        for (UUID secret : fixture.secret()) {
            assertThat(everything).doesNotContain(secret.toString());
        }
        for (String path : List.of(
                "/oparl/v1/paper/" + fixture.secretPaper(),
                "/oparl/v1/consultation/" + fixture.secret().getLast())) {
            ApiClient.Answer answer = api.get(path);
            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void answersBadParametersWith400AndUnknownObjectsWith404() {
        String list = "/oparl/v1/body/" + fixture.body() + "/paper?";
        for (String query : List.of("limit=0", "limit=x", "page=onzin", "modified_since=gisteren")) {
            ApiClient.Answer answer = api.get(list + query);
            assertThat(answer.status()).as(query).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
        }
        for (String path : List.of(
                "/oparl/v1/paper/" + UUID.randomUUID(),
                "/oparl/v1/body/" + UUID.randomUUID(),
                "/oparl/v1/body/" + UUID.randomUUID() + "/paper",
                "/oparl/v1/body/" + fixture.body() + "/onbekend",
                "/oparl/v1/file/" + UUID.randomUUID())) {
            ApiClient.Answer answer = api.get(path);
            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.contentType()).startsWith("application/problem+json");
        }
    }

    /** A body's list URL; its legislative terms are embedded, their list is under legislativeTermList. */
    private static String listUrl(JsonNode body, String name) {
        return body.get(name.equals("legislativeTerm") ? "legislativeTermList" : name)
                .asText();
    }

    private JsonNode get(String url) {
        ApiClient.Answer answer = api.get(url);
        assertThat(answer.status()).as(url).isEqualTo(200);
        return answer.json();
    }

    /** Every object of a list, following its next links. */
    private List<JsonNode> list(String url) {
        List<JsonNode> objects = new ArrayList<>();
        String next = url;
        while (next != null) {
            JsonNode page = get(next);
            assertThat(page.get("data").isArray()).isTrue();
            assertThat(page.get("pagination").isObject()).isTrue();
            assertThat(page.get("links").isObject()).isTrue();
            page.get("data").forEach(objects::add);
            next = page.get("links").has("next") ? page.get("links").get("next").asText() : null;
        }
        return objects;
    }

    private static void assertValid(JsonNode object) {
        String type = object.get("type").asText().replace("https://schema.oparl.org/1.1/", "");
        Set<ValidationMessage> errors = schema(type).validate(object);
        assertThat(errors).as(type + ": " + object).isEmpty();
        EMBEDDED.forEach((property, embeddedType) -> {
            JsonNode value = object.get(property);
            if (value != null && !object.get(property).isTextual()) {
                for (JsonNode embedded : value.isArray() ? value : List.of(value)) {
                    if (embedded.isTextual()) {
                        continue;
                    }
                    assertThat(embedded.get("type").asText()).endsWith("/" + embeddedType);
                    assertValid(embedded);
                }
            }
        });
    }

    /**
     * The OParl schemas are draft-04 with keywords of their own ({@code references}, {@code backreference},
     * {@code cardinality}, {@code schema}) and the format {@code url}; the validator ignores what it does not know.
     */
    private static synchronized JsonSchema schema(String type) {
        return SCHEMAS.computeIfAbsent(type, t -> {
            try (InputStream in =
                    OParlApiIntegrationTest.class.getResourceAsStream("/standards/oparl/schema/" + t + ".json")) {
                return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
                        .getSchema(
                                ApiClient.JSON.readTree(in),
                                SchemaValidatorsConfig.builder().build());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
