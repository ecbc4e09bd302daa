package nl.statenwerk.demo.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Guards the shipped demo bundles: the lead's importer relies on exactly this contract. */
class DemoBundleIntegrityTest {

    static final Path OPENAPI = Path.of("src/test/resources/standards/ods-ori/openapi.yaml");
    static final Path DEMO = Path.of("src/main/resources/demo");
    static final List<String> EXPECTED =
            List.of("fryslan", "gelderland", "noord-holland", "tweede-kamer", "utrecht", "zuid-holland");

    @TestFactory
    Stream<DynamicTest> everyShippedBundleIsConsistentAndStandardConform() throws IOException {
        BundleIntegrityChecker checker = new BundleIntegrityChecker(OPENAPI);
        List<Path> bundles;
        try (Stream<Path> dirs = Files.list(DEMO)) {
            bundles = dirs.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(bundles).map(p -> p.getFileName().toString()).containsExactlyElementsOf(EXPECTED);
        return bundles.stream()
                .map(bundle -> DynamicTest.dynamicTest(bundle.getFileName().toString(), () -> {
                    List<String> problems = checker.check(bundle);
                    assertThat(problems).as("problems in " + bundle).isEmpty();
                }));
    }

    @TestFactory
    Stream<DynamicTest> fixtureOutputPassesTheSameChecks(@org.junit.jupiter.api.io.TempDir Path out) {
        new DemoBundleConverter().run(DemoBundleConverterDeterminismTest.FIXTURE, out, DemoBundleConverter.Limits.NONE);
        BundleIntegrityChecker checker = new BundleIntegrityChecker(OPENAPI);
        return Stream.of("utrecht", "gelderland", "noord-holland", "tweede-kamer")
                .map(dir -> DynamicTest.dynamicTest(
                        dir, () -> assertThat(checker.check(out.resolve(dir))).isEmpty()));
    }

    @org.junit.jupiter.api.Test
    void checkerNoticesBrokenReferencesAndEnums(@org.junit.jupiter.api.io.TempDir Path out) throws IOException {
        new DemoBundleConverter().run(DemoBundleConverterDeterminismTest.FIXTURE, out, DemoBundleConverter.Limits.NONE);
        Path stemmingen = out.resolve("utrecht/stemmingen.json");
        Files.writeString(
                stemmingen,
                Files.readString(stemmingen)
                        .replaceFirst("\"regulier\"", "\"plenair\"")
                        .replaceFirst("/agendapunten/ap-", "/agendapunten/missing-"));

        List<String> problems = new BundleIntegrityChecker(OPENAPI).check(out.resolve("utrecht"));

        assertThat(problems).anyMatch(p -> p.contains("is not one of")).anyMatch(p -> p.contains("does not resolve"));
    }
}
