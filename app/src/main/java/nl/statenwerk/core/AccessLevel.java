package nl.statenwerk.core;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Who may read a paper or file, after the Provinciewet and the Staten's own rules.
 *
 * <p>Sources mark confidentiality with a {@code vertrouwelijkheidsaanduiding} (ODS-ORI, RGBZ). Absent or {@code
 * openbaar} is {@link #PUBLIC}; {@code beperkt_openbaar}, {@code intern}, {@code zaakvertrouwelijk} and {@code
 * vertrouwelijk} are {@link #CLOSED} (besloten: the members of the body); {@code confidentieel}, {@code geheim} and
 * {@code zeer_geheim} are {@link #SECRET} (geheimhouding: named persons only). {@code fractie_intern} (also written
 * {@code fractie-intern} or {@code fractievertrouwelijk}) is {@link #FRACTION_INTERNAL}. A value we do not know is
 * {@link #SECRET}: unknown values fail closed, to the strictest level.
 */
public enum AccessLevel {
    /** Openbaar: everyone, signed in or not. */
    PUBLIC("openbaar"),
    /** Besloten: the members of the body (Staten, committee members, gedeputeerden) and the griffie. */
    CLOSED("besloten"),
    /** Geheim: the persons named on the paper and the griffie; every download watermarked, no bulk export. */
    SECRET("geheim"),
    /** Fractie-intern: the members and staff of the owning fractie. */
    FRACTION_INTERNAL("fractie-intern");

    private final String code;

    AccessLevel(String code) {
        this.code = code;
    }

    /** The Dutch name of the level, as shown and as accepted back. */
    public String code() {
        return code;
    }

    public static AccessLevel of(@Nullable String vertrouwelijkheidsaanduiding) {
        if (vertrouwelijkheidsaanduiding == null || vertrouwelijkheidsaanduiding.isBlank()) {
            return PUBLIC;
        }
        String value = vertrouwelijkheidsaanduiding
                .strip()
                .toLowerCase(Locale.ROOT)
                .replace('-', '_')
                .replace(' ', '_');
        return switch (value) {
            case "openbaar" -> PUBLIC;
            case "besloten", "beperkt_openbaar", "intern", "zaakvertrouwelijk", "vertrouwelijk" -> CLOSED;
            case "fractie_intern", "fractievertrouwelijk" -> FRACTION_INTERNAL;
            default -> SECRET;
        };
    }
}
