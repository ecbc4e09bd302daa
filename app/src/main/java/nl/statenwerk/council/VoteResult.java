package nl.statenwerk.council;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of a vote.
 *
 * <p>{@link #code()} is the value in the ODS Open Raadsinformatie standard, {@code null} where it has none.
 */
public enum VoteResult implements StandardCoded {
    ADOPTED("voor"),
    REJECTED("tegen"),
    TIED("gelijk");

    private final @Nullable String code;

    VoteResult(@Nullable String code) {
        this.code = code;
    }

    @Override
    public @Nullable String code() {
        return code;
    }
}
