package nl.statenwerk.council;

import org.jspecify.annotations.Nullable;

/**
 * The kind of paper (stuk).
 *
 * <p>{@link #code()} is the value in the ODS Open Raadsinformatie standard, {@code null} where it has none.
 */
public enum PaperType implements StandardCoded {
    STATENVOORSTEL("voorstel"),
    MOTIE("motie"),
    AMENDEMENT("amendement"),
    VRAGEN("vraag"),
    ANTWOORD("antwoord"),
    INGEKOMEN_STUK("ingekomen_stuk"),
    MEDEDELING("mededeling"),
    TOEZEGGING("toezegging"),
    BESLUITVORMINGSSTUK("besluitvormingsstuk"),
    BESLUITENLIJST(null),
    VERSLAG(null),
    OTHER(null);

    private final @Nullable String code;

    PaperType(@Nullable String code) {
        this.code = code;
    }

    @Override
    public @Nullable String code() {
        return code;
    }
}
