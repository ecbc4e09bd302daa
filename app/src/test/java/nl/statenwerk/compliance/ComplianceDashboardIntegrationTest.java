package nl.statenwerk.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import nl.statenwerk.StatenwerkTest;
import nl.statenwerk.TestBrowser;
import nl.statenwerk.accounts.Role;
import nl.statenwerk.compliance.ComplianceReport.Completeness;
import nl.statenwerk.compliance.ComplianceReport.Transfer;
import nl.statenwerk.council.Body;
import nl.statenwerk.council.BodyClassification;
import nl.statenwerk.council.Council;
import nl.statenwerk.council.Paper;
import nl.statenwerk.council.PaperType;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The compliance dashboard over real HTTP: closed to the anonymous, and a griffier sees the figures of a small
 * fixture: a public paper without a language and a non-public one older than the transfer term.
 */
@StatenwerkTest
class ComplianceDashboardIntegrationTest {

    @Autowired
    Compliance compliance;

    @Autowired
    Council council;

    @Autowired
    ApplicationContext context;

    @LocalServerPort
    int port;

    @Test
    void theDashboardIsClosedToTheAnonymous() throws Exception {
        TestBrowser.Response page = new TestBrowser(port).get("/beheer/naleving");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).endsWith("/inloggen");
    }

    @Test
    void aGriffierSeesTheFiguresOfTheFixture() throws Exception {
        String name = "Provinciale Staten van Naleefland " + UUID.randomUUID();
        UUID body = council.save(
                        new Body(
                                null,
                                "compliance:" + UUID.randomUUID(),
                                name,
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
        paper(body, "Brief over de stikstofaanpak", LocalDate.of(2025, 3, 1), PaperType.INGEKOMEN_STUK, true, null);
        paper(body, "Voorstel over de vaarweg", LocalDate.of(2001, 5, 1), PaperType.STATENVOORSTEL, false, "nl");

        ComplianceReport report = compliance.report(LocalDate.now());
        Completeness completeness = report.completeness().stream()
                .filter(c -> c.bodyId().equals(body))
                .findFirst()
                .orElseThrow();
        // only the public paper counts (the council sets isPublic from the confidentiality); it has title, date and
        // category, but no language and no file
        assertThat(completeness).isEqualTo(new Completeness(body, name, 1, 1, 1, 0, 0, 1));
        assertThat(completeness.percent(completeness.language())).isZero();
        // the 2001 Statenvoorstel is appraised B and older than 20 years: due for transfer, public or not
        assertThat(report.transfer()).contains(new Transfer(body, name, 1, 0));

        TestBrowser.Response page =
                TestBrowser.signedIn(context, port, Role.GRIFFIE, null).get("/beheer/naleving");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        assertThat(page.body())
                .contains("Naleving Woo en Archiefwet")
                .contains("Metadata van de 1 openbare stukken van " + name)
                .contains("Integriteit van de opgeslagen bestanden", "Over te brengen naar het archief")
                .contains("<caption", "scope=\"row\"", "href=\"/beheer/vernietiging\"");
    }

    private void paper(
            UUID body, String title, LocalDate date, PaperType type, boolean open, @Nullable String language) {
        council.save(
                new Paper(
                        null,
                        body,
                        "compliance:paper:" + UUID.randomUUID(),
                        title,
                        null,
                        date,
                        type,
                        null,
                        null,
                        open ? null : "vertrouwelijk",
                        open,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        language,
                        null,
                        null,
                        null,
                        null,
                        null),
                null);
    }
}
