package nl.statenwerk.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Files for tests, made on the spot so every test shows what it feeds in. */
final class TestFiles {

    static final String DUTCH = """
            Provinciale Staten hebben vandaag besloten om de subsidie voor het openbaar vervoer te verhogen.
            Gedeputeerde Staten krijgen de opdracht om samen met de gemeenten een plan te maken voor de buslijnen
            in het landelijk gebied. De fracties waren het er over eens dat de bereikbaarheid van de dorpen
            belangrijk is voor de leefbaarheid van de provincie en dat er snel duidelijkheid moet komen.""";

    private TestFiles() {}

    /** A PDF with one page per text; an empty text gives a page without any text, like a scan. */
    static byte[] pdf(String... pageTexts) {
        return save(document(pageTexts));
    }

    /** A PDF that opens only with the user password; without one only the owner password restricts it. */
    static byte[] encryptedPdf(String userPassword, String ownerPassword, String text) {
        PDDocument document = document(text);
        try {
            AccessPermission permissions = new AccessPermission();
            permissions.setCanExtractContent(false);
            permissions.setCanPrint(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy(ownerPassword, userPassword, permissions);
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return save(document);
    }

    static byte[] truncated(byte[] content) {
        return Arrays.copyOf(content, content.length / 3);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static PDDocument document(String... pageTexts) {
        PDDocument document = new PDDocument();
        try {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (String text : pageTexts) {
                PDPage page = new PDPage();
                document.addPage(page);
                if (text.isEmpty()) {
                    continue;
                }
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 11);
                    content.setLeading(14);
                    content.newLineAtOffset(50, 720);
                    for (String line : text.split("\n")) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            return document;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] save(PDDocument document) {
        try (document) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
