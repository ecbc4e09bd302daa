package nl.statenwerk.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The stricter checks on content refuse none of the files of the shipped demo bundles, which imports must keep loading. */
class DemoFilesPassTheChecksTest {

    @Test
    void everyDemoFilePassesTheImportChecks() throws IOException {
        ContentInspector inspector = new ContentInspector(new ArchiveCheck(1024L * 1024 * 1024, 10_000));
        List<Path> demoFiles;
        try (Stream<Path> all = Files.walk(Path.of("src/main/resources/demo"))) {
            demoFiles = all.filter(Files::isRegularFile)
                    .filter(p ->
                            !p.toString().endsWith(".json") && !p.toString().endsWith(".md"))
                    .toList();
        }
        assertThat(demoFiles).hasSizeGreaterThan(100);
        List<String> refused = new ArrayList<>();
        for (Path file : demoFiles) {
            try {
                inspector.inspect(
                        file, Files.size(file), null, file.getFileName().toString(), false);
            } catch (FileRejectedException e) {
                refused.add(file + ": " + e.getMessage());
            }
        }
        assertThat(refused).isEmpty();
    }
}
