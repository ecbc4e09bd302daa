package nl.statenwerk.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import nl.statenwerk.files.FileRejectedException.Reason;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.tika.Tika;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.jspecify.annotations.Nullable;

/**
 * The checks on staged content before it may enter the store: its real type, whether a PDF can be opened, and what no
 * content may be, from an import or an upload: a program or script, a PDF with JavaScript or launch actions, an
 * archive (zip, Office, OpenDocument) that unpacks to too much. An upload by a user is held to more: its content must
 * be of a type on {@link #UPLOADABLE} and its file name's extension must fit that content.
 */
final class ContentInspector {

    static final String PDF = "application/pdf";

    /** What a user may upload (ASVS 12.1): documents, images, text and zip; judged on the content, not the name. */
    static final Set<String> UPLOADABLE = Set.of(
            PDF,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text",
            "image/png",
            "image/jpeg",
            "text/plain",
            "text/csv",
            "application/zip");

    /** Programs and scripts, never stored. */
    private static final Set<String> EXECUTABLE = Set.of(
            "application/x-msdownload",
            "application/x-dosexec",
            "application/x-executable",
            "application/x-elf",
            "application/x-sharedlib",
            "application/x-mach-o-executable",
            "application/x-msi",
            "application/x-ms-installer",
            "application/java-archive",
            "application/java-vm",
            "application/x-sh",
            "application/x-bat",
            "application/x-csh",
            "application/javascript",
            "text/javascript",
            "application/x-httpd-php",
            "text/x-php",
            "text/x-python",
            "text/x-perl",
            "application/x-powershell",
            "text/x-vbscript",
            "application/hta");

    /** Markup a browser runs script in; checked for script wherever it comes from. */
    private static final Set<String> MARKUP = Set.of("text/html", "application/xhtml+xml", "image/svg+xml");

    private static final Pattern SCRIPT = Pattern.compile(
            "<script|javascript:|<[a-z][^>]{0,2000}\\son[a-z]+\\s*=|<iframe|<object|<embed|<foreignobject",
            Pattern.CASE_INSENSITIVE);

    private static final Set<String> CONTAINERS = Set.of(
            "application/zip",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text",
            "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation",
            "application/epub+zip");

    /** How much markup is read to look for script: a script tag past the first megabytes still runs, so all of it. */
    private static final int MAX_MARKUP_SCAN = 64 * 1024 * 1024;

    /** What the checks found out about acceptable content. */
    record Inspection(String mimeType, @Nullable Integer pageCount, List<String> warnings) {}

    private final Tika tika = new Tika();
    private final MediaTypeRegistry registry = MimeTypes.getDefaultMimeTypes().getMediaTypeRegistry();
    private final ArchiveCheck archives;

    ContentInspector(ArchiveCheck archives) {
        this.archives = archives;
    }

    Inspection inspect(Path file, long size, @Nullable String declaredMimeType, @Nullable String fileName)
            throws FileRejectedException, IOException {
        return inspect(file, size, declaredMimeType, fileName, false);
    }

    /**
     * @param upload whether a user uploads it: then only {@link #UPLOADABLE} content is accepted, under a name whose
     *     extension fits it
     */
    Inspection inspect(
            Path file, long size, @Nullable String declaredMimeType, @Nullable String fileName, boolean upload)
            throws FileRejectedException, IOException {
        if (size == 0) {
            throw new FileRejectedException(Reason.EMPTY, fileName);
        }
        String detected = detect(file, fileName);
        if (EXECUTABLE.contains(detected) || detected.startsWith("application/x-mach-o")) {
            throw new FileRejectedException(Reason.EXECUTABLE, detected);
        }
        if (MARKUP.contains(detected) && containsScript(file)) {
            throw new FileRejectedException(Reason.ACTIVE_CONTENT, detected);
        }
        if (upload) {
            if (!UPLOADABLE.contains(detected)) {
                throw new FileRejectedException(Reason.TYPE_NOT_ALLOWED, detected);
            }
            checkName(detected, fileName);
        }
        if (CONTAINERS.contains(detected) || ArchiveCheck.looksLikeZip(file)) {
            archives.check(file);
        }
        List<String> warnings = new ArrayList<>();
        String declared = normalize(declaredMimeType);
        if (declared != null && !declared.equals(detected)) {
            warnings.add("Declared mime type " + declaredMimeType + " does not match the detected " + detected
                    + "; using " + detected);
        }
        Integer pageCount = detected.equals(PDF) ? pdfPageCount(file) : null;
        return new Inspection(detected, pageCount, warnings);
    }

    /**
     * The extension must name the content's type or a type the content is a kind of (a {@code .txt} may hold CSV); an
     * unknown extension says nothing. A program renamed {@code .pdf} never gets here: its content is refused first.
     */
    private void checkName(String detected, @Nullable String fileName) throws FileRejectedException {
        if (fileName == null || fileName.lastIndexOf('.') < 0) {
            return;
        }
        MediaType byName = MediaType.parse(tika.detect(fileName));
        MediaType byContent = MediaType.parse(detected);
        if (byName == null || byContent == null || byName.equals(MediaType.OCTET_STREAM)) {
            return;
        }
        MediaType name = registry.normalize(byName).getBaseType();
        if (name.equals(byContent)
                || registry.isSpecializationOf(byContent, name)
                || registry.isSpecializationOf(name, byContent)) {
            return;
        }
        throw new FileRejectedException(Reason.NAME_MISMATCH, fileName + " / " + detected);
    }

    private static boolean containsScript(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_MARKUP_SCAN);
            // ISO-8859-1 maps every byte to one char, so UTF-8 markup's ASCII tags are found as they are
            return SCRIPT.matcher(new String(bytes, StandardCharsets.ISO_8859_1))
                    .find();
        }
    }

    private String detect(Path file, @Nullable String fileName) throws IOException {
        Metadata metadata = new Metadata();
        if (fileName != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        try (InputStream in = TikaInputStream.get(Files.newInputStream(file))) {
            String type = tika.detect(in, metadata);
            return MediaType.parse(type).getBaseType().toString();
        }
    }

    private @Nullable String normalize(@Nullable String mimeType) {
        if (mimeType == null || mimeType.isBlank()) {
            return null;
        }
        MediaType type = MediaType.parse(mimeType.strip().toLowerCase(Locale.ROOT));
        if (type == null) {
            return mimeType.strip().toLowerCase(Locale.ROOT);
        }
        // Aliases such as application/x-pdf name the same type; they are no mismatch.
        return registry.normalize(type).getBaseType().toString();
    }

    private static int pdfPageCount(Path file) throws FileRejectedException {
        // Loading with the empty password opens PDFs that only have an owner password (restricting printing or
        // copying): their text is readable, so they are fine. A user password is what makes a PDF unreadable.
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            int pages = document.getNumberOfPages();
            if (pages == 0) {
                throw new FileRejectedException(Reason.NO_PAGES, null);
            }
            String action = PdfActions.find(document);
            if (action != null) {
                throw new FileRejectedException(Reason.PDF_ACTION, action);
            }
            return pages;
        } catch (InvalidPasswordException e) {
            throw new FileRejectedException(Reason.ENCRYPTED, null, e);

        } catch (IOException | RuntimeException e) {
            throw new FileRejectedException(Reason.CORRUPT_PDF, e.getMessage(), e);
        }
    }
}
