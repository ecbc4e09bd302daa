package nl.statenwerk.records;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Writes MDTO 1.0.1 sidecars: an {@code informatieobject} per paper and meeting, a {@code bestand} per file. The value
 * lists are MDTO's own (begrippenlijsten of the Nationaal Archief) where MDTO has one; see docs/records.md for where
 * each field comes from.
 */
final class MdtoWriter {

    static final String NAMESPACE = "https://www.nationaalarchief.nl/mdto";
    private static final String SCHEMA_LOCATION = NAMESPACE + " https://www.nationaalarchief.nl/mdto/MDTO-XML1.0.1.xsd";
    // xs:dateTime needs the seconds, which LocalDateTime.toString() leaves out when they are zero
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
    private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*");

    /** The source of our identifiers (identificatieBron). */
    static final String SOURCE = "Statenwerk";

    /** A reference to another object: its name and, where known, its identifier in {@link #SOURCE}. */
    record Reference(String name, @Nullable String id) {}

    /**
     * What an {@code informatieobject} says.
     *
     * @param sourceId the object's identity at the system it was imported from, a second identificatie
     * @param aggregation the MDTO aggregatieniveau: {@code Archiefstuk} for a paper, {@code Dossier} for a meeting
     * @param coverageLabel what the dates cover, e.g. {@code Datum stuk}
     * @param closed the day the record was closed, from which its retention period runs
     * @param restriction {@code null} when public, else why it is not (the vertrouwelijkheidsaanduiding)
     */
    record InformationObject(
            String id,
            @Nullable String sourceId,
            String name,
            String aggregation,
            @Nullable String description,
            @Nullable String language,
            @Nullable String coverageLabel,
            @Nullable LocalDate closed,
            RetentionCategory category,
            String selectionList,
            Archiefvormer archiefvormer,
            @Nullable String restriction,
            List<Reference> representations,
            List<Reference> additionalMetadata) {}

    /** What a {@code bestand} says. */
    record FileObject(
            String id,
            String name,
            long size,
            Pronom.Format format,
            String sha256,
            LocalDateTime checksumDate,
            Reference representationOf) {}

    private MdtoWriter() {}

    static byte[] informationObject(InformationObject io) {
        Xml xml = new Xml("MDTO", NAMESPACE, SCHEMA_LOCATION).start("informatieobject");
        identification(xml, io.id(), SOURCE);
        if (io.sourceId() != null) {
            identification(xml, io.sourceId(), "Bron (ODS-ORI of OParl)");
        }
        xml.leaf("naam", io.name());
        concept(xml, "aggregatieniveau", io.aggregation(), null, "Begrippenlijst Aggregatieniveaus MDTO");
        xml.leaf("omschrijving", io.description());
        if (io.closed() != null && io.coverageLabel() != null) {
            xml.start("dekkingInTijd");
            concept(xml, "dekkingInTijdType", io.coverageLabel(), null, "Statenwerk dekking in tijd");
            xml.leaf("dekkingInTijdBegindatum", io.closed()).end();
        }
        if (io.language() != null && LANGUAGE.matcher(io.language()).matches()) {
            xml.leaf("taal", io.language());
        }
        RetentionCategory category = io.category();
        concept(
                xml,
                "waardering",
                category.appraisal().label(),
                category.appraisal().code(),
                "Begrippenlijst Waarderingen MDTO");
        if (category.retention() != null) {
            xml.start("bewaartermijn");
            if (io.closed() != null) {
                xml.leaf("termijnStartdatumLooptijd", io.closed());
            }
            xml.leaf("termijnLooptijd", category.retention().toString());
            if (io.closed() != null) {
                xml.leaf(
                        "termijnEinddatum", category.destructionDue(io.closed()).orElseThrow());
            }
            xml.end();
        }
        concept(xml, "informatiecategorie", category.name(), category.code(), io.selectionList());
        for (Reference r : io.representations()) {
            reference(xml, "heeftRepresentatie", r);
        }
        for (Reference r : io.additionalMetadata()) {
            reference(xml, "aanvullendeMetagegevens", r);
        }
        Archiefvormer creator = io.archiefvormer();
        xml.start("archiefvormer").leaf("verwijzingNaam", creator.name());
        if (creator.tooiCode() != null) {
            xml.start("verwijzingIdentificatie")
                    .leaf("identificatieKenmerk", creator.tooiCode())
                    .leaf("identificatieBron", Archiefvormer.TOOI_REGISTER)
                    .end();
        }
        xml.end();
        xml.start("beperkingGebruik");
        if (io.restriction() == null) {
            concept(xml, "beperkingGebruikType", "Geen beperking", null, "Begrippenlijst BeperkingGebruikType MDTO");
        } else {
            // "Overig": the restriction is known and described, it is just not one of MDTO's types
            concept(xml, "beperkingGebruikType", "Overig", null, "Begrippenlijst BeperkingGebruikType MDTO");
            xml.leaf(
                    "beperkingGebruikNadereBeschrijving",
                    "Niet openbaar: vertrouwelijkheidsaanduiding '" + io.restriction()
                            + "' van de bron (geheimhouding, Provinciewet art. 25 en 55; Woo art. 5.1)");
        }
        xml.end();
        return xml.end().finish();
    }

    static byte[] file(FileObject file) {
        Xml xml = new Xml("MDTO", NAMESPACE, SCHEMA_LOCATION).start("bestand");
        identification(xml, file.id(), SOURCE);
        xml.leaf("naam", file.name()).leaf("omvang", file.size());
        concept(
                xml,
                "bestandsformaat",
                file.format().label(),
                file.format().code(),
                file.format().list());
        xml.start("checksum");
        concept(xml, "checksumAlgoritme", "SHA-256", null, "Begrippenlijst ChecksumAlgoritme MDTO");
        xml.leaf("checksumWaarde", file.sha256())
                .leaf("checksumDatum", SECONDS.format(file.checksumDate()))
                .end();
        reference(xml, "isRepresentatieVan", file.representationOf());
        return xml.end().finish();
    }

    private static void identification(Xml xml, String id, String source) {
        xml.start("identificatie")
                .leaf("identificatieKenmerk", id)
                .leaf("identificatieBron", source)
                .end();
    }

    private static void concept(Xml xml, String element, String label, @Nullable String code, String list) {
        xml.start(element)
                .leaf("begripLabel", label)
                .leaf("begripCode", code)
                .start("begripBegrippenlijst")
                .leaf("verwijzingNaam", list)
                .end()
                .end();
    }

    private static void reference(Xml xml, String element, Reference r) {
        xml.start(element).leaf("verwijzingNaam", r.name());
        if (r.id() != null) {
            xml.start("verwijzingIdentificatie")
                    .leaf("identificatieKenmerk", r.id())
                    .leaf("identificatieBron", SOURCE)
                    .end();
        }
        xml.end();
    }
}
