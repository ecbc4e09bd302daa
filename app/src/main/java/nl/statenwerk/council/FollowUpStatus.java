package nl.statenwerk.council;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The griffie's afdoening of an adopted motion or a commitment. */
public enum FollowUpStatus {
    OPEN("open"),
    /** In behandeling: the executive is working on it. */
    IN_PROGRESS("in_behandeling"),
    /** Afgedaan: done, usually by a paper (a brief, a statenvoorstel). */
    SETTLED("afgedaan");

    private final String code;

    FollowUpStatus(String code) {
        this.code = code;
    }

    /** The value in URLs and the griffie's API, in Dutch. */
    public String code() {
        return code;
    }

    /** The value of a code; {@code null} for a code that is none. */
    public static @Nullable FollowUpStatus ofCode(@Nullable String code) {
        for (FollowUpStatus value : values()) {
            if (code != null && value.code.equals(code.strip().toLowerCase(Locale.ROOT))) {
                return value;
            }
        }
        return null;
    }
}
