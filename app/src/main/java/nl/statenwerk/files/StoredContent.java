package nl.statenwerk.files;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Content that passed the checks and is in the store.
 *
 * @param sha256 the SHA-256 of the content, lowercase hex: its address in the store
 * @param size the size in bytes
 * @param mimeType the detected mime type, without parameters
 * @param pageCount the number of pages of a PDF; {@code null} for other types
 * @param warnings what was odd but not reason to reject, e.g. a declared mime type that does not match the detected
 *     one
 */
public record StoredContent(
        String sha256, long size, String mimeType, @Nullable Integer pageCount, List<String> warnings) {

    public StoredContent {
        warnings = List.copyOf(warnings);
    }
}
