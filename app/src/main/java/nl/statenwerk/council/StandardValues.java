package nl.statenwerk.council;

import java.util.Map;
import java.util.Set;

/**
 * Value lists of the ODS Open Raadsinformatie standard that the domain keeps as text, because they describe the
 * source rather than drive our logic. Import checks values against them; the API only sends values from them.
 */
public final class StandardValues {

    /** {@code Provincie}: code → the province's name. */
    public static final Map<String, String> PROVINCES = Map.ofEntries(
            Map.entry("drenthe", "Drenthe"),
            Map.entry("groningen", "Groningen"),
            // the standard spells Overijssel with one s
            Map.entry("overijsel", "Overijssel"),
            Map.entry("flevoland", "Flevoland"),
            Map.entry("friesland", "Fryslân"),
            Map.entry("gelderland", "Gelderland"),
            Map.entry("utrecht", "Utrecht"),
            Map.entry("noord_holland", "Noord-Holland"),
            Map.entry("zuid_holland", "Zuid-Holland"),
            Map.entry("zeeland", "Zeeland"),
            Map.entry("noord_brabant", "Noord-Brabant"),
            Map.entry("limburg", "Limburg"));

    /** {@code Functie} of a natuurlijk persoon. */
    public static final Set<String> FUNCTIONS = Set.of(
            "burgemeester",
            "wethouder",
            "raadslid",
            "burgerlid",
            "griffier",
            "gemeentesecretaris",
            "ambtenaar_of_medewerker",
            "adviseur_of_deskundige",
            "overig",
            "commissaris_van_de_koning",
            "gedeputeerde",
            "statenlid",
            "provinciesecretaris",
            "dijkgraaf",
            "dagelijks_bestuurslid",
            "algemeen_bestuurslid",
            "secretarisdirecteur");

    /** {@code Geslacht}. */
    public static final Set<String> GENDERS = Set.of("man", "vrouw", "anders", "onbekend");

    /** {@code RolNaam} of an aanwezige deelnemer. */
    public static final Set<String> ATTENDANCE_ROLES = Set.of(
            "voorzitter",
            "vice_voorzitter",
            "raadslid",
            "inspreker",
            "overig",
            "portefeuillehouder",
            "statenlid",
            "dagelijks_bestuurslid",
            "algemeen_bestuurslid",
            "griffier");

    /** {@code MotieType}. */
    public static final Set<String> MOTION_TYPES =
            Set.of("voorstel", "afkeuring", "treurnis", "wantrouwen", "vreemd", "overig");

    /** {@code VraagType}. */
    public static final Set<String> QUESTION_TYPES =
            Set.of("technische_vraag", "mondelinge_politieke_vraag", "schriftelijke_politieke_vraag");

    private StandardValues() {}
}
