package nl.statenwerk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import nl.statenwerk.StatenwerkTest;
import nl.statenwerk.accounts.Accounts;
import nl.statenwerk.accounts.DigestPreference;
import nl.statenwerk.accounts.Role;
import nl.statenwerk.accounts.UserAccount;
import nl.statenwerk.council.Body;
import nl.statenwerk.council.BodyClassification;
import nl.statenwerk.council.Council;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The griffie's Woo request screens: only a signed-in griffie reaches them, and a request registers through them. */
@StatenwerkTest
class WooRequestPagesIntegrationTest {

    private static final String PASSWORD = "een lange zin als wachtwoord";

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
        assertThat(new Browser(port).get("/beheer/woo-verzoeken").location()).endsWith("/inloggen");

        Browser member = signedIn(Role.MEMBER);
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
        Browser griffie = signedIn(Role.GRIFFIE);

        Browser.Response overview = griffie.get("/beheer/woo-verzoeken");
        assertThat(overview.status()).isEqualTo(200);
        assertThat(overview.body())
                .contains("<h1 class=\"utrecht-heading-1\">Woo-verzoeken</h1>", "Verzoek registreren");
        assertThat(overview.headers().firstValue("Cache-Control")).contains("no-store");

        Browser.Response registered = griffie.post(
                "/beheer/woo-verzoeken",
                Map.of(
                        "staten", body.toString(),
                        "onderwerp", "Documenten over de Markermeerdijken",
                        "kanaal", "EMAIL",
                        "ontvangen", "2026-03-02",
                        "verzoeker", "P. Pietersen",
                        "_csrf", overview.csrf()));
        assertThat(registered.location()).contains("/beheer/woo-verzoeken/");

        Browser.Response detail = griffie.follow(registered);
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.body())
                .contains("Documenten over de Markermeerdijken", "P. Pietersen", "Beslissen uiterlijk")
                .containsPattern("30 maart 2026");
        assertThat(griffie.get("/beheer/woo-verzoeken").body())
                .contains("Documenten over de Markermeerdijken", "termijn verstreken");

        Browser.Response tooLate = griffie.post(
                registered.location().replaceFirst("^https?://[^/]+", "") + "/verdagen",
                Map.of("datum", "2026-04-20", "dagen", "14", "reden", "omvangrijk", "_csrf", detail.csrf()));
        assertThat(griffie.follow(tooLate).body()).contains("De eerste termijn is verstreken");
    }

    private Browser signedIn(Role role) {
        String email = role.name().toLowerCase() + "-" + UUID.randomUUID() + "@flevoland.example";
        UserAccount account = accounts.create("Woo " + role.name(), email, DigestPreference.NONE);
        accounts.grant(account.id(), role);
        signIn.setPassword(account.id(), PASSWORD);
        SignIn.Enrolment enrolment = signIn.enrol(account.id());
        byte[] key = SignInIntegrationTest.base32Decode(enrolment.secret());
        long step = Totp.step(Instant.now());
        assertThat(signIn.confirmEnrolment(account.id(), Totp.code(key, step))).isTrue();

        Browser browser = new Browser(port);
        Browser.Response page = browser.get("/inloggen");
        Browser.Response password =
                browser.post("/inloggen", Map.of("email", email, "password", PASSWORD, "_csrf", page.csrf()));
        assertThat(password.location()).endsWith("/inloggen/code");
        Browser.Response form = browser.get("/inloggen/code");
        Browser.Response in =
                browser.post("/inloggen/code", Map.of("code", Totp.code(key, step + 1), "_csrf", form.csrf()));
        assertThat(in.location()).endsWith("/mijn");
        return browser;
    }
}
