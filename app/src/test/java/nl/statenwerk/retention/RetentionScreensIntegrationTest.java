package nl.statenwerk.retention;

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
import nl.statenwerk.audit.Actor;
import nl.statenwerk.council.Body;
import nl.statenwerk.council.BodyClassification;
import nl.statenwerk.council.Council;
import nl.statenwerk.council.Paper;
import nl.statenwerk.council.PaperType;
import nl.statenwerk.identity.SignIn;
import nl.statenwerk.identity.TestTotp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The griffie's screens over real HTTP: closed to the anonymous, and a griffier who did not draw the list up reviews,
 * approves and carries it out, then reads the verklaring.
 */
@StatenwerkTest
class RetentionScreensIntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String PASSWORD = "een lange zin als wachtwoord";

    @Autowired
    Retention retention;

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
    void theScreensAreClosedToTheAnonymous() throws Exception {
        HttpResponse<String> page = get("/beheer/vernietiging");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElse("")).endsWith("/inloggen");
        assertThat(get("/beheer/vernietiging/telling").statusCode()).isEqualTo(302);
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
        UUID drafter = griffier("opsteller-" + UUID.randomUUID() + "@test.invalid");
        String email = "beoordelaar-" + UUID.randomUUID() + "@test.invalid";
        griffier(email);
        UUID list = retention
                .propose(body, LocalDate.now(), Actor.account(drafter))
                .list()
                .id();
        signInAs(email);

        HttpResponse<String> overview = get("/beheer/vernietiging");
        assertThat(overview.statusCode()).isEqualTo(200);
        assertThat(overview.body()).contains("Provinciale Staten van Schermland", "Juridische bewaarplicht");
        assertThat(overview.headers().firstValue("Cache-Control")).contains("no-store");
        HttpResponse<String> draft = get("/beheer/vernietiging/lijsten/" + list);
        assertThat(draft.body())
                .contains("2009-ing-17", "Brief van het waterschap over peilbesluiten", "Lijst goedkeuren");

        HttpResponse<String> approved = post("/beheer/vernietiging/lijsten/" + list + "/goedkeuren", csrf(draft));
        assertThat(approved.statusCode()).isEqualTo(302);
        assertThat(retention.list(list).orElseThrow().state()).isEqualTo(ListState.APPROVED);
        HttpResponse<String> page = get("/beheer/vernietiging/lijsten/" + list);
        HttpResponse<String> carriedOut = post("/beheer/vernietiging/lijsten/" + list + "/vernietigen", csrf(page));
        assertThat(carriedOut.statusCode()).isEqualTo(302);
        assertThat(council.find(Paper.class, paper).orElseThrow().deletedAt()).isNotNull();

        HttpResponse<String> statement = get("/beheer/vernietiging/lijsten/" + list + "/verklaring");
        assertThat(statement.statusCode()).isEqualTo(200);
        assertThat(statement.body())
                .contains("Verklaring van vernietiging", "2009-ing-17", "PS-INGEKOMEN", "selectielijst")
                .contains("<caption");
        assertThat(get("/beheer/vernietiging/telling").body()).contains("\"destroyed\"");
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
