package nl.statenwerk.demo.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoBundleConverterDeterminismTest {

    static final Path FIXTURE = Path.of("src/test/resources/demo-fixture");

    @Test
    void twoRunsProduceByteIdenticalBundles(@TempDir Path first, @TempDir Path second) throws Exception {
        new DemoBundleConverter().run(FIXTURE, first, DemoBundleConverter.Limits.NONE);
        // PDFBox and clocks are the usual sources of drift; a pause makes a time-based value visible.
        Thread.sleep(1100);
        new DemoBundleConverter().run(FIXTURE, second, DemoBundleConverter.Limits.NONE);

        Map<String, byte[]> a = contents(first);
        Map<String, byte[]> b = contents(second);
        assertThat(a).isNotEmpty();
        assertThat(a.keySet()).containsExactlyElementsOf(b.keySet());
        assertThat(a.keySet()).anyMatch(p -> p.endsWith(".pdf"));
        a.forEach((path, bytes) -> assertThat(b.get(path)).as(path).isEqualTo(bytes));
    }

    @Test
    void rerunningIntoTheSameDirectoryReplacesTheBundle(@TempDir Path out) throws Exception {
        new DemoBundleConverter().run(FIXTURE, out, DemoBundleConverter.Limits.NONE);
        Path stale = out.resolve("utrecht/stale.json");
        Files.writeString(stale, "[]");
        new DemoBundleConverter().run(FIXTURE, out, DemoBundleConverter.Limits.NONE);
        assertThat(stale).doesNotExist();
    }

    @Test
    void limitsKeepWholeMostRecentMeetings(@TempDir Path out) throws Exception {
        new DemoBundleConverter().run(FIXTURE, out, new DemoBundleConverter.Limits(1, 1));
        String vergaderingen = Files.readString(out.resolve("utrecht/vergaderingen.json"));
        assertThat(vergaderingen.lines().filter(l -> l.startsWith("{"))).hasSize(1);
        // Both fixture motions share a date, so the whole day is kept.
        assertThat(Files.list(out.resolve("tweede-kamer/files"))).hasSize(2);
    }

    private static Map<String, byte[]> contents(Path root) throws IOException {
        Map<String, byte[]> result = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                result.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return result;
    }
}
