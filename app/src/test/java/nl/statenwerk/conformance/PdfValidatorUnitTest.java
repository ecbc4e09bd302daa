package nl.statenwerk.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * veraPDF on real PDFs. The known-bad cases guard the dependency setup: under Spring Boot 4 veraPDF loads no rules at
 * all unless the root pom pins JAXB 2 (com.sun.xml.bind jaxb-impl 2.3.2, jaxb-core 2.3.0.1), and then every PDF passes
 * silently. These tests fail when that happens again.
 */
class PdfValidatorUnitTest {

    private static PdfValidator validator;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        validator = new PdfValidator(Duration.ofSeconds(60), 100_000_000);
    }

    @AfterAll
    static void stop() {
        validator.close();
    }

    @Test
    void anUntaggedDemoPdfFailsPdfUaForBeingUntaggedAndWithoutMetadata() throws IOException {
        PdfValidator.Check ua = validator.accessibility(write("untagged.pdf", ConformancePdfs.untagged()));

        assertThat(ua.profile()).isEqualTo("PDF/UA-1");
        assertThat(ua.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(ua.failedRules()).extracting(FailedRule::id).contains("6.2-1", "7.1-3", "7.1-8", "7.1-11");
        assertThat(ua.failedRules())
                .filteredOn(r -> r.id().equals("7.1-3"))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.specification()).isEqualTo("ISO 14289-1:2014");
                    assertThat(r.topic()).isEqualTo("untagged");
                    assertThat(r.count()).isGreaterThan(1);
                    assertThat(r.description()).contains("Artifact");
                });
        assertThat(ua.failedChecks())
                .isEqualTo(ua.failedRules().stream().mapToInt(FailedRule::count).sum());
    }

    @Test
    void anUntaggedDemoPdfFailsPdfA2bForItsColourAndMissingMetadata() throws IOException {
        PdfValidator.Check a = validator.archival(write("untagged.pdf", ConformancePdfs.untagged()));

        assertThat(a.profile()).isEqualTo("PDF/A-2b");
        assertThat(a.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(a.failedRules()).extracting(FailedRule::id).contains("6.2.4.3-4", "6.6.2.1-1");
        assertThat(a.failedRules()).extracting(FailedRule::topic).contains("colour", "metadata");
    }

    @Test
    void aPdfWithAStandardFontFailsBothForTheFontNotBeingEmbedded() throws IOException {
        List<PdfValidator.Check> checks = validator.check(write("plain.pdf", ConformancePdfs.plain("Motie")));

        assertThat(checks).extracting(PdfValidator.Check::outcome).containsOnly(Outcome.FAILED);
        assertThat(checks)
                .allSatisfy(c -> assertThat(c.failedRules())
                        .extracting(FailedRule::topic)
                        .contains("fonts"));
    }

    @Test
    void aTaggedPdfUaAndPdfADocumentPassesBoth() throws IOException {
        List<PdfValidator.Check> checks = validator.check(write("good.pdf", ConformancePdfs.accessible()));

        assertThat(checks)
                .allSatisfy(c -> assertThat(c.failedRules()).as(c.profile()).isEmpty());
        assertThat(checks).extracting(PdfValidator.Check::outcome).containsOnly(Outcome.PASSED);
        // the file claims PDF/A-2a, and is checked for what it claims
        assertThat(checks).extracting(PdfValidator.Check::profile).containsExactly("PDF/UA-1", "PDF/A-2a");
    }

    @Test
    void aDamagedFileCannotBeCheckedAndSaysSo() throws IOException {
        byte[] broken = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nthis is no pdf".getBytes();

        List<PdfValidator.Check> checks = validator.check(write("broken.pdf", broken));

        assertThat(checks).extracting(PdfValidator.Check::outcome).containsOnly(Outcome.NOT_CHECKABLE);
        assertThat(checks).allSatisfy(c -> assertThat(c.error()).isNotNull());
    }

    @Test
    void aFileOverTheSizeLimitIsNotOpened() throws IOException {
        try (PdfValidator small = new PdfValidator(Duration.ofSeconds(60), 1_000)) {
            List<PdfValidator.Check> checks = small.check(write("untagged.pdf", ConformancePdfs.untagged()));

            assertThat(checks).extracting(PdfValidator.Check::error).containsOnly(CheckError.TOO_LARGE);
        }
    }

    @Test
    void aCheckThatTakesTooLongIsStopped() throws IOException {
        try (PdfValidator impatient = new PdfValidator(Duration.ofNanos(1), 100_000_000)) {
            PdfValidator.Check ua = impatient.accessibility(write("untagged.pdf", ConformancePdfs.untagged()));

            assertThat(ua.outcome()).isEqualTo(Outcome.NOT_CHECKABLE);
            assertThat(ua.error()).isEqualTo(CheckError.TIMEOUT);
        }
    }

    @Test
    void everyTopicOfTheRuleTableIsAKnownTopic() {
        assertThat(RuleTopics.TOPICS).doesNotHaveDuplicates();
        for (String topic : List.of("untagged", "language", "title", "fonts", "alt-text", "colour", "transparency")) {
            assertThat(RuleTopics.TOPICS).contains(topic);
        }
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }
}
