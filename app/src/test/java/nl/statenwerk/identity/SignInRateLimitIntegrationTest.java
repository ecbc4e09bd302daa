package nl.statenwerk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.statenwerk.StatenwerkTest;
import nl.statenwerk.TestBrowser;
import nl.statenwerk.accounts.Accounts;
import nl.statenwerk.accounts.DigestPreference;
import nl.statenwerk.accounts.Role;
import nl.statenwerk.accounts.UserAccount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Sign-in attempts per client address over HTTP, behind a proxy at 127.0.0.1 that appends the client's address to
 * X-Forwarded-For as nginx and HAProxy do: the default limit of 10 failures a minute, the 429 page, and that no
 * address can spend another's attempts.
 */
@StatenwerkTest
@TestPropertySource(
        properties = {
            "statenwerk.identity.trusted-proxies=127.0.0.1,::1",
            "statenwerk.identity.attempts-per-minute=10",
            "statenwerk.identity.attempts-per-hour=100"
        })
class SignInRateLimitIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    SignIn signIn;

    @Autowired
    JdbcClient jdbc;

    private TestBrowser from(String address) {
        return new TestBrowser(port).header("X-Forwarded-For", address).header("Accept", "text/html");
    }

    private static TestBrowser.Response password(TestBrowser browser, String csrf, String email, String password) {
        return browser.post("/inloggen", Map.of("email", email, "password", password, "_csrf", csrf));
    }

    @Test
    void theEleventhFailureInAMinuteFromOneAddressIsRefusedWithADutchPageAndRetryAfter() {
        UserAccount resident = accounts.create("Ruud Inwoner", "ruud@example.org", DigestPreference.NONE);
        accounts.grant(resident.id(), Role.RESIDENT);
        signIn.setPassword(resident.id(), "een heel lang wachtwoord");

        TestBrowser attacker = from("203.0.113.5");
        String csrf = attacker.get("/inloggen").csrf();
        long start = System.nanoTime();
        int failures = 0;
        TestBrowser.Response refused;
        do {
            // unknown addresses spend attempts as wrong passwords do, so the limit does not tell them apart
            String email = failures % 2 == 0 ? "ruud@example.org" : "niemand" + failures + "@example.org";
            refused = password(attacker, csrf, email, "geraden wachtwoord " + failures);
            if (refused.status() == 401) {
                failures++;
            }
        } while (refused.status() == 401 && failures < 100);
        assertThat(refused.status()).isEqualTo(429);
        // ten at once, plus one for every six seconds the attempts took (the minute's bucket refills)
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertThat(failures).isBetween(10, 10 + (int) (seconds / 6) + 1);
        assertThat(password(attacker, csrf, "ruud@example.org", "een heel lang wachtwoord")
                        .status())
                .as("refused before the password is checked")
                .isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After"))
                .hasValueSatisfying(value -> assertThat(Long.parseLong(value)).isBetween(1L, 60L));
        assertThat(refused.body()).contains("Te veel pogingen").doesNotContain("Exception");
        assertThat(refused.headers().firstValue("Content-Security-Policy")).isPresent();
        for (int i = 0; i < 10; i++) {
            assertThat(password(attacker, csrf, "ruud@example.org", "nog een poging " + i)
                            .status())
                    .isEqualTo(429);
        }
        // also the second step: codes are guessed from the same address
        assertThat(attacker.post("/inloggen/code", Map.of("code", "123456", "_csrf", csrf))
                        .status())
                .isEqualTo(429);
        assertThat(refusalsAudited("203.0.113.0/24"))
                .as("a flood of refusals is audited once, with the count following in the next entry")
                .isEqualTo(1);
    }

    @Test
    void anAttackerCannotSpendTheAttemptsOfAnotherAddressNorLockItOut() {
        UserAccount member = accounts.create("Mira Inwoner", "mira@example.org", DigestPreference.NONE);
        accounts.grant(member.id(), Role.RESIDENT);
        signIn.setPassword(member.id(), "een heel lang wachtwoord");

        // the attacker at 192.0.2.66 claims to be 198.51.100.20; the proxy appends the address it saw
        TestBrowser attacker = from("198.51.100.20, 192.0.2.66");
        String csrf = attacker.get("/inloggen").csrf();
        TestBrowser.Response last;
        int failures = 0;
        do {
            last = password(attacker, csrf, "niemand@example.org", "fout " + failures++);
        } while (last.status() == 401 && failures < 100);
        assertThat(last.status()).as("the attacker's own address ran out").isEqualTo(429);

        TestBrowser victim = from("198.51.100.20");
        String victimCsrf = victim.get("/inloggen").csrf();
        assertThat(password(victim, victimCsrf, "mira@example.org", "een typfout")
                        .status())
                .isEqualTo(401);
        assertThat(password(victim, victimCsrf, "mira@example.org", "een heel lang wachtwoord")
                        .location())
                .endsWith("/mijn");
    }

    @Test
    void signingInSuccessfullyCostsNoAttempts() {
        UserAccount resident = accounts.create("Sanne Inwoner", "sanne@example.org", DigestPreference.NONE);
        accounts.grant(resident.id(), Role.RESIDENT);
        signIn.setPassword(resident.id(), "een heel lang wachtwoord");
        for (int i = 0; i < 15; i++) {
            TestBrowser office = from("192.0.2.77");
            String csrf = office.get("/inloggen").csrf();
            assertThat(password(office, csrf, "sanne@example.org", "een heel lang wachtwoord")
                            .location())
                    .endsWith("/mijn");
        }
    }

    /** The refusals audited from a client network, once the audit log has chained what is pending. */
    private long refusalsAudited(String network) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        long found;
        do {
            found = jdbc.sql("select count(*) from audit_entry where name = 'inloggen-te-vaak'"
                            + " and client_address = :network")
                    .param("network", network)
                    .query(Long.class)
                    .single();
        } while (found == 0 && System.nanoTime() < deadline);
        return found;
    }
}
