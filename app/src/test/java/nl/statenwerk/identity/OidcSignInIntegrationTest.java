package nl.statenwerk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.statenwerk.StatenwerkTest;
import nl.statenwerk.TestBrowser;
import nl.statenwerk.accounts.Accounts;
import nl.statenwerk.accounts.DigestPreference;
import nl.statenwerk.accounts.Role;
import nl.statenwerk.accounts.UserAccount;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Sign-on through the province's OIDC provider, played by a real OIDC server in the test JVM (mock-oauth2-server):
 * authorization code flow with the application as a confidential client, ID token checked, the user resolved to an
 * account; a role that needs a second factor is refused unless the provider says it checked one.
 */
@StatenwerkTest
class OidcSignInIntegrationTest {

    private static final String ISSUER = "provincie";
    private static final MockOAuth2Server PROVIDER = new MockOAuth2Server();

    static {
        PROVIDER.start(0);
    }

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry properties) {
        String registration = "spring.security.oauth2.client.registration.oidc.";
        properties.add(registration + "client-id", () -> "statenwerk");
        properties.add(registration + "client-secret", () -> "geheim");
        properties.add(registration + "scope", () -> "openid,email,profile");
        properties.add(
                "spring.security.oauth2.client.provider.oidc.issuer-uri",
                () -> PROVIDER.issuerUrl(ISSUER).toString());
    }

    @AfterAll
    static void stop() {
        PROVIDER.shutdown();
    }

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Test
    void aNewUserOfTheProviderBecomesAResident() {
        TestBrowser browser = signInAs("sub-resident", "inwoner@example.org", "Ina Inwoner", List.of("pwd"));
        TestBrowser.Response mine = browser.get("/mijn");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.body()).contains("Ina Inwoner", "Inwoner", "De provincie");
        UserAccount account = accounts.findByEmail("inwoner@example.org").orElseThrow();
        assertThat(accounts.roles(account.id())).containsExactly(Role.RESIDENT);

        // the second time by the provider's subject, whatever the e-mail address says now
        TestBrowser again = signInAs("sub-resident", "nieuw-adres@example.org", "Ina Inwoner", List.of("pwd"));
        assertThat(again.get("/mijn").body()).contains("inwoner@example.org");
    }

    @Test
    void aMemberRegisteredByTheGriffieIsRefusedWithoutASecondFactor() {
        UserAccount member = accounts.create("Stan Statenlid", "stan@flevoland.example", DigestPreference.DAILY);
        accounts.grant(member.id(), Role.MEMBER);

        TestBrowser browser = new TestBrowser(port);
        TestBrowser.Response last =
                browser.follow(startSignIn(browser, "sub-stan", "stan@flevoland.example", List.of("pwd")));
        assertThat(last.body()).contains("tweede factor");
        assertThat(browser.get("/mijn").location()).endsWith("/inloggen");

        TestBrowser withMfa = signInAs("sub-stan", "stan@flevoland.example", "Stan Statenlid", List.of("pwd", "mfa"));
        TestBrowser.Response mine = withMfa.get("/mijn");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.body()).contains("Stan Statenlid", "Statenlid");
    }

    @Test
    void theSignInPageOffersTheProvider() {
        assertThat(new TestBrowser(port).get("/inloggen").body()).contains("/oauth2/authorization/oidc");
    }

    private TestBrowser signInAs(String subject, String email, String name, List<String> amr) {
        TestBrowser browser = new TestBrowser(port);
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(
                ISSUER, subject, "JWT", List.of("statenwerk"), Map.of("email", email, "name", name, "amr", amr), 3600));
        TestBrowser.Response start = browser.get("/oauth2/authorization/oidc");
        TestBrowser.Response done = browser.follow(start);
        assertThat(done.status()).as("after the provider").isEqualTo(200);
        return browser;
    }

    private TestBrowser.Response startSignIn(TestBrowser browser, String subject, String email, List<String> amr) {
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(
                ISSUER, subject, "JWT", List.of("statenwerk"), Map.of("email", email, "amr", amr), 3600));
        return browser.get("/oauth2/authorization/oidc");
    }
}
