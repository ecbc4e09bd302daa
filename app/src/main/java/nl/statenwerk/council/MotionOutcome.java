package nl.statenwerk.council;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** What became of a motion (motie) in the Staten. */
public enum MotionOutcome {
    ADOPTED("aangenomen"),
    REJECTED("verworpen"),
    /** Staken der stemmen: a tie, which the Provinciewet (art. 32) settles by a new vote or rejection. */
    TIED("staken"),
    /** Ingetrokken by its submitters. */
    WITHDRAWN("ingetrokken"),
    /** Aangehouden: held back by its submitters, to be voted on later. */
    HELD("aangehouden"),
    /** Nog niet behandeld: no vote or decision yet. */
    PENDING("niet_behandeld");

    private final String code;

    MotionOutcome(String code) {
        this.code = code;
    }

    /** The value in URLs and the griffie's API, in Dutch. */
    public String code() {
        return code;
    }

    /** The value of a code; {@code null} for a code that is none. */
    public static @Nullable MotionOutcome ofCode(@Nullable String code) {
        for (MotionOutcome value : values()) {
            if (code != null && value.code.equals(code.strip().toLowerCase(Locale.ROOT))) {
                return value;
            }
        }
        return null;
    }

    /**
     * The outcome from what the source recorded: the decision's result text first, as it also names withdrawn and
     * held motions, which have no vote; then the vote's result; pending when there is neither.
     *
     * @param decisionResult the besluitresultaat of the motion's latest decision, free text ("Aangenomen",
     *     "Verworpen", "Staken van stemmen", "Ingetrokken", "Aangehouden")
     * @param voteResult the result of the motion's latest vote
     */
    public static MotionOutcome of(@Nullable String decisionResult, @Nullable VoteResult voteResult) {
        String d = decisionResult == null ? "" : decisionResult.toLowerCase(Locale.ROOT);
        // withdrawn and held before adopted: "ingetrokken, niet aangenomen" is withdrawn
        if (d.contains("ingetrokken")) {
            return WITHDRAWN;
        }
        if (d.contains("aangehouden")) {
            return HELD;
        }
        if (d.contains("staken") || d.contains("staking")) {
            return TIED;
        }
        if (d.contains("verworpen")) {
            return REJECTED;
        }
        if (d.contains("aangenomen")) {
            return ADOPTED;
        }
        if (voteResult != null) {
            return switch (voteResult) {
                case ADOPTED -> ADOPTED;
                case REJECTED -> REJECTED;
                case TIED -> TIED;
            };
        }
        return PENDING;
    }
}
