package nl.statenwerk.ingest;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Serves fixed documents and redirects on 127.0.0.1 for import tests of sources read over http, and counts the
 * requests per path. Unknown paths answer 404.
 */
final class TestHttpServer implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, byte[]> documents = new ConcurrentHashMap<>();
    private final Map<String, String> redirects = new ConcurrentHashMap<>();
    private final Map<String, Integer> hits = new ConcurrentHashMap<>();

    TestHttpServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String key = exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null
                            ? ""
                            : "?" + exchange.getRequestURI().getRawQuery());
            hits.merge(exchange.getRequestURI().getRawPath(), 1, Integer::sum);
            byte[] body = documents.get(key);
            String location = redirects.get(key);
            if (location != null) {
                exchange.getResponseHeaders().add("Location", location);
                exchange.sendResponseHeaders(302, -1);
            } else if (body == null) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                exchange.getResponseHeaders()
                        .add("Content-Type", key.endsWith(".pdf") ? "application/pdf" : "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    void serve(String path, byte[] body) {
        documents.put(path, body);
    }

    /** Answers {@code path} with a 302 to {@code location}, which may be relative. */
    void redirect(String path, String location) {
        redirects.put(path, location);
    }

    /** How often a path was asked for, whatever the query. */
    int hits(String path) {
        return hits.getOrDefault(path, 0);
    }

    int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
