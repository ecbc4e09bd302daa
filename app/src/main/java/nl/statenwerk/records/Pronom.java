package nl.statenwerk.records;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jspecify.annotations.Nullable;

/**
 * The file format of a file for MDTO's {@code bestandsformaat}: a PRONOM PUID where the content tells which one, else
 * the IANA media type Tika detected. A PUID names a version (PDF 1.4, PDF/A-2b), so it is only given when the version
 * can be read from the file itself; a wrong PUID misleads the e-Depot's preservation planning more than none does.
 */
final class Pronom {

    /** A value for MDTO's begripGegevens: label, code and the list the code is from. */
    record Format(String label, String code, String list) {}

    static final String PRONOM = "PRONOM-register";
    static final String IANA = "IANA Media types";

    // formats without versions in the file, or with one version that matters in practice
    private static final Map<String, Format> BY_MIME_TYPE = Map.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            new Format("Microsoft Word for Windows 2007 onwards", "fmt/412", PRONOM),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            new Format("Microsoft Excel for Windows 2007 onwards", "fmt/214", PRONOM),
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            new Format("Microsoft Powerpoint for Windows 2007 onwards", "fmt/215", PRONOM),
            "text/plain",
            new Format("Plain Text File", "x-fmt/111", PRONOM),
            "text/html",
            new Format("Hypertext Markup Language", "fmt/96", PRONOM),
            "application/xhtml+xml",
            new Format("Hypertext Markup Language", "fmt/96", PRONOM),
            "application/xml",
            new Format("Extensible Markup Language", "fmt/101", PRONOM),
            "text/xml",
            new Format("Extensible Markup Language", "fmt/101", PRONOM),
            "video/mp4",
            new Format("MPEG-4 Media File", "fmt/199", PRONOM));

    private static final Map<String, String> PDF_VERSIONS = Map.of(
            "1.0", "fmt/14",
            "1.1", "fmt/15",
            "1.2", "fmt/16",
            "1.3", "fmt/17",
            "1.4", "fmt/18",
            "1.5", "fmt/19",
            "1.6", "fmt/20",
            "1.7", "fmt/276",
            "2.0", "fmt/1129");

    private static final Map<String, String> PDF_A = Map.of(
            "1A", "fmt/95",
            "1B", "fmt/354",
            "2A", "fmt/476",
            "2B", "fmt/477",
            "2U", "fmt/478",
            "3A", "fmt/479",
            "3B", "fmt/480",
            "3U", "fmt/481");

    private static final Map<String, String> JFIF_VERSIONS =
            Map.of("1.00", "fmt/42", "1.01", "fmt/43", "1.02", "fmt/44");

    private static final Pattern PDF_HEADER = Pattern.compile("%PDF-(\\d\\.\\d)");
    // PDF/A requires its XMP metadata stream unfiltered, so the identification can be read from the bytes
    private static final Pattern PDFA_PART = Pattern.compile("pdfaid:part\\s*(?:=\\s*[\"']|>)\\s*(\\d)");
    private static final Pattern PDFA_CONFORMANCE =
            Pattern.compile("pdfaid:conformance\\s*(?:=\\s*[\"']|>)\\s*([ABUabu])");
    private static final Pattern ODF_VERSION = Pattern.compile("manifest:version=\"([0-9.]+)\"");
    private static final long MAX_PDF_SCAN = 256L * 1024 * 1024;

    private Pronom() {}

    /**
     * The format of a file.
     *
     * @param mimeType the type Tika detected when the file was stored; {@code null} when unknown
     */
    static Format of(Path file, @Nullable String mimeType) throws IOException {
        String type = mimeType == null
                ? "application/octet-stream"
                : mimeType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        Format known = switch (type) {
            case "application/pdf" -> pdf(file);
            case "image/jpeg" -> jpeg(file);
            case "application/vnd.oasis.opendocument.text" -> odt(file);
            default -> BY_MIME_TYPE.get(type);
        };
        return known != null ? known : new Format(type, type, IANA);
    }

    private static @Nullable Format pdf(Path file) throws IOException {
        String head = head(file, 1024);
        Matcher version = PDF_HEADER.matcher(head);
        if (!version.find()) {
            return null;
        }
        if (Files.size(file) <= MAX_PDF_SCAN) {
            String all = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            Matcher part = PDFA_PART.matcher(all);
            Matcher conformance = PDFA_CONFORMANCE.matcher(all);
            if (part.find() && conformance.find()) {
                String level = part.group(1) + conformance.group(1).toUpperCase(Locale.ROOT);
                String puid = PDF_A.get(level);
                if (puid != null) {
                    return new Format("Acrobat PDF/A - Portable Document Format " + level, puid, PRONOM);
                }
            }
        }
        // an incremental update may raise the version in the catalog (/Version); the header is what DROID reads too
        String puid = PDF_VERSIONS.get(version.group(1));
        return puid == null
                ? null
                : new Format("Acrobat PDF " + version.group(1) + " - Portable Document Format", puid, PRONOM);
    }

    private static @Nullable Format jpeg(Path file) throws IOException {
        byte[] b = new byte[16];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(b, 0, 16) < 16) {
                return null;
            }
        }
        // SOI, APP0 marker, length, "JFIF\0", major, minor
        boolean jfif = (b[0] & 0xff) == 0xff
                && (b[1] & 0xff) == 0xd8
                && (b[2] & 0xff) == 0xff
                && (b[3] & 0xff) == 0xe0
                && new String(b, 6, 5, StandardCharsets.ISO_8859_1).equals("JFIF\0");
        if (!jfif) {
            return null;
        }
        String version = String.format(Locale.ROOT, "%d.%02d", b[11], b[12]);
        String puid = JFIF_VERSIONS.get(version);
        return puid == null ? null : new Format("JPEG File Interchange Format " + version, puid, PRONOM);
    }

    private static @Nullable Format odt(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry manifest = zip.getEntry("META-INF/manifest.xml");
            if (manifest == null) {
                return null;
            }
            try (InputStream in = zip.getInputStream(manifest)) {
                Matcher m = ODF_VERSION.matcher(new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8));
                // ODF 1.0 and 1.1 have no version in the manifest: their PUIDs cannot be told apart here
                return m.find() && m.group(1).equals("1.2")
                        ? new Format("OpenDocument Text 1.2", "fmt/291", PRONOM)
                        : null;
            }
        } catch (java.util.zip.ZipException e) {
            return null;
        }
    }

    private static String head(Path file, int bytes) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(bytes), StandardCharsets.ISO_8859_1);
        }
    }
}
