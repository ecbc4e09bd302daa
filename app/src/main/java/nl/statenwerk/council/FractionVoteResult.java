package nl.statenwerk.council;

import org.jspecify.annotations.Nullable;

/**
 * How a fractie voted as a whole: for, against, or split.
 *
 * <p>{@link #code()} is the value in the ODS Open Raadsinformatie standard, {@code null} where it has none.
 */
public enum FractionVoteResult implements StandardCoded {
    FOR("aangenomen"),
    AGAINST("verworpen"),
    SPLIT("verdeeld");

    private final @Nullable String code;

    FractionVoteResult(@Nullable String code) {
        this.code = code;
    }

    @Override
    public @Nullable String code() {
        return code;
    }
}
