package nl.statenwerk.records;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of records management.
 *
 * @param archiefvormer the archive creator's name in the MDTO metadata; {@code null} for the name of each record's body
 * @param archiefvormerTooi the province's code in the TOOI register of provinces (e.g. {@code pv24}); {@code null} to
 *     leave the identifier out
 * @param selectielijst the name of the selection list the categories come from, as the archive knows it
 */
@ConfigurationProperties("statenwerk.records")
record RecordsProperties(
        @Nullable String archiefvormer,
        @Nullable String archiefvormerTooi,

        @DefaultValue("Selectielijst Provinciale Staten (voorbeeld Statenwerk)")
        String selectielijst) {}
