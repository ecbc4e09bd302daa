package nl.statenwerk.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.statenwerk.StatenwerkTest;
import nl.statenwerk.accounts.Accounts;
import nl.statenwerk.accounts.DigestPreference;
import nl.statenwerk.accounts.Role;
import nl.statenwerk.compliance.ComplianceReport.Completeness;
import nl.statenwerk.compliance.ComplianceReport.Transfer;
import nl.statenwerk.council.Body;
import nl.statenwerk.council.BodyClassification;
import nl.statenwerk.council.Council;
import nl.statenwerk.council.Paper;
import nl.statenwerk.council.PaperType;
import nl.statenwerk.identity.SignIn;
import nl.statenwerk.identity.TestTotp;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The compliance dashboard over real HTTP: closed to the anonymous, and a griffier sees the figures of a small
 * fixture: a public paper without a language and a non-public one older than the transfer term.
 */
@StatenwerkTest
class ComplianceDashboardIntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String PASSWORD = "een lange zin als wachtwoord";

    @Autowired
    Compliance compliance;

    @Autowired
    Council council;

    @Autowired
    Accounts accounts;

    @Autowired
    SignIn signIn;

    @LocalServerPort
    int port;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, String> cookies = new HashMap<>();

    @Test
    void theDashboardIsClosedToTheAnonymous() throws Exception {
        HttpResponse<String> page = get("/beheer/naleving");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElse("")).endsWith("/inloggen");
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

        String email = "naleving-" + UUID.randomUUID() + "@test.invalid";
        griffier(email);
        signInAs(email);
        HttpResponse<String> page = get("/beheer/naleving");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
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

    private UUID griffier(String email) {
        UUID account = accounts.create("Griffier", email, DigestPreference.NONE).id();
        accounts.grant(account, Role.GRIFFIE);
        signIn.setPassword(account, PASSWORD);
        return account;
    }

    private void signInAs(String email) throws Exception {
        UUID account = accounts.findByEmail(email).orElseThrow().id();
        byte[] key = TestTotp.decode(signIn.enrol(account).secret());
        assertThat(signIn.confirmEnrolment(account, TestTotp.code(key, Instant.now())))
                .isTrue();
        HttpResponse<String> form = get("/inloggen");
        HttpResponse<String> password = post(
                "/inloggen",
                Map.of("email", email, "password", PASSWORD, "_csrf", csrf(form).get("_csrf")));
        assertThat(password.headers().firstValue("Location").orElse("")).endsWith("/inloggen/code");
        HttpResponse<String> codeForm = get("/inloggen/code");
        // a code is good once: the next step's, which the sign-in still accepts
        HttpResponse<String> in = post(
                "/inloggen/code",
                Map.of(
                        "code",
                        TestTotp.code(key, Instant.now().plusSeconds(30)),
                        "_csrf",
                        csrf(codeForm).get("_csrf")));
        assertThat(in.headers().firstValue("Location").orElse("")).endsWith("/mijn");
    }

    private static Map<String, String> csrf(HttpResponse<String> page) {
        Matcher m = CSRF.matcher(page.body());
        assertThat(m.find()).as("a CSRF token in the page").isTrue();
        return Map.of("_csrf", m.group(1));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    private HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        if (!cookies.isEmpty()) {
            request.header(
                    "Cookie",
                    cookies.entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue())
                            .collect(Collectors.joining("; ")));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return response;
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
