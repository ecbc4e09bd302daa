package nl.statenwerk.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/**
 * One processing (dataverwerking) for the audit log, with the fields of the standard Logboek Dataverwerkingen: see
 * docs/audit.md for the mapping. Build one with {@link AuditContext#event} inside a processing, or with the canonical
 * constructor. Times are kept to the microsecond; an outcome longer than 2000 characters is cut.
 *
 * @param traceId 16 bytes as 32 lowercase hex digits: the whole processing (an import run, a request)
 * @param spanId 8 bytes as 16 lowercase hex digits: this action within it
 * @param parentSpanId the action that caused this one within the same trace, if any
 * @param name the operation, e.g. {@code paper-gewijzigd}, {@code import}, {@code bestand-gelezen}
 * @param status the technical status: {@code ERROR} only when the processing failed inside the system
 * @param outcome what came of it, e.g. {@code aangemaakt}, {@code 12 nieuw, 3 bijgewerkt}, {@code geweigerd}
 */
public record AuditEvent(
        String traceId,
        String spanId,
        @Nullable String parentSpanId,
        String name,
        Instant startTime,
        Instant endTime,
        Status status,
        Actor actor,
        ProcessingActivity activity,
        @Nullable Subject subject,
        @Nullable Client client,
        @Nullable String outcome) {

    /** The standard's span status. */
    public enum Status {
        UNSET,
        OK,
        ERROR
    }

    public AuditEvent {
        traceId = hex(traceId, 32, "trace id");
        spanId = hex(spanId, 16, "span id");
        parentSpanId = parentSpanId == null ? null : hex(parentSpanId, 16, "parent span id");
        name = require(name, "name", 200);
        startTime = startTime.truncatedTo(ChronoUnit.MICROS);
        endTime = endTime.truncatedTo(ChronoUnit.MICROS);
        if (endTime.isBefore(startTime)) {
            throw new IllegalArgumentException("end time before start time");
        }
        // the standard asks that logging never fails on content: a long outcome is cut, not refused
        outcome = outcome == null || outcome.isBlank()
                ? null
                : outcome.length() > 2000 ? outcome.substring(0, 1999) + "…" : outcome;
    }

    /** A new random trace id. */
    public static String newTraceId() {
        return randomHex(16);
    }

    /** A new random span id. */
    public static String newSpanId() {
        return randomHex(8);
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        random[0] |= 1; // the standard, as W3C trace context, treats all zeros as invalid
        return HexFormat.of().formatHex(random);
    }

    private static String hex(String value, int length, String what) {
        if (value.length() != length
                || !value.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            throw new IllegalArgumentException(what + " must be " + length + " lowercase hex digits: " + value);
        }
        return value;
    }

    static String require(String value, String what, int max) {
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " is blank");
        }
        if (value.length() > max) {
            throw new IllegalArgumentException(what + " longer than " + max + " characters");
        }
        return value;
    }

    static @Nullable String optional(@Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max) {
            throw new IllegalArgumentException("longer than " + max + " characters: " + value.substring(0, 40) + "…");
        }
        return value;
    }
}
