package nl.statenwerk;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.statenwerk.access.Viewers;
import nl.statenwerk.accounts.Accounts;
import nl.statenwerk.accounts.DigestPreference;
import nl.statenwerk.accounts.Role;
import nl.statenwerk.accounts.UserAccount;
import nl.statenwerk.identity.SignIn;
import nl.statenwerk.identity.TestTotp;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;

/**
 * A browser's part in signing in, over real HTTP: it keeps cookies per host (Secure ones too, as a browser does on
 * localhost) and follows no redirect by itself, so that a test sees every step. {@link #signedIn} gives one signed in
 * with a new account of a role, through the real sign-in pages with password and second factor.
 */
public final class TestBrowser {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    /** The password of every account {@link #signedIn} makes. */
    public static final String PASSWORD = "een lange zin als wachtwoord";

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final Map<String, Map<String, String>> cookies = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private @Nullable UUID account;

    public TestBrowser(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public record Response(int status, String body, HttpHeaders headers) {

        public String location() {
            return headers.firstValue("Location").orElse("");
        }

        public List<String> setCookies() {
            return headers.allValues("Set-Cookie");
        }

        public String csrf() {
            Matcher m = CSRF.matcher(body);
            if (!m.find()) {
                throw new AssertionError("No CSRF token in the page:\n" + body);
            }
            return m.group(1);
        }
    }

    /**
     * A browser signed in, with password and (for every role that needs one) a second factor, as a new account with
     * this role.
     *
     * @param person the person in the council's data to link the account to, if any
     */
    public static TestBrowser signedIn(ApplicationContext context, int port, Role role, @Nullable UUID person) {
        Accounts accounts = context.getBean(Accounts.class);
        SignIn signIn = context.getBean(SignIn.class);
        String email = role.name().toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID() + "@flevoland.example";
        UserAccount account = accounts.create("Test " + role.name(), email, DigestPreference.NONE);
        accounts.grant(account.id(), role);
        signIn.setPassword(account.id(), PASSWORD);
        if (person != null) {
            context.getBean(Viewers.class).link(account.id(), Optional.of(person));
        }
        byte[] key = TestTotp.decode(signIn.enrol(account.id()).secret());
        if (!signIn.confirmEnrolment(account.id(), TestTotp.code(key, Instant.now()))) {
            throw new AssertionError("enrolment refused");
        }
        TestBrowser browser = new TestBrowser(port);
        browser.account = account.id();
        Response form = browser.get("/inloggen");
        Response password =
                browser.post("/inloggen", Map.of("email", email, "password", PASSWORD, "_csrf", form.csrf()));
        if (!password.location().endsWith("/inloggen/code")) {
            throw new AssertionError("password step went to " + password.location());
        }
        Response codeForm = browser.get("/inloggen/code");
        // a code is good once: the next step's, which the sign-in still accepts
        Response in = browser.post(
                "/inloggen/code",
                Map.of("code", TestTotp.code(key, Instant.now().plusSeconds(30)), "_csrf", codeForm.csrf()));
        if (!in.location().endsWith("/mijn")) {
            throw new AssertionError("code step went to " + in.location());
        }
        return browser;
    }

    /** The account this browser signed in as; {@code null} when it did not. */
    public @Nullable UUID account() {
        return account;
    }

    /** Sends a header with every request from now on, e.g. the X-Forwarded-For that a proxy adds. */
    public TestBrowser header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public Response get(String pathOrUrl) {
        return send(HttpRequest.newBuilder(uri(pathOrUrl)).GET());
    }

    /** A GET whose body is kept as bytes: a PDF, a ZIP. */
    public Download download(String pathOrUrl) {
        HttpResponse<byte[]> response =
                exchange(HttpRequest.newBuilder(uri(pathOrUrl)).GET(), HttpResponse.BodyHandlers.ofByteArray());
        return new Download(response.statusCode(), response.body(), response.headers());
    }

    /** A form POST whose answer is kept as bytes: a PDF made from the form. */
    public Download submit(String path, Map<String, String> form) {
        HttpResponse<byte[]> response = exchange(formPost(path, form), HttpResponse.BodyHandlers.ofByteArray());
        return new Download(response.statusCode(), response.body(), response.headers());
    }

    public record Download(int status, byte[] body, HttpHeaders headers) {}

    public Response post(String path, Map<String, String> form) {
        return send(formPost(path, form));
    }

    private HttpRequest.Builder formPost(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    /**
     * Posts a form as {@code multipart/form-data}, as a browser does for a form with a file field.
     *
     * @param fileName the name the browser sends for the file, as the user's file system has it
     */
    public Response postMultipart(
            String path, Map<String, String> form, String fileField, String fileName, String type, byte[] content) {
        String boundary = "----statenwerk" + UUID.randomUUID().toString().replace("-", "");
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (var field : form.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                            + "\"\r\n\r\n" + field.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                        + "\"; filename=\"" + fileName.replace("\"", "%22") + "\"\r\nContent-Type: " + type
                        + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** Follows redirects from a response, as a browser would, and gives the last response. */
    public Response follow(Response response) {
        Response current = response;
        for (int i = 0; i < 10 && current.status() / 100 == 3; i++) {
            current = get(current.location());
        }
        return current;
    }

    public String cookie(String name) {
        return cookies.getOrDefault(URI.create(base).getAuthority(), Map.of()).get(name);
    }

    private URI uri(String pathOrUrl) {
        return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl);
    }

    private Response send(HttpRequest.Builder request) {
        HttpResponse<String> response = exchange(request, HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.body(), response.headers());
    }

    private <T> HttpResponse<T> exchange(HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler) {
        headers.forEach(request::header);
        HttpRequest built = request.build();
        Map<String, String> jar = cookies.computeIfAbsent(built.uri().getAuthority(), k -> new LinkedHashMap<>());
        if (!jar.isEmpty()) {
            request.header(
                    "Cookie",
                    jar.entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue())
                            .collect(Collectors.joining("; ")));
            built = request.build();
        }
        try {
            HttpResponse<T> response = HTTP.send(built, handler);
            for (String set : response.headers().allValues("Set-Cookie")) {
                String pair = set.split(";", 2)[0];
                int eq = pair.indexOf('=');
                String name = pair.substring(0, eq).strip();
                String value = pair.substring(eq + 1).strip();
                if (value.isEmpty() || set.toLowerCase(Locale.ROOT).contains("max-age=0")) {
                    jar.remove(name);
                } else {
                    jar.put(name, value);
                }
            }
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
