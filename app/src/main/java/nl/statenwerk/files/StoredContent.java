package nl.statenwerk.files;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Content as stored: its address, size, detected type, page count (PDF) and warnings for the import report. */
public record StoredContent(
        String sha256, long size, String mimeType, @Nullable Integer pageCount, List<String> warnings) {}
