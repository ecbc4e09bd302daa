package nl.statenwerk.search;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.opensearch.client.transport.OpenSearchTransport;

/**
 * The OpenSearch node of the tests: the {@code opensearch-node} module's main class in a child JVM, started once per
 * test JVM and stopped with it. It runs in its own process because OpenSearch brings its own Lucene version. When it
 * cannot start, the tests that need it fail: they are never skipped.
 */
final class OpenSearchTestNode {

    private static final String READY = "opensearch-node ready at ";
    private static final AtomicInteger PREFIXES = new AtomicInteger();
    private static volatile URI url;

    private OpenSearchTestNode() {}

    /** The node's HTTP address, starting the node on first use. */
    static synchronized URI url() {
        if (url == null) {
            url = start();
        }
        return url;
    }

    /** An index prefix no other test uses, so tests on the one node never see each other's documents. */
    static String freshPrefix() {
        return "test" + PREFIXES.incrementAndGet() + "-"
                + ProcessHandle.current().pid() + "-";
    }

    static SearchProperties.OpenSearch settings(String prefix) {
        return new SearchProperties.OpenSearch(url(), null, null, prefix);
    }

    static OpenSearchTransport transport() {
        return SearchConfiguration.transport(settings("unused-"));
    }

    private static URI start() {
        Path target = Path.of(System.getProperty("statenwerk.opensearch-node", "../opensearch-node/target"));
        Path classpath = target.resolve("classpath.txt");
        if (!Files.exists(classpath)) {
            throw new IllegalStateException(classpath.toAbsolutePath()
                    + " is missing: build the test node first (./mvnw -pl opensearch-node package)");
        }
        try {
            Path home = Files.createTempDirectory("opensearch-node");
            Path log = home.resolve("node.log");
            String launcher =
                    Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process process = new ProcessBuilder(List.of(
                            launcher,
                            // small: CI has two cores and runs the application's tests beside it
                            "-Xms384m",
                            "-Xmx384m",
                            "-XX:+UseSerialGC",
                            "-XX:ActiveProcessorCount=1",
                            "--enable-native-access=ALL-UNNAMED",
                            "-cp",
                            target.resolve("classes")
                                    + File.pathSeparator
                                    + Files.readString(classpath).strip(),
                            "nl.statenwerk.opensearchnode.OpenSearchTestNode",
                            home.toString()))
                    .redirectErrorStream(true)
                    .start();
            long started = System.nanoTime();
            CompletableFuture<URI> ready = new CompletableFuture<>();
            Thread.ofPlatform().daemon().name("opensearch-node-output").start(() -> {
                try (var out = new BufferedReader(
                                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                        var file = new PrintWriter(Files.newBufferedWriter(log))) {
                    for (String line = out.readLine(); line != null; line = out.readLine()) {
                        file.println(line);
                        file.flush();
                        if (line.startsWith(READY)) {
                            ready.complete(
                                    URI.create(line.substring(READY.length()).strip()));
                        }
                    }
                } catch (IOException e) {
                    ready.completeExceptionally(e);
                }
                ready.completeExceptionally(new IllegalStateException("the OpenSearch test node stopped; see " + log));
            });
            // the node stops when its input closes: on our exit, and when this JVM is killed
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    process.getOutputStream().close();
                    if (!process.waitFor(20, TimeUnit.SECONDS)) {
                        process.destroyForcibly();
                    }
                } catch (IOException | InterruptedException e) {
                    process.destroyForcibly();
                }
            }));
            URI address = ready.get(180, TimeUnit.SECONDS);
            System.out.printf(
                    "OpenSearch test node at %s, started in %d ms%n",
                    address, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            return address;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the OpenSearch test node did not start", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
