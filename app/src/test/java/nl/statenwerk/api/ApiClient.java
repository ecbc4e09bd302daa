package nl.statenwerk.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Plain HTTP GETs against the running test server, failures included, so tests see exactly what clients see. */
final class ApiClient {

    static final String PUBLIC_BASE = "http://localhost:8080";
    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    ApiClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    String base() {
        return base;
    }

    Answer get(String pathOrUrl, String... headers) {
        // Ids and links use the configured public base URL; the test server listens on a random port.
        String url = pathOrUrl.startsWith(PUBLIC_BASE)
                ? base + pathOrUrl.substring(PUBLIC_BASE.length())
                : pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl;
        try {
            HttpResponse<String> response = http.send(
                    headers.length == 0
                            ? HttpRequest.newBuilder(URI.create(url)).GET().build()
                            : HttpRequest.newBuilder(URI.create(url))
                                    .headers(headers)
                                    .GET()
                                    .build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body(),
                    response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Answer(int status, String contentType, String body, HttpHeaders headers) {

        String header(String name) {
            return headers.firstValue(name).orElse("");
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
