package nl.statenwerk.core;

import org.jspecify.annotations.Nullable;

/**
 * The rule that decides what may appear on a public surface.
 *
 * <p>Sources mark confidentiality with a {@code vertrouwelijkheidsaanduiding} (ODS-ORI, RGBZ): absent or
 * {@code openbaar} means public; any other value (beperkt_openbaar, intern, zaakvertrouwelijk, vertrouwelijk,
 * confidentieel, geheim, zeer_geheim, or a value we do not know) means not public. Unknown values fail closed. Who, then, may
 * read it: {@link AccessLevel}.
 */
public final class Confidentiality {

    private Confidentiality() {}

    public static boolean isPublic(@Nullable String vertrouwelijkheidsaanduiding) {
        return AccessLevel.of(vertrouwelijkheidsaanduiding) == AccessLevel.PUBLIC;
    }
}
