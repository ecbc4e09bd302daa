package nl.statenwerk.council;

import org.jspecify.annotations.Nullable;

/**
 * The kind of meeting.
 *
 * <p>{@link #code()} is the value in the ODS Open Raadsinformatie standard, {@code null} where it has none.
 */
public enum MeetingType implements StandardCoded {
    STATENVERGADERING("statenvergadering"),
    COMMISSIEVERGADERING("commissievergadering"),
    BEELDVORMENDE_SESSIE(null),
    PRESIDIUM("presidium"),
    RAADSVERGADERING("raadsvergadering"),
    ALGEMENE_BESTUURSVERGADERING("algemene_bestuursvergadering"),
    OTHER(null);

    private final @Nullable String code;

    MeetingType(@Nullable String code) {
        this.code = code;
    }

    @Override
    public @Nullable String code() {
        return code;
    }
}
