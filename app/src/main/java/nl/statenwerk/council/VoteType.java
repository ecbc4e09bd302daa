package nl.statenwerk.council;

import org.jspecify.annotations.Nullable;

/**
 * How a vote was taken: regulier (by fractie), hoofdelijk (roll call) or schriftelijk (in writing).
 *
 * <p>{@link #code()} is the value in the ODS Open Raadsinformatie standard, {@code null} where it has none.
 */
public enum VoteType implements StandardCoded {
    REGULIER("regulier"),
    HOOFDELIJK("hoofdelijk"),
    SCHRIFTELIJK("schriftelijk");

    private final @Nullable String code;

    VoteType(@Nullable String code) {
        this.code = code;
    }

    @Override
    public @Nullable String code() {
        return code;
    }
}
