package nl.statenwerk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.statenwerk.StatenwerkTest;
import nl.statenwerk.TestBrowser;
import nl.statenwerk.accounts.Accounts;
import nl.statenwerk.accounts.DigestPreference;
import nl.statenwerk.accounts.Role;
import nl.statenwerk.accounts.UserAccount;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Signing in over HTTP as a browser does: the first griffie account, a second factor set up and used, replay and
 * lockout refused, the session renewed at sign-in and ended at sign-out; and the public portal left as it was.
 */
@StatenwerkTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SignInIntegrationTest {

    private static final Pattern SECRET = Pattern.compile("<code id=\"secret\">([A-Z2-7]+)</code>");
    private static final String PASSWORD = "een lange zin als wachtwoord";

    @LocalServerPort
    int port;

    @Autowired
    FirstRunCode firstRunCode;

    @Autowired
    Accounts accounts;

    @Autowired
    SignIn signIn;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    static String secret;

    @Test
    @Order(1)
    void aFreshInstallationMakesItsFirstGriffieAccountWithTheCodeFromTheLog() {
        TestBrowser browser = new TestBrowser(port);
        assertThat(browser.get("/mijn").location()).endsWith("/inloggen");
        TestBrowser.Response form = browser.get("/eerste-gebruik");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(v -> assertThat(v).contains("no-store"));

        Map<String, String> fields = Map.of(
                "name",
                "Gea Griffier",
                "email",
                "griffie@flevoland.example",
                "password",
                PASSWORD,
                "code",
                "WRONGCODE");
        assertThat(browser.post("/eerste-gebruik", fields).status())
                .as("no CSRF token")
                .isEqualTo(403);
        assertThat(browser.post("/eerste-gebruik", with(fields, "_csrf", form.csrf()))
                        .status())
                .as("wrong setup code")
                .isEqualTo(400);
        assertThat(signIn.firstRunOpen()).isTrue();

        TestBrowser.Response made =
                browser.post("/eerste-gebruik", with(with(fields, "_csrf", form.csrf()), "code", firstRunCode.code()));
        assertThat(made.location()).endsWith("/inloggen");
        UserAccount griffier = accounts.findByEmail("griffie@flevoland.example").orElseThrow();
        assertThat(accounts.roles(griffier.id())).containsExactly(Role.GRIFFIE);
        assertThat(browser.get("/eerste-gebruik").status()).isEqualTo(404);
    }

    @Test
    @Order(2)
    void theGriffieSetsUpASecondFactorAtTheFirstSignIn() {
        TestBrowser browser = new TestBrowser(port);
        TestBrowser.Response page = browser.get("/inloggen");
        String before = browser.cookie("statenwerk-sessie");
        TestBrowser.Response password = browser.post(
                "/inloggen", Map.of("email", "Griffie@Flevoland.example", "password", PASSWORD, "_csrf", page.csrf()));
        assertThat(password.location()).endsWith("/inloggen/tweede-factor");

        TestBrowser.Response enrol = browser.get("/inloggen/tweede-factor");
        Matcher m = SECRET.matcher(enrol.body());
        assertThat(m.find()).isTrue();
        secret = m.group(1);
        assertThat(enrol.body()).contains("otpauth://totp/");
        byte[] key = base32Decode(secret);

        TestBrowser.Response wrong =
                browser.post("/inloggen/tweede-factor", Map.of("code", "000000", "_csrf", enrol.csrf()));
        assertThat(wrong.status()).isEqualTo(401);
        Matcher again = SECRET.matcher(wrong.body());
        assertThat(again.find()).isTrue();
        assertThat(again.group(1)).as("a new key after a wrong code").isNotEqualTo(secret);
        secret = again.group(1);
        key = base32Decode(secret);

        TestBrowser.Response done = browser.post(
                "/inloggen/tweede-factor",
                Map.of("code", Totp.code(key, Totp.step(Instant.now())), "_csrf", wrong.csrf()));
        assertThat(done.location()).endsWith("/mijn");
        assertThat(browser.cookie("statenwerk-sessie")).as("a new session id").isNotEqualTo(before);
        assertThat(done.setCookies())
                .anySatisfy(c -> assertThat(c)
                        .startsWith("statenwerk-sessie=")
                        .contains("HttpOnly")
                        .contains("Secure")
                        .containsIgnoringCase("SameSite=Lax"));

        TestBrowser.Response mine = browser.get("/mijn");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.body()).contains("Gea Griffier", "Griffie");
        assertThat(mine.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(v -> assertThat(v).contains("no-store"));

        TestBrowser.Response out = browser.post("/uitloggen", Map.of("_csrf", mine.csrf()));
        assertThat(out.location()).contains("/inloggen?uitgelogd");
        assertThat(browser.get("/mijn").location()).endsWith("/inloggen");
    }

    @Test
    @Order(3)
    void aCodeIsGoodOnceAndSignsIn() {
        byte[] key = base32Decode(secret);
        long step = Totp.step(Instant.now());
        TestBrowser browser = new TestBrowser(port);
        TestBrowser.Response page = browser.get("/inloggen");
        TestBrowser.Response password = browser.post(
                "/inloggen", Map.of("email", "griffie@flevoland.example", "password", PASSWORD, "_csrf", page.csrf()));
        assertThat(password.location()).endsWith("/inloggen/code");
        TestBrowser.Response form = browser.get("/inloggen/code");
        // the code used to set the factor up is spent; the next step's is still ahead
        TestBrowser.Response spent =
                browser.post("/inloggen/code", Map.of("code", Totp.code(key, step), "_csrf", form.csrf()));
        assertThat(spent.status()).isEqualTo(401);
        TestBrowser.Response in =
                browser.post("/inloggen/code", Map.of("code", Totp.code(key, step + 1), "_csrf", spent.csrf()));
        assertThat(in.location()).endsWith("/mijn");
        assertThat(browser.get("/mijn").body()).contains("Gea Griffier");
        assertThat(signIn.code(
                        accounts.findByEmail("griffie@flevoland.example")
                                .orElseThrow()
                                .id(),
                        Totp.code(key, step + 1)))
                .as("replayed")
                .isFalse();
    }

    @Test
    @Order(4)
    void fiveWrongPasswordsLockTheAccountAndTheAnswerStaysTheSame() {
        UserAccount resident = accounts.create("Rein Inwoner", "rein@example.org", DigestPreference.NONE);
        accounts.grant(resident.id(), Role.RESIDENT);
        signIn.setPassword(resident.id(), "nog een lange zin");
        TestBrowser browser = new TestBrowser(port);
        TestBrowser.Response page = browser.get("/inloggen");
        String unknown = browser.post(
                        "/inloggen",
                        Map.of("email", "niemand@example.org", "password", "wat dan ook 123", "_csrf", page.csrf()))
                .body();
        for (int i = 0; i < SignIn.MAX_FAILURES; i++) {
            TestBrowser.Response wrong = browser.post(
                    "/inloggen",
                    Map.of("email", "rein@example.org", "password", "fout wachtwoord " + i, "_csrf", page.csrf()));
            assertThat(wrong.status()).isEqualTo(401);
        }
        TestBrowser.Response locked = browser.post(
                "/inloggen",
                Map.of("email", "rein@example.org", "password", "nog een lange zin", "_csrf", page.csrf()));
        assertThat(locked.status()).isEqualTo(401);
        assertThat(message(locked.body())).isEqualTo(message(unknown));

        // a resident needs no second factor: the right password signs in once the lock has passed
        UserAccount other = accounts.create("Ria Inwoner", "ria@example.org", DigestPreference.NONE);
        accounts.grant(other.id(), Role.RESIDENT);
        signIn.setPassword(other.id(), "nog een lange zin");
        TestBrowser ria = new TestBrowser(port);
        TestBrowser.Response riaPage = ria.get("/inloggen");
        assertThat(ria.post(
                                "/inloggen",
                                Map.of(
                                        "email",
                                        "ria@example.org",
                                        "password",
                                        "nog een lange zin",
                                        "_csrf",
                                        riaPage.csrf()))
                        .location())
                .endsWith("/mijn");
        assertThat(ria.get("/mijn").body()).contains("Ria Inwoner", "Inwoner");

        // every step is in the audit log, by account, and no typed address of an unknown account is kept
        String rein = "account:" + resident.id();
        awaitAudit("inloggen-mislukt", rein, SignIn.MAX_FAILURES);
        awaitAudit("inloggen-wachtwoord", rein, 1);
        awaitAudit("ingelogd", "account:" + other.id(), 1);
        assertThat(jdbc.sql("select count(*) from audit_entry where outcome like '%niemand@%' or actor_id like '%@%'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private void awaitAudit(String name, String actor, int expected) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        long found;
        do {
            found = jdbc.sql("select count(*) from audit_entry where name = :name and actor_id = :actor")
                    .param("name", name)
                    .param("actor", actor)
                    .query(Long.class)
                    .single();
        } while (found < expected && System.nanoTime() < deadline);
        assertThat(found).as(name + " by " + actor).isEqualTo(expected);
    }

    @Test
    void publicPagesStayCacheableAndOpenWithoutASession() {
        TestBrowser browser = new TestBrowser(port);
        TestBrowser.Response home = browser.get("/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.headers().firstValue("Cache-Control")).contains("public, max-age=60");
        assertThat(home.setCookies()).isEmpty();
        assertThat(home.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(home.body()).contains("href=\"/mijn\"");
    }

    @Test
    void actuatorEndpointsOtherThanHealthAreClosedToThePublic() {
        TestBrowser browser = new TestBrowser(port);
        assertThat(browser.get("/actuator/health").status()).isEqualTo(200);
        assertThat(browser.get("/actuator/info").status()).isNotEqualTo(200);
        assertThat(browser.get("/actuator").status()).isNotEqualTo(200);
    }

    @Test
    void theImportApiKeepsItsBearerTokenAndNeedsNoCsrfToken() {
        TestBrowser browser = new TestBrowser(port);
        // refused by the import API's own check (no token), not by CSRF protection
        assertThat(browser.post("/api/beheer/imports", Map.of()).status()).isIn(401, 404);
    }

    private static String message(String body) {
        Matcher m = Pattern.compile(
                        "<div class=\"statenwerk-notice\" role=\"alert\" id=\"signin-error\">(.*?)</div>",
                        Pattern.DOTALL)
                .matcher(body);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static Map<String, String> with(Map<String, String> form, String key, String value) {
        var copy = new java.util.HashMap<>(form);
        copy.put(key, value);
        return copy;
    }

    static byte[] base32Decode(String text) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : text.toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }
}
