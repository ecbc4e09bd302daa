package nl.statenwerk.conformance;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** The PDFs of the conformance tests, made in the test so their provenance is this file. */
public final class ConformancePdfs {

    /** The font the demo's PDFs are drawn with as well (see {@code demo/tools/PdfRenderer}). */
    static final Path FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    /** A demo PDF: drawn untagged, without metadata, in DeviceGray without an output intent. */
    public static final String UNTAGGED_DEMO = "/demo/tweede-kamer/files/kst-21501-02-3172.pdf";

    private ConformancePdfs() {}

    /**
     * A PDF/UA-1 and PDF/A-2a document: tagged, with a title shown as the window title, Dutch as its language, an
     * embedded font and the sRGB output intent, made by openhtmltopdf (which STACK.md found veraPDF passes on both).
     */
    public static byte[] accessible() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_A);
            builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
            builder.useFont(FONT.toFile(), "DejaVu Sans");
            builder.withHtmlContent("""
                    <!DOCTYPE html>
                    <html lang="nl"><head><title>Statenvoorstel toegankelijke documenten</title>
                    <meta name="subject" content="Toegankelijkheid"/><meta name="author" content="Griffie"/>
                    <style>body { font-family: 'DejaVu Sans'; }</style></head>
                    <body><h1>Statenvoorstel toegankelijke documenten</h1>
                    <p>Provinciale Staten besluiten dat elk stuk als toegankelijke PDF verschijnt.</p></body></html>""", null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The untagged demo PDF. */
    public static byte[] untagged() {
        try (InputStream in = ConformancePdfs.class.getResourceAsStream(UNTAGGED_DEMO)) {
            if (in == null) {
                throw new IllegalStateException("demo PDF missing: " + UNTAGGED_DEMO);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A plain PDFBox page with a standard-14 font: not embedded, untagged, no metadata. */
    public static byte[] plain(String text) {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
