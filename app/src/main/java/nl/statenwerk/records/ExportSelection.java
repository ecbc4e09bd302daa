package nl.statenwerk.records;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Which records to transfer.
 *
 * @param body a body's id, code, short name or name; {@code null} for every body
 * @param from only records dated on or after this day; {@code null} for no lower bound
 * @param to only records dated on or before this day; {@code null} for no upper bound
 */
public record ExportSelection(
        @Nullable String body,
        @Nullable LocalDate from,
        @Nullable LocalDate to) {

    public static final ExportSelection ALL = new ExportSelection(null, null, null);

    public ExportSelection {
        body = body == null || body.isBlank() ? null : body.strip();
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends (" + to + ") before it begins (" + from + ")");
        }
    }

    boolean covers(@Nullable LocalDate date) {
        if (date == null) {
            // an undated record belongs to no period: only a selection without one takes it
            return from == null && to == null;
        }
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }
}
