package nl.statenwerk.council;

import org.jspecify.annotations.Nullable;

/**
 * Whether a meeting is planned, held or cancelled.
 *
 * <p>{@link #code()} is the value in the ODS Open Raadsinformatie standard, {@code null} where it has none.
 */
public enum MeetingState implements StandardCoded {
    PLANNED("gepland"),
    HELD("gehouden"),
    CANCELLED("geannuleerd");

    private final @Nullable String code;

    MeetingState(@Nullable String code) {
        this.code = code;
    }

    @Override
    public @Nullable String code() {
        return code;
    }
}
