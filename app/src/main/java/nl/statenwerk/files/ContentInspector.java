package nl.statenwerk.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

/** The checks on staged content before it may enter the store: its real type, and whether a PDF can be opened. */
final class ContentInspector {

    static final String PDF = "application/pdf";

    /** What the checks found out about acceptable content. */
    record Inspection(String mimeType, @Nullable Integer pageCount, List<String> warnings) {}

    private final Tika tika = new Tika();
    private final MediaTypeRegistry registry = MimeTypes.getDefaultMimeTypes().getMediaTypeRegistry();

    Inspection inspect(Path file, long size, @Nullable String declaredMimeType, @Nullable String fileName)
            throws FileRejectedException, IOException {
        if (size == 0) {
            throw new FileRejectedException(Reason.EMPTY, fileName);
        }
        String detected = detect(file, fileName);
        List<String> warnings = new ArrayList<>();
        String declared = normalize(declaredMimeType);
        if (declared != null && !declared.equals(detected)) {
            warnings.add("Declared mime type " + declaredMimeType + " does not match the detected " + detected
                    + "; using " + detected);
        }
        Integer pageCount = detected.equals(PDF) ? pdfPageCount(file) : null;
        return new Inspection(detected, pageCount, warnings);
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
            return pages;
        } catch (InvalidPasswordException e) {
            throw new FileRejectedException(Reason.ENCRYPTED, null, e);
        } catch (IOException | RuntimeException e) {
            throw new FileRejectedException(Reason.CORRUPT_PDF, e.getMessage(), e);
        }
    }
}
