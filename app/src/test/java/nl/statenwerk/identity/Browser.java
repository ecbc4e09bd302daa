package nl.statenwerk.identity;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's part in signing in, over real HTTP: it keeps cookies per host (Secure ones too, as a browser does on
 * localhost) and follows no redirect by itself, so that a test sees every step.
 */
final class Browser {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final Map<String, Map<String, String>> cookies = new LinkedHashMap<>();

    Browser(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    record Response(int status, String body, HttpHeaders headers) {

        String location() {
            return headers.firstValue("Location").orElse("");
        }

        List<String> setCookies() {
            return headers.allValues("Set-Cookie");
        }

        String csrf() {
            Matcher m = CSRF.matcher(body);
            if (!m.find()) {
                throw new AssertionError("No CSRF token in the page:\n" + body);
            }
            return m.group(1);
        }
    }

    Response get(String pathOrUrl) {
        return send(HttpRequest.newBuilder(uri(pathOrUrl)).GET());
    }

    Response post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Follows redirects from a response, as a browser would, and gives the last response. */
    Response follow(Response response) {
        Response current = response;
        for (int i = 0; i < 10 && current.status() / 100 == 3; i++) {
            current = get(current.location());
        }
        return current;
    }

    String cookie(String name) {
        return cookies.getOrDefault(URI.create(base).getAuthority(), Map.of()).get(name);
    }

    private URI uri(String pathOrUrl) {
        return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl);
    }

    private Response send(HttpRequest.Builder request) {
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
            HttpResponse<String> response = HTTP.send(built, HttpResponse.BodyHandlers.ofString());
            for (String set : response.headers().allValues("Set-Cookie")) {
                String pair = set.split(";", 2)[0];
                int eq = pair.indexOf('=');
                String name = pair.substring(0, eq).strip();
                String value = pair.substring(eq + 1).strip();
                if (value.isEmpty() || set.toLowerCase().contains("max-age=0")) {
                    jar.remove(name);
                } else {
                    jar.put(name, value);
                }
            }
            return new Response(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
