package nl.statenwerk.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import nl.statenwerk.council.Body;
import nl.statenwerk.council.BodyClassification;
import nl.statenwerk.council.Council;
import nl.statenwerk.council.Paper;
import nl.statenwerk.council.PaperType;
import nl.statenwerk.identity.SignIn;
import nl.statenwerk.identity.TestTotp;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The compliance report as a PDF (portal, /beheer/naleving.pdf) passes veraPDF for PDF/UA-1 and PDF/A-2 and carries
 * the figures; it lives here because the validator is this module's own.
 */
@StatenwerkTest
class ComplianceReportPdfIntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String PASSWORD = "een lange zin als wachtwoord";

    @Autowired
    Council council;

    @Autowired
    Accounts accounts;

    @Autowired
    SignIn signIn;

    @LocalServerPort
    int port;

    @TempDir
    Path dir;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, String> cookies = new HashMap<>();

    @Test
    void theReportIsAnAccessibleArchivalPdfWithTheFigures() throws Exception {
        String name = "Provinciale Staten van Rapportland " + UUID.randomUUID();
        UUID body = council.save(
                        new Body(
                                null,
                                "compliance:pdf:" + UUID.randomUUID(),
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
        council.save(
                new Paper(
                        null,
                        body,
                        "compliance:pdf:paper:" + UUID.randomUUID(),
                        "Brief over de stikstofaanpak",
                        null,
                        LocalDate.of(2025, 3, 1),
                        PaperType.INGEKOMEN_STUK,
                        null,
                        null,
                        null,
                        true,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null),
                null);
        String email = "rapport-" + UUID.randomUUID() + "@test.invalid";
        griffier(email);

        assertThat(get("/beheer/naleving.pdf").statusCode()).isEqualTo(302);
        signInAs(email);
        HttpResponse<byte[]> response = getBytes("/beheer/naleving.pdf");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/pdf");
        Path pdf = Files.write(dir.resolve("naleving.pdf"), response.body());

        try (PdfValidator validator = new PdfValidator(Duration.ofSeconds(120), 100_000_000)) {
            PdfValidator.Check ua = validator.accessibility(pdf);
            assertThat(ua.outcome()).as("PDF/UA-1: %s", ua.failedRules()).isEqualTo(Outcome.PASSED);
            PdfValidator.Check a = validator.archival(pdf);
            assertThat(a.outcome()).as("PDF/A: %s", a.failedRules()).isEqualTo(Outcome.PASSED);
        }
        try (PDDocument document = Loader.loadPDF(response.body())) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("nl");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Naleving Woo en Archiefwet");
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Naleving Woo en Archiefwet")
                    // the body's name ends in a UUID that the line may break
                    .contains("Metadata van de 1 openbare stukken van Provinciale Staten van Rapportland")
                    .contains("Officiële titel 1 100%", "Taal 0 0%")
                    .contains("Toegankelijkheid en duurzaamheid van de PDF's")
                    .contains("Integriteit van de opgeslagen bestanden");
        }
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

    private HttpResponse<byte[]> getBytes(String path) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        request.header(
                "Cookie",
                cookies.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining("; ")));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
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
