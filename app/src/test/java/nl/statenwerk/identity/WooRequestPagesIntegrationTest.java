package nl.statenwerk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import nl.statenwerk.StatenwerkTest;
import nl.statenwerk.TestBrowser;
import nl.statenwerk.accounts.Accounts;
import nl.statenwerk.accounts.Role;
import nl.statenwerk.council.Body;
import nl.statenwerk.council.BodyClassification;
import nl.statenwerk.council.Council;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** The griffie's Woo request screens: only a signed-in griffie reaches them, and a request registers through them. */
@StatenwerkTest
class WooRequestPagesIntegrationTest {

    private static final String PASSWORD = "een lange zin als wachtwoord";

    @Autowired
    ApplicationContext context;

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    SignIn signIn;

    @Autowired
    Council council;

    @Test
    void theScreensAreForTheGriffieOnly() {
        assertThat(new TestBrowser(port).get("/beheer/woo-verzoeken").location())
                .endsWith("/inloggen");

        TestBrowser member = signedIn(Role.MEMBER);
        assertThat(member.get("/beheer/woo-verzoeken").status()).isEqualTo(403);
    }

    @Test
    void theGriffieRegistersARequestAndSeesItsDeadline() {
        UUID body = council.save(
                        new Body(
                                null,
                                "https://example.org/body/" + UUID.randomUUID(),
                                "Provinciale Staten van Flevoland",
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
        TestBrowser griffie = signedIn(Role.GRIFFIE);

        TestBrowser.Response overview = griffie.get("/beheer/woo-verzoeken");
        assertThat(overview.status()).isEqualTo(200);
        assertThat(overview.body())
                .contains("<h1 class=\"utrecht-heading-1\">Woo-verzoeken</h1>", "Verzoek registreren");
        assertThat(overview.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(v -> assertThat(v).contains("no-store"));

        TestBrowser.Response registered = griffie.post(
                "/beheer/woo-verzoeken",
                Map.of(
                        "staten", body.toString(),
                        "onderwerp", "Documenten over de Markermeerdijken",
                        "kanaal", "EMAIL",
                        "ontvangen", "2026-03-02",
                        "verzoeker", "P. Pietersen",
                        "_csrf", overview.csrf()));
        assertThat(registered.location()).contains("/beheer/woo-verzoeken/");

        TestBrowser.Response detail = griffie.follow(registered);
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.body())
                .contains("Documenten over de Markermeerdijken", "P. Pietersen", "Beslissen uiterlijk")
                .containsPattern("30 maart 2026");
        assertThat(griffie.get("/beheer/woo-verzoeken").body())
                .contains("Documenten over de Markermeerdijken", "termijn verstreken");

        TestBrowser.Response tooLate = griffie.post(
                registered.location().replaceFirst("^https?://[^/]+", "") + "/verdagen",
                Map.of("datum", "2026-04-20", "dagen", "14", "reden", "omvangrijk", "_csrf", detail.csrf()));
        assertThat(griffie.follow(tooLate).body()).contains("De eerste termijn is verstreken");
    }

    private TestBrowser signedIn(Role role) {
        return TestBrowser.signedIn(context, port, role, null);
    }
}
