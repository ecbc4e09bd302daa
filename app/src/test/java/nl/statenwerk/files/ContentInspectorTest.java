package nl.statenwerk.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.statenwerk.files.FileRejectedException.Reason;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The upload checks (ASVS 12) on real crafted files: what no import or upload may bring in, and what a user may. */
class ContentInspectorTest {

    private final ContentInspector inspector = new ContentInspector(new ArchiveCheck(50L * 1024 * 1024, 1000));

    @TempDir
    Path dir;

    @Test
    void refusesAWindowsProgramRenamedToPdf() {
        assertThat(uploadRejection(HostileFiles.windowsProgram(), "application/pdf", "notulen.pdf"))
                .isEqualTo(Reason.EXECUTABLE);
        assertThat(importRejection(HostileFiles.windowsProgram(), "notulen.pdf"))
                .isEqualTo(Reason.EXECUTABLE);
    }

    @Test
    void refusesHtmlRenamedToText() {
        assertThat(uploadRejection(HostileFiles.html(), "text/plain", "agenda.txt"))
                .isEqualTo(Reason.ACTIVE_CONTENT);
        String harmless = "<!DOCTYPE html><html><head><title>a</title></head><body><p>b</p></body></html>";
        assertThat(uploadRejection(harmless.getBytes(StandardCharsets.UTF_8), "text/plain", "agenda.txt"))
                .isEqualTo(Reason.TYPE_NOT_ALLOWED);
    }

    @Test
    void refusesAnSvgWithScriptEvenFromAnImport() {
        assertThat(importRejection(HostileFiles.svgWithScript(), "logo.svg")).isEqualTo(Reason.ACTIVE_CONTENT);
        assertThat(uploadRejection(HostileFiles.svgWithScript(), "image/png", "logo.png"))
                .isEqualTo(Reason.ACTIVE_CONTENT);
    }

    @Test
    void refusesAPdfThatRunsJavaScriptWhenOpened() {
        FileRejectedException e = rejection(HostileFiles.pdfWithOpenActionJavaScript(), "stuk.pdf", false);
        assertThat(e.reason()).isEqualTo(Reason.PDF_ACTION);
        assertThat(e.detail()).contains("OpenAction").contains("JavaScript");
        assertThat(e.dutchMessage()).startsWith("De PDF bevat JavaScript");
    }

    @Test
    void refusesAPdfWithALinkThatLaunchesAProgram() {
        FileRejectedException e = rejection(HostileFiles.pdfWithLaunchingLink(), "stuk.pdf", true);
        assertThat(e.reason()).isEqualTo(Reason.PDF_ACTION);
        assertThat(e.detail()).contains("Annots").contains("Launch");
    }

    @Test
    void refusesANestedZipOfZerosWhileStreaming() {
        byte[] bomb = HostileFiles.nestedZipOfZeros(10);
        assertThat(bomb.length).isLessThan(100 * 1024);
        FileRejectedException e = rejection(bomb, "stukken.zip", true);
        assertThat(e.reason()).isEqualTo(Reason.ARCHIVE_BOMB);
        assertThat(importRejection(bomb, "stukken.zip")).isEqualTo(Reason.ARCHIVE_BOMB);
    }

    @Test
    void refusesAZipWithTooManyEntries() {
        assertThat(uploadRejection(HostileFiles.zipWithEntries(1001), "application/zip", "veel.zip"))
                .isEqualTo(Reason.ARCHIVE_BOMB);
        assertThat(uploadRejection(HostileFiles.zipWithEntries(10), "application/zip", "weinig.zip"))
                .isNull();
    }

    @Test
    void refusesContentOutsideTheAllowListOnUploadButNotOnImport() {
        byte[] rtf = "{\\rtf1\\ansi Motie}".getBytes(StandardCharsets.US_ASCII);
        assertThat(uploadRejection(rtf, "application/rtf", "motie.rtf")).isEqualTo(Reason.TYPE_NOT_ALLOWED);
        assertThat(importRejection(rtf, "motie.rtf")).isNull();
    }

    @Test
    void refusesANameWhoseExtensionDoesNotFitTheContent() {
        assertThat(uploadRejection(HostileFiles.png(), "image/png", "motie.pdf"))
                .isEqualTo(Reason.NAME_MISMATCH);
        assertThat(uploadRejection(HostileFiles.plainPdf(), "application/pdf", "foto.jpg"))
                .isEqualTo(Reason.NAME_MISMATCH);
    }

    @Test
    void acceptsEveryAllowedKindUnderItsOwnName() throws Exception {
        assertThat(accepted(HostileFiles.plainPdf(), "stuk.pdf")).isEqualTo("application/pdf");
        assertThat(accepted(HostileFiles.docx("Motie over de dijken"), "motie.docx"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(accepted(HostileFiles.png(), "kaart.png")).isEqualTo("image/png");
        assertThat(accepted("Aantekeningen bij de vergadering".getBytes(StandardCharsets.UTF_8), "notities.txt"))
                .isEqualTo("text/plain");
        assertThat(accepted("naam;fractie\nJansen;A\n".getBytes(StandardCharsets.UTF_8), "lijst.csv"))
                .isEqualTo("text/csv");
        assertThat(accepted(HostileFiles.zip("a.txt", "tekst".getBytes(StandardCharsets.UTF_8)), "bijlagen.zip"))
                .isEqualTo("application/zip");
        // a real document compresses well, yet far from a bomb
        assertThat(accepted(HostileFiles.docx("dijk ".repeat(200_000)), "lang.docx"))
                .contains("wordprocessingml");
    }

    private String accepted(byte[] content, String name) throws Exception {
        Path file = write(content);
        return inspector.inspect(file, content.length, null, name, true).mimeType();
    }

    private @Nullable Reason uploadRejection(byte[] content, String declared, String name) {
        FileRejectedException e = rejectionOrNull(content, declared, name, true);
        return e == null ? null : e.reason();
    }

    private @Nullable Reason importRejection(byte[] content, String name) {
        FileRejectedException e = rejectionOrNull(content, null, name, false);
        return e == null ? null : e.reason();
    }

    private FileRejectedException rejection(byte[] content, String name, boolean upload) {
        FileRejectedException e = rejectionOrNull(content, null, name, upload);
        assertThat(e).as("rejected").isNotNull();
        return e;
    }

    private @Nullable FileRejectedException rejectionOrNull(
            byte[] content, @Nullable String declared, String name, boolean upload) {
        Path file = write(content);
        return catchThrowableOfType(
                FileRejectedException.class, () -> inspector.inspect(file, content.length, declared, name, upload));
    }

    private Path write(byte[] content) {
        try {
            return Files.write(Files.createTempFile(dir, "upload", ".bin"), content);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
