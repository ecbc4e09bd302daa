package nl.statenwerk.redaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPatternContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDPattern;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.pattern.PDTilingPattern;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfRedactorTest {

    private final PdfRedactor redactor = new PdfRedactor();

    /** Two pages of words, an image, a Form XObject with text, an annotation and metadata naming the person. */
    static byte[] sample() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDPage one = new PDPage(PDRectangle.A4);
            doc.addPage(one);
            BufferedImage picture = new BufferedImage(100, 100, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = picture.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 100, 100);
            g.dispose();
            PDImageXObject image = LosslessFactory.createFromImage(doc, picture);
            PDFormXObject form = new PDFormXObject(doc);
            form.setBBox(new PDRectangle(0, 0, 300, 40));
            form.setResources(new PDResources());
            try (PDFormContentStream fs = new PDFormContentStream(form)) {
                fs.beginText();
                fs.setFont(font, 12);
                fs.newLineAtOffset(5, 10);
                fs.showText("Formulier Pietersen zegt nee");
                fs.endText();
            }
            try (PDPageContentStream cs = new PDPageContentStream(doc, one)) {
                cs.beginText();
                cs.setFont(font, 12);
                cs.newLineAtOffset(72, 750);
                cs.showText("Openbaar verslag over Jan Jansen uit Lelystad");
                cs.newLineAtOffset(0, -20);
                cs.showText("Jansen woont aan de Dorpsstraat 12");
                cs.endText();
                cs.drawImage(image, 72, 500, 100, 100);
                cs.saveGraphicsState();
                cs.transform(new org.apache.pdfbox.util.Matrix(1, 0, 0, 1, 72, 400));
                cs.drawForm(form);
                cs.restoreGraphicsState();
            }
            PDAnnotationText note = new PDAnnotationText();
            note.setRectangle(new PDRectangle(300, 740, 20, 20));
            note.setContents("Bel Jansen terug");
            one.getAnnotations().add(note);
            PDPage two = new PDPage(PDRectangle.A4);
            doc.addPage(two);
            try (PDPageContentStream cs = new PDPageContentStream(doc, two)) {
                cs.beginText();
                cs.setFont(font, 12);
                cs.newLineAtOffset(72, 750);
                cs.showText("Tweede pagina noemt mevrouw Jansen en het besluit");
                cs.endText();
            }
            PDDocumentInformation info = new PDDocumentInformation();
            info.setAuthor("Jan Jansen");
            info.setTitle("Verslag Jansen");
            info.setCreationDate(Calendar.getInstance());
            doc.setDocumentInformation(info);
            PDMetadata xmp = new PDMetadata(doc);
            xmp.importXMPMetadata(("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF"
                            + " xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description"
                            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:creator>Jan Jansen</dc:creator>"
                            + "</rdf:Description></rdf:RDF></x:xmpmeta>")
                    .getBytes(StandardCharsets.UTF_8));
            doc.getDocumentCatalog().setMetadata(xmp);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** Every stream of the file decoded, every string and the raw bytes: what a determined reader could find. */
    static String everything(byte[] pdf) throws IOException {
        StringBuilder all = new StringBuilder(new String(pdf, StandardCharsets.ISO_8859_1));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (COSObject object : doc.getDocument().getXrefTable().keySet().stream()
                    .map(k -> doc.getDocument().getObjectFromPool(k))
                    .toList()) {
                COSBase base = object.getObject();
                if (base instanceof COSStream stream) {
                    try (InputStream in = stream.createInputStream()) {
                        all.append(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
                    } catch (IOException e) {
                        // an image's filter may not decode to text; its raw bytes are in the file's bytes above
                    }
                }
                all.append(String.valueOf(base));
            }
        }
        return all.toString();
    }

    @Test
    void removesEveryOccurrenceOfATermAndKeepsTheRest() throws IOException {
        byte[] original = sample();
        assertThat(everything(original)).contains("Jansen").contains("Pietersen");
        List<RedactionBox> boxes = new ArrayList<>(redactor.find(original, "Jansen", "5.1.2e", "naam"));
        boxes.addAll(redactor.find(original, "Pietersen", "5.1.2e", null));
        assertThat(boxes).hasSize(4);

        PdfRedactor.Result result = redactor.redact(original, boxes);

        String text = text(result.pdf());
        assertThat(text).doesNotContainIgnoringCase("Jansen").doesNotContain("Pietersen");
        assertThat(text)
                .contains("Openbaar verslag over Jan")
                .contains("uit Lelystad")
                .contains("woont aan de Dorpsstraat 12")
                .contains("Formulier")
                .contains("zegt nee")
                .contains("Tweede pagina noemt mevrouw")
                .contains("en het besluit")
                .contains("5.1.2e");
        assertThat(everything(result.pdf())).doesNotContain("Jansen").doesNotContain("Pietersen");
        assertThat(result.removedText()).contains("Jansen", "Pietersen");
        try (PDDocument doc = Loader.loadPDF(result.pdf())) {
            assertThat(doc.getDocumentInformation().getAuthor()).isNull();
            assertThat(doc.getDocumentInformation().getTitle()).isNull();
            assertThat(doc.getDocumentCatalog().getMetadata()).isNull();
            // the sticky note on the first Jansen went with it
            assertThat(doc.getPage(0).getAnnotations()).isEmpty();
        }
    }

    @Test
    void blackensTheImagePixelsUnderABoxAndLeavesTheOthers() throws IOException {
        byte[] original = sample();
        // the image covers 72..172 x 500..600; redact its left half
        PdfRedactor.Result result =
                redactor.redact(original, List.of(new RedactionBox(1, 60, 490, 62, 120, "5.1.2d", null)));
        assertThat(result.imagesChanged()).isEqualTo(1);
        try (PDDocument doc = Loader.loadPDF(result.pdf())) {
            PDResources resources = doc.getPage(0).getResources();
            BufferedImage image = null;
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject x) {
                    image = x.getImage();
                }
            }
            assertThat(image).isNotNull();
            assertThat(image.getRGB(10, 50) & 0xFFFFFF).isEqualTo(0x000000);
            assertThat(image.getRGB(45, 10) & 0xFFFFFF).isEqualTo(0x000000);
            assertThat(image.getRGB(90, 50) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        }
        assertThat(text(result.pdf())).contains("5.1.2d").contains("Jansen");
    }

    @Test
    void aBoxCutsGlyphsAndKeepsTheWordsBeside() throws IOException {
        byte[] original = sample();
        // a box over "Dorpsstraat 12" on the second line found by its words
        List<RedactionBox> found = redactor.find(original, "Dorpsstraat 12", "5.1.2e", null);
        assertThat(found).hasSize(1);
        RedactionBox box = found.getFirst();
        PdfRedactor.Result result = redactor.redact(original, List.of(box));
        assertThat(result.removedText()).containsExactly("Dorpsstraat 12");
        String text = text(result.pdf());
        assertThat(text).doesNotContain("Dorpsstraat").contains("Jansen woont aan de");
        assertThat(everything(result.pdf())).doesNotContain("Dorpsstraat");
    }

    @Test
    void refusesWhenTextUnderABoxCannotBeRemoved() throws IOException {
        byte[] pdf;
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDTilingPattern pattern = new PDTilingPattern();
            pattern.setBBox(new PDRectangle(0, 0, 200, 20));
            pattern.setXStep(200);
            pattern.setYStep(20);
            pattern.setPaintType(PDTilingPattern.PAINT_COLORED);
            pattern.setTilingType(PDTilingPattern.TILING_CONSTANT_SPACING);
            pattern.setResources(new PDResources());
            try (PDPatternContentStream ps = new PDPatternContentStream(pattern)) {
                ps.beginText();
                ps.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                ps.newLineAtOffset(2, 5);
                ps.showText("Geheim adres Jansen");
                ps.endText();
            }
            PDResources resources = new PDResources();
            page.setResources(resources);
            COSName name = resources.add(pattern);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.setNonStrokingColor(new PDColor(name, new PDPattern(null)));
                cs.addRect(50, 700, 200, 20);
                cs.fill();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            pdf = out.toByteArray();
        }
        assertThatThrownBy(() -> redactor.redact(pdf, List.of(new RedactionBox(1, 50, 700, 200, 20, "5.1.2e", null))))
                .isInstanceOf(RedactionRefusedException.class)
                .hasMessageContaining("patroon");
    }

    @Test
    void redactsATermInARealCouncilPdf() throws IOException {
        Path demo = Path.of("src/main/resources/demo/tweede-kamer/files/kst-36760-14.pdf");
        byte[] original = Files.readAllBytes(demo);
        String before = text(original);
        String term = "Tweede Kamer";
        assertThat(before).contains(term);
        List<RedactionBox> boxes = redactor.find(original, term, "5.1.2e", null);
        assertThat(boxes).isNotEmpty();

        PdfRedactor.Result result = redactor.redact(original, boxes);

        String after = text(result.pdf());
        assertThat(after.replaceAll("\\s+", " ")).doesNotContainIgnoringCase(term);
        assertThat(after).contains("5.1.2e");
        // the rest of the words survive: at least most of the text is still there
        assertThat(after.length()).isGreaterThan(before.length() / 2);
    }
}
