package nl.statenwerk.opensearchnode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.opensearch.Version;
import org.opensearch.analysis.common.CommonAnalysisModulePlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.index.reindex.ReindexModulePlugin;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.node.NodeValidationException;
import org.opensearch.plugins.Plugin;
import org.opensearch.plugins.PluginInfo;
import org.opensearch.transport.Netty4ModulePlugin;

/**
 * A single-node OpenSearch cluster in its own process, for the tests of the application's OpenSearch engine: no
 * Docker runs on the build machines, and OpenSearch's Lucene must not share a classpath with the application's.
 *
 * <p>Usage: {@code OpenSearchTestNode <home directory>}. The node listens on a free port of 127.0.0.1 and prints
 * {@value #READY} followed by its HTTP address when it accepts requests. It stops when its standard input closes, so
 * it never outlives the test JVM that started it, even when that one is killed.
 */
public final class OpenSearchTestNode extends Node {

    public static final String READY = "opensearch-node ready at ";

    private OpenSearchTestNode(Settings settings) {
        super(
                InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> "statenwerk-test"),
                List.of(
                        plugin(Netty4ModulePlugin.class),
                        plugin(CommonAnalysisModulePlugin.class),
                        plugin(ReindexModulePlugin.class)),
                true);
    }

    /** Modules that every distribution ships and the engine needs, loaded from the classpath instead. */
    private static PluginInfo plugin(Class<? extends Plugin> type) {
        return new PluginInfo(
                type.getSimpleName(),
                "classpath plugin",
                Version.CURRENT.toString(),
                Version.CURRENT,
                Runtime.version().feature() + "",
                type.getName(),
                List.of(),
                false);
    }

    public static void main(String[] args) throws IOException, NodeValidationException, InterruptedException {
        if (args.length != 1) {
            System.err.println("usage: OpenSearchTestNode <home directory>");
            System.exit(2);
        }
        Path home = Files.createDirectories(Path.of(args[0]).toAbsolutePath());
        Settings settings = Settings.builder()
                .put("cluster.name", "statenwerk-test")
                .put("node.name", "statenwerk-test")
                .put("path.home", home.toString())
                .put("path.data", home.resolve("data").toString())
                .put("path.logs", home.resolve("logs").toString())
                .put("network.host", "127.0.0.1")
                .put("http.port", "0")
                .put("transport.port", "0")
                .put("discovery.type", "single-node")
                .put("http.type", "netty4")
                .put("transport.type", "netty4")
                // a build machine's disk may be fuller than a server's: never turn the test indexes read-only
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .build();
        OpenSearchTestNode node = new OpenSearchTestNode(settings);
        node.start();
        var address = node.injector()
                .getInstance(HttpServerTransport.class)
                .boundAddress()
                .publishAddress();
        System.out.println(READY + "http://" + address.getAddress() + ":" + address.getPort());
        System.out.flush();

        awaitEndOfInput(System.in);
        node.close();
        node.awaitClose(30, TimeUnit.SECONDS);
        System.exit(0);
    }

    private static void awaitEndOfInput(InputStream in) {
        try {
            while (in.read() >= 0) {
                // the parent writes nothing; it only closes
            }
        } catch (IOException e) {
            // a broken pipe means the parent is gone, as does the end of input
        }
    }
}
