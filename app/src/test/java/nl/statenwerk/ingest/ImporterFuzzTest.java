package nl.statenwerk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.statenwerk.TestDatabase;
import nl.statenwerk.council.Council;
import nl.statenwerk.files.FileCatalog;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fuzzes both importers from the JSON of a source to the records in the database: whatever a source holds, the run
 * ends with a report whose failed lines say why in Dutch, or, for a source that cannot be read as a whole, with the
 * documented {@link ImportException}; never with another exception, a hang or an exhausted heap. Downloads go to a
 * proxy that refuses every connection, so no input makes the fuzzer reach the network. Without JAZZER_FUZZ this runs
 * the seeds and past findings under {@code ImporterFuzzTestInputs} as regression tests.
 */
@Tag("persistence")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ContextConfiguration(initializers = TestDatabase.class)
class ImporterFuzzTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The discard port, where nothing listens: every download fails at once with a connection refused. */
    private static final int NOWHERE = 9;

    /**
     * Every host name resolves to one public address without asking DNS, so that no input waits on a name server;
     * what the address policy lets through goes to the refusing proxy.
     */
    private static final SourceFiles OFFLINE = new SourceFiles(
            HttpClient.newBuilder()
                    .proxy(ProxySelector.of(new InetSocketAddress("localhost", NOWHERE)))
                    .connectTimeout(Duration.ofSeconds(1))
                    .build(),
            new AddressPolicy(List.of(), host ->
                    new InetAddress[] {InetAddress.getByAddress(host, new byte[] {9, 9, 9, 9})}));

    @Autowired
    Council council;

    @Autowired
    FileCatalog files;

    @Autowired
    TransactionTemplate tx;

    /**
     * An ODS-ORI bundle: the input is a JSON object whose members are the bundle's collection files ({@code bundle}
     * for bundle.json); input that is not such an object becomes the file of the collection its last byte picks.
     */
    @FuzzTest(maxDuration = "5m")
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void oriBundleEndsInAReport(FuzzedDataProvider data) throws IOException {
        allowOnlyTheRefusingProxy();
        String fallback = data.pickValue(OriImport.COLLECTIONS);
        byte[] input = data.consumeRemainingAsBytes();
        Path dir = Files.createTempDirectory("ori-fuzz");
        try {
            Path bundle = Files.createDirectories(dir.resolve("bundle"));
            JsonNode root = parse(input);
            if (root != null && root.isObject()) {
                for (var member : root.properties()) {
                    String name = member.getKey();
                    if (name.equals("bundle")) {
                        Files.write(bundle.resolve("bundle.json"), JSON.writeValueAsBytes(member.getValue()));
                    } else if (OriImport.COLLECTIONS.contains(name) || OriImport.UNSUPPORTED.contains(name)) {
                        Files.write(bundle.resolve(name + ".json"), JSON.writeValueAsBytes(member.getValue()));
                    }
                }
            } else {
                Files.write(bundle.resolve(fallback + ".json"), input);
            }
            ImportContext ctx = context(dir);
            try {
                BundleReader reader = new BundleReader(ctx.json, ctx.report);
                new OriImport(ctx, bundle, reader.manifestBody(bundle)).run(reader.readFolder(bundle));
            } catch (ImportException wholeSource) {
                assertThat(wholeSource.getMessage()).isNotBlank();
            }
            assertReported(ctx);
        } finally {
            delete(dir);
        }
    }

    /** A folder of OParl objects: the input is one file of it, an object or a list with {@code data}. */
    @FuzzTest(maxDuration = "5m")
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void oparlObjectsEndInAReport(byte[] input) throws IOException {
        allowOnlyTheRefusingProxy();
        Path dir = Files.createTempDirectory("oparl-fuzz");
        try {
            Path folder = Files.createDirectories(dir.resolve("oparl"));
            Files.write(folder.resolve("objects.json"), input);
            ImportContext ctx = context(dir);
            try {
                new OParlImport(ctx).folder(folder);
            } catch (ImportException wholeSource) {
                assertThat(wholeSource.getMessage()).isNotBlank();
            }
            assertReported(ctx);
        } finally {
            delete(dir);
        }
    }

    /**
     * Jazzer's SSRF detector would report every download the source names: the importer fetches links by design.
     * Connections may go to the refusing proxy only, so any other connection is still a finding.
     */
    private static void allowOnlyTheRefusingProxy() {
        BugDetectors.allowNetworkConnections((host, port) -> host.equals("localhost") && port == NOWHERE);
    }

    private ImportContext context(Path dir) throws IOException {
        return new ImportContext(
                council, files, OFFLINE, JSON, tx, ImportListener.NONE, Files.createDirectories(dir.resolve("tmp")));
    }

    /** Every failed object is a report line that says why: the griffie can act on it. */
    private static void assertReported(ImportContext ctx) {
        List<ImportReport.Line> lines = ctx.report.lines();
        assertThat(lines)
                .filteredOn(l -> l.outcome() == ImportReport.Outcome.FAILED)
                .allSatisfy(l -> assertThat(l.message()).isNotBlank());
    }

    private static @org.jspecify.annotations.Nullable JsonNode parse(byte[] input) {
        try {
            return JSON.readTree(input);
        } catch (JacksonException e) {
            return null;
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
