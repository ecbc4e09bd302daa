package nl.statenwerk.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import nl.statenwerk.StatenwerkTest;
import nl.statenwerk.TestBrowser;
import nl.statenwerk.accounts.Role;
import nl.statenwerk.audit.Actor;
import nl.statenwerk.council.Body;
import nl.statenwerk.council.BodyClassification;
import nl.statenwerk.council.Council;
import nl.statenwerk.council.Paper;
import nl.statenwerk.council.PaperType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The griffie's screens over real HTTP: closed to the anonymous, and a griffier who did not draw the list up reviews,
 * approves and carries it out, then reads the verklaring.
 */
@StatenwerkTest
class RetentionScreensIntegrationTest {

    @Autowired
    Retention retention;

    @Autowired
    Council council;

    @Autowired
    ApplicationContext context;

    @LocalServerPort
    int port;

    @Test
    void theScreensAreClosedToTheAnonymous() throws Exception {
        TestBrowser anonymous = new TestBrowser(port);
        TestBrowser.Response page = anonymous.get("/beheer/vernietiging");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).endsWith("/inloggen");
        assertThat(anonymous.get("/beheer/vernietiging/telling").status()).isEqualTo(302);
    }

    @Test
    void aSecondGriffierApprovesAndCarriesOutTheListAndReadsTheStatement() throws Exception {
        UUID body = council.save(
                        new Body(
                                null,
                                "retention:screens:" + UUID.randomUUID(),
                                "Provinciale Staten van Schermland",
                                null,
                                BodyClassification.PROVINCIE,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null),
                        null)
                .id();
        UUID paper = council.save(
                        new Paper(
                                null,
                                body,
                                "retention:screens:paper:" + UUID.randomUUID(),
                                "Brief van het waterschap over peilbesluiten",
                                "2009-ing-17",
                                LocalDate.of(2009, 4, 1),
                                PaperType.INGEKOMEN_STUK,
                                null,
                                null,
                                null,
                                true,
                                null,
                                "Ter kennisname.",
                                null,
                                null,
                                null,
                                null,
                                "nl",
                                null,
                                null,
                                null,
                                null,
                                null),
                        null)
                .id();
        UUID drafter = TestBrowser.signedIn(context, port, Role.GRIFFIE, null).account();
        TestBrowser reviewer = TestBrowser.signedIn(context, port, Role.GRIFFIE, null);
        UUID list = retention
                .propose(body, LocalDate.now(), Actor.account(drafter))
                .list()
                .id();
        TestBrowser.Response overview = reviewer.get("/beheer/vernietiging");
        assertThat(overview.status()).isEqualTo(200);
        assertThat(overview.body()).contains("Provinciale Staten van Schermland", "Juridische bewaarplicht");
        assertThat(overview.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        TestBrowser.Response draft = reviewer.get("/beheer/vernietiging/lijsten/" + list);
        assertThat(draft.body())
                .contains("2009-ing-17", "Brief van het waterschap over peilbesluiten", "Lijst goedkeuren");

        TestBrowser.Response approved =
                reviewer.post("/beheer/vernietiging/lijsten/" + list + "/goedkeuren", Map.of("_csrf", draft.csrf()));
        assertThat(approved.status()).isEqualTo(302);
        assertThat(retention.list(list).orElseThrow().state()).isEqualTo(ListState.APPROVED);
        TestBrowser.Response page = reviewer.get("/beheer/vernietiging/lijsten/" + list);
        TestBrowser.Response carriedOut =
                reviewer.post("/beheer/vernietiging/lijsten/" + list + "/vernietigen", Map.of("_csrf", page.csrf()));
        assertThat(carriedOut.status()).isEqualTo(302);
        assertThat(council.find(Paper.class, paper).orElseThrow().deletedAt()).isNotNull();

        TestBrowser.Response statement = reviewer.get("/beheer/vernietiging/lijsten/" + list + "/verklaring");
        assertThat(statement.status()).isEqualTo(200);
        assertThat(statement.body())
                .contains("Verklaring van vernietiging", "2009-ing-17", "PS-INGEKOMEN", "selectielijst")
                .contains("<caption");
        assertThat(reviewer.get("/beheer/vernietiging/telling").body()).contains("\"destroyed\"");
    }
}
