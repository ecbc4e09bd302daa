package nl.statenwerk.records;

import org.jspecify.annotations.Nullable;

/**
 * The archive creator (archiefvormer) of the records: the province, by name and, when configured, its TOOI code.
 *
 * @param tooiCode the code in the TOOI register of provinces, e.g. {@code pv24} for Flevoland; {@code null} when not
 *     configured, then the sidecars name the archiefvormer without an identifier
 */
record Archiefvormer(String name, @Nullable String tooiCode) {

    static final String TOOI_REGISTER = "TOOI register provincies compleet";
    static final String TOOI_SET = "https://identifier.overheid.nl/tooi/set/rwc_provincies_compleet/1";
}
