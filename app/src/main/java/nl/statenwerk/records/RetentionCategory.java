package nl.statenwerk.records;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One category of the selection list.
 *
 * @param code the category's code in the list
 * @param name what the category holds, in the list's words
 * @param appraisal keep for ever, destroy after the retention period, or not yet decided
 * @param retention how long a record is kept after its closing date; {@code null} when it is kept for ever or
 *     undecided
 * @param basis the selection list and the category in it this follows, as the archive inspector reads it
 */
public record RetentionCategory(
        String code,
        String name,
        Appraisal appraisal,
        @Nullable Period retention,
        String basis) {

    public RetentionCategory {
        if (appraisal == Appraisal.DESTROY && retention == null) {
            throw new IllegalArgumentException(code + ": a category to destroy needs a retention period");
        }
        if (appraisal != Appraisal.DESTROY && retention != null) {
            throw new IllegalArgumentException(code + ": only a category to destroy has a retention period");
        }
    }

    /**
     * The first day a record of this category may be destroyed, counted from the day the record was closed (a
     * paper's date, a meeting's date); empty when it is never destroyed.
     */
    public Optional<LocalDate> destructionDue(LocalDate closed) {
        return retention == null ? Optional.empty() : Optional.of(closed.plus(retention));
    }
}
