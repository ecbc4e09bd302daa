package nl.statenwerk.council;

import org.jspecify.annotations.Nullable;

/**
 * One member's choice in a vote.
 *
 * <p>{@link #code()} is the value in the ODS Open Raadsinformatie standard, {@code null} where it has none.
 */
public enum VoteChoice implements StandardCoded {
    FOR("voor"),
    AGAINST("tegen"),
    ABSENT("afwezig"),
    ABSTAIN("onthouden");

    private final @Nullable String code;

    VoteChoice(@Nullable String code) {
        this.code = code;
    }

    @Override
    public @Nullable String code() {
        return code;
    }
}
