package nl.statenwerk.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import nl.statenwerk.StatenwerkTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/** The griffie's follow-up endpoints, guarded by the admin token as the import endpoints are (same context). */
@StatenwerkTest
@TestPropertySource(properties = "statenwerk.admin-token=test-token-van-de-griffie")
class FollowUpApiIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    Council council;

    @Autowired
    FollowUps followUps;

    FollowUpFixture f;

    @BeforeEach
    void seed() {
        UUID body = council.idOf(Body.class, "followup:body:api")
                .orElseGet(() -> council.save(
                                new Body(
                                        null,
                                        "followup:body:api",
                                        "Provinciale Staten van Groningen",
                                        "PS Groningen",
                                        BodyClassification.PROVINCIE,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null),
                                null)
                        .id());
        f = FollowUpFixture.seed(council, followUps, body, "api");
    }

    @Test
    void refusesRequestsWithoutTheToken() {
        assertThat(status(client().put()
                        .uri("/api/beheer/moties/{id}/afdoening", f.adopted())
                        .contentType(MediaType.APPLICATION_JSON)
                        .body("{\"status\":\"afgedaan\"}")))
                .isEqualTo(401);
        assertThat(followUps.followUp(f.adopted())).isEmpty();
    }

    @Test
    void theGriffieSettlesAMotionWithTheLetterThatSettledIt() {
        JsonNode answer = admin().put()
                .uri("/api/beheer/moties/{id}/afdoening", f.adopted())
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"status\":\"afgedaan\",\"datum\":\"2025-05-20\",\"toelichting\":\"Met de brief.\","
                        + "\"afgedaanMet\":\"" + f.letter() + "\"}")
                .retrieve()
                .body(JsonNode.class);
        assertThat(answer.get("status").asString()).isEqualTo("afgedaan");

        FollowUp recorded = followUps.followUp(f.adopted()).orElseThrow();
        assertThat(recorded.status()).isEqualTo(FollowUpStatus.SETTLED);
        assertThat(recorded.statusDate()).isEqualTo(LocalDate.of(2025, 5, 20));
        assertThat(recorded.settledBy()).isEqualTo(f.letter());
        assertThat(admin().get()
                        .uri("/api/beheer/moties/{id}/afdoening", f.adopted())
                        .retrieve()
                        .body(JsonNode.class)
                        .get("toelichting")
                        .asString())
                .isEqualTo("Met de brief.");
    }

    @Test
    void theGriffieSetsATermijnAndRegistersACommitment() {
        admin().put()
                .uri("/api/beheer/toezeggingen/{id}/afdoening", f.n23())
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"status\":\"open\",\"termijn\":\"2025-12-31\"}")
                .retrieve()
                .toBodilessEntity();
        assertThat(followUps.followUp(f.n23()).orElseThrow().dueDate()).isEqualTo(LocalDate.of(2025, 12, 31));

        var created = admin().post()
                .uri("/api/beheer/toezeggingen")
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"staten\":\"" + f.body() + "\",\"tekst\":\"De gedeputeerde komt terug op de Eemshaven.\","
                        + "\"toegezegdDoor\":\"gedeputeerde De Vries\",\"vergadering\":\"" + f.meeting()
                        + "\",\"termijn\":\"2025-03-01\"}")
                .retrieve()
                .toEntity(JsonNode.class);
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        UUID id = UUID.fromString(created.getBody().get("id").asString());
        var overdue = followUps.commitments(new FollowUps.CommitmentFilter(
                f.body(), null, CommitmentStatus.OVERDUE, FollowUpFixture.TODAY, 0, 100));
        assertThat(overdue.rows())
                .extracting(FollowUps.CommitmentRow::commitmentId)
                .contains(id);
    }

    @Test
    void rejectsAnUnknownStatusSubjectOrPaper() {
        assertThat(status(admin().put()
                        .uri("/api/beheer/moties/{id}/afdoening", f.adopted())
                        .contentType(MediaType.APPLICATION_JSON)
                        .body("{\"status\":\"klaar\"}")))
                .isEqualTo(400);
        assertThat(status(admin().put()
                        .uri("/api/beheer/moties/{id}/afdoening", UUID.randomUUID())
                        .contentType(MediaType.APPLICATION_JSON)
                        .body("{\"status\":\"open\"}")))
                .isEqualTo(404);
        assertThat(status(admin().put()
                        .uri("/api/beheer/moties/{id}/afdoening", f.rejected())
                        .contentType(MediaType.APPLICATION_JSON)
                        .body("{\"status\":\"afgedaan\",\"afgedaanMet\":\"" + UUID.randomUUID() + "\"}")))
                .isEqualTo(400);
        assertThat(status(admin().post()
                        .uri("/api/beheer/toezeggingen")
                        .contentType(MediaType.APPLICATION_JSON)
                        .body("{\"staten\":\"" + f.body() + "\"}")))
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
}
