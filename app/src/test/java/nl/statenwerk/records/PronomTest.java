package nl.statenwerk.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PronomTest {

    @TempDir
    Path dir;

    @Test
    void aPdfGetsThePuidOfTheVersionInItsHeader() throws IOException {
        assertThat(Pronom.of(file("a.pdf", "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj"), "application/pdf")
                        .code())
                .isEqualTo("fmt/18");
        assertThat(Pronom.of(file("b.pdf", "%PDF-1.7\n1 0 obj"), "application/pdf")
                        .code())
                .isEqualTo("fmt/276");
        assertThat(Pronom.of(file("c.pdf", "%PDF-2.0\n1 0 obj"), "application/pdf")
                        .code())
                .isEqualTo("fmt/1129");
    }

    @Test
    void aPdfAGetsThePuidOfItsPartAndConformanceFromItsXmpMetadata() throws IOException {
        Pronom.Format attribute = Pronom.of(
                file("a.pdf", "%PDF-1.7\n<rdf:Description pdfaid:part=\"2\" pdfaid:conformance=\"B\"/>"),
                "application/pdf");
        assertThat(attribute.code()).isEqualTo("fmt/477");
        assertThat(attribute.list()).isEqualTo(Pronom.PRONOM);
        Pronom.Format element = Pronom.of(
                file("b.pdf", "%PDF-1.4\n<pdfaid:part>1</pdfaid:part>\n<pdfaid:conformance>A</pdfaid:conformance>"),
                "application/pdf");
        assertThat(element.code()).isEqualTo("fmt/95");
    }

    @Test
    void whatTheContentDoesNotTellFallsBackToTheMediaTypeInsteadOfAGuessedPuid() throws IOException {
        Pronom.Format noHeader = Pronom.of(file("x.pdf", "not a pdf at all"), "application/pdf");
        assertThat(noHeader.code()).isEqualTo("application/pdf");
        assertThat(noHeader.list()).isEqualTo(Pronom.IANA);
        // PNG's version is not in its header
        assertThat(Pronom.of(file("x.png", "\u0089PNG\r\n\u001a\n"), "image/png")
                        .code())
                .isEqualTo("image/png");
        assertThat(Pronom.of(file("x.bin", "?"), null).code()).isEqualTo("application/octet-stream");
    }

    @Test
    void officeTextImagesAndVideoHaveTheirPuids() throws IOException {
        Path txt = file("a.txt", "tekst");
        assertThat(Pronom.of(txt, "text/plain; charset=UTF-8").code()).isEqualTo("x-fmt/111");
        assertThat(Pronom.of(txt, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                        .code())
                .isEqualTo("fmt/412");
        assertThat(Pronom.of(txt, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                        .code())
                .isEqualTo("fmt/214");
        assertThat(Pronom.of(txt, "text/html").code()).isEqualTo("fmt/96");
        assertThat(Pronom.of(txt, "video/mp4").code()).isEqualTo("fmt/199");
        byte[] jfif = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1};
        Path jpeg = Files.write(dir.resolve("a.jpg"), jfif);
        assertThat(Pronom.of(jpeg, "image/jpeg").code()).isEqualTo("fmt/43");
        assertThat(Pronom.of(odt("1.2"), "application/vnd.oasis.opendocument.text")
                        .code())
                .isEqualTo("fmt/291");
        assertThat(Pronom.of(odt(null), "application/vnd.oasis.opendocument.text")
                        .code())
                .isEqualTo("application/vnd.oasis.opendocument.text");
    }

    private Path odt(String version) throws IOException {
        Path file = Files.createTempFile(dir, "text", ".odt");
        try (OutputStream out = Files.newOutputStream(file);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            String attribute = version == null ? "" : " manifest:version=\"" + version + "\"";
            zip.write(("<manifest:manifest" + attribute + "/>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }

    private Path file(String name, String content) throws IOException {
        return Files.write(dir.resolve(name), content.getBytes(StandardCharsets.ISO_8859_1));
    }
}
