package nl.statenwerk.council;

import org.jspecify.annotations.Nullable;

/**
 * What kind of body this is.
 *
 * <p>{@link #code()} is the value in the ODS Open Raadsinformatie standard, {@code null} where it has none.
 */
public enum BodyClassification implements StandardCoded {
    PROVINCIE("provincie"),
    GEMEENTE("gemeente"),
    WATERSCHAP("waterschap"),
    PARLEMENT("parlement"),
    OTHER(null);

    private final @Nullable String code;

    BodyClassification(@Nullable String code) {
        this.code = code;
    }

    @Override
    public @Nullable String code() {
        return code;
    }
}
