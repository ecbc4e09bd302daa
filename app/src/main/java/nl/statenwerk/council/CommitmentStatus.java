package nl.statenwerk.council;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Where a commitment (toezegging) stands on a given day. */
public enum CommitmentStatus {
    OPEN("open"),
    /** Verlopen: its termijn has passed and it is not settled. */
    OVERDUE("verlopen"),
    SETTLED("afgedaan");

    private final String code;

    CommitmentStatus(String code) {
        this.code = code;
    }

    /** The value in URLs, in Dutch. */
    public String code() {
        return code;
    }

    /** The value of a code; {@code null} for a code that is none. */
    public static @Nullable CommitmentStatus ofCode(@Nullable String code) {
        for (CommitmentStatus value : values()) {
            if (code != null && value.code.equals(code.strip().toLowerCase(java.util.Locale.ROOT))) {
                return value;
            }
        }
        return null;
    }

    /**
     * Settled when the griffie settled it; overdue when its termijn lies before {@code today}; open otherwise, also
     * without a termijn (the overview says "geen termijn" rather than inventing one).
     */
    public static CommitmentStatus of(@Nullable FollowUpStatus followUp, @Nullable LocalDate dueDate, LocalDate today) {
        if (followUp == FollowUpStatus.SETTLED) {
            return SETTLED;
        }
        return dueDate != null && dueDate.isBefore(today) ? OVERDUE : OPEN;
    }
}
