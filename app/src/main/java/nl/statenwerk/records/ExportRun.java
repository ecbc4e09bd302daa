package nl.statenwerk.records;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One export to the e-Depot started by the griffie, and how it went.
 *
 * @param requestedBy who asked for it, as the audit log names actors ({@code account:<id>})
 * @param directory where the SIP was written, once done
 * @param summary what the SIP holds, once done
 * @param error why no SIP was written, when failed
 */
public record ExportRun(
        UUID id,
        @Nullable String body,
        @Nullable LocalDate periodFrom,
        @Nullable LocalDate periodTo,
        String requestedBy,
        Status status,
        OffsetDateTime requestedAt,
        @Nullable OffsetDateTime finishedAt,
        @Nullable String directory,
        @Nullable String summary,
        @Nullable String error) {

    public enum Status {
        QUEUED,
        RUNNING,
        DONE,
        FAILED
    }
}
