package nl.statenwerk.council;

import org.jspecify.annotations.Nullable;

/**
 * What kind of organisation: fractie, commissie, Gedeputeerde Staten...
 *
 * <p>{@link #code()} is the value in the ODS Open Raadsinformatie standard, {@code null} where it has none.
 */
public enum OrganizationClassification implements StandardCoded {
    FRACTIE("fractie"),
    COMMISSIE("commissie"),
    PROVINCIALE_STATEN("provinciale_staten"),
    GEDEPUTEERDE_STATEN("gedeputeerde_staten"),
    PRESIDIUM("presidium"),
    GRIFFIE("griffie"),
    WERKGROEP("werkgroep"),
    OTHER(null);

    private final @Nullable String code;

    OrganizationClassification(@Nullable String code) {
        this.code = code;
    }

    @Override
    public @Nullable String code() {
        return code;
    }
}
