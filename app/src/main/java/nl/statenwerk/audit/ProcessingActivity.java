package nl.statenwerk.audit;

/**
 * A processing activity (verwerkingsactiviteit) of the register of processing activities (AVG art. 30), with its
 * legal basis (grondslag) and purpose (doelbinding). The entry keeps both, so it still says on what grounds it was
 * done after the register changes. The constants are this application's register; docs/audit.md explains them, and
 * the province's privacy officer (FG) confirms them for an installation.
 *
 * @param id a URI, as the standard's {@code dpl.core.processing_activity_id} asks
 * @param legalBasis the grounds and the purpose, in Dutch, e.g. {@code Woo art. 3.1; actieve openbaarmaking}
 */
public record ProcessingActivity(String id, String legalBasis) {

    private static final String PREFIX = "urn:statenwerk:verwerkingsactiviteit:";

    /** Importing the stukkenstroom from a source (ODS-ORI, OParl) to publish it. */
    public static final ProcessingActivity IMPORT = new ProcessingActivity(
            PREFIX + "import",
            "Woo art. 3.1 en 3.3 (actieve openbaarmaking van stukken van Provinciale Staten); AVG art. 6 lid 1 sub e");

    /** Keeping the published stukkenstroom and its files, and the search index over them. */
    public static final ProcessingActivity PUBLICATION = new ProcessingActivity(
            PREFIX + "publicatie",
            "Woo art. 3.1 (actieve openbaarmaking); Provinciewet art. 23 (openbaarheid vergaderingen); AVG art. 6 lid 1 sub e");

    /** A user's account, saved searches, alerts and dossiers: the service the user asked for. */
    public static final ProcessingActivity USER_SERVICES = new ProcessingActivity(
            PREFIX + "gebruikersdiensten",
            "AVG art. 6 lid 1 sub b (dienst op verzoek van de gebruiker: account, zoekopdrachten, attenderingen, dossiers)");

    /**
     * Reading information that is not public (a vertrouwelijkheidsaanduiding other than openbaar), e.g. by the
     * griffie or by members under secrecy.
     */
    public static final ProcessingActivity CONFIDENTIAL_ACCESS = new ProcessingActivity(
            PREFIX + "inzage-niet-openbaar",
            "Provinciewet art. 25 en 55 (geheimhouding); Woo art. 5.1; inzage alleen voor wie dat voor zijn taak nodig heeft");

    /** Managing the application: imports started by the griffie, reading their reports, rebuilding the index. */
    public static final ProcessingActivity ADMINISTRATION = new ProcessingActivity(
            PREFIX + "beheer",
            "AVG art. 32 (beveiliging en beheer van de verwerking); Archiefwet 1995 art. 3 (goede, geordende staat)");

    /**
     * Working together in the workspaces of fracties, committees, the presidium and PS: the documents members upload,
     * change, share and read there.
     */
    public static final ProcessingActivity WORKSPACES = new ProcessingActivity(
            PREFIX + "werkruimtes",
            "Provinciewet art. 33 (ondersteuning van fracties) en art. 104 (griffie); AVG art. 6 lid 1 sub e");

    /** Checking and exporting this audit log itself. */
    public static final ProcessingActivity AUDIT = new ProcessingActivity(
            PREFIX + "verantwoording",
            "AVG art. 5 lid 2 (verantwoordingsplicht) en art. 32 (beveiliging); BIO 12.4 (logging)");

    public ProcessingActivity {
        id = AuditEvent.require(id, "processing activity id", 300);
        legalBasis = AuditEvent.require(legalBasis, "legal basis", 500);
    }
}
