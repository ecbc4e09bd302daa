package nl.statenwerk.compliance;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.statenwerk.conformance.ConformanceOverview.BodySummary;
import nl.statenwerk.files.FixityStatus;
import nl.statenwerk.publication.PublicationOverview;
import nl.statenwerk.retention.RetentionCounts;
import nl.statenwerk.woorequests.WooRequest;

/**
 * Everything the compliance dashboard shows.
 *
 * @param date the day the report is for
 * @param publication published and not published per Woo information category, and bodies that cannot publish
 * @param completeness per body, how many public papers have each metadata field filled
 * @param conformance PDF/UA-1 and PDF/A pass rates per body
 * @param retention records due for destruction, on approved lists, held
 * @param transfer per body, records to transfer to the archive (appraisal B, older than the transfer term)
 * @param fixity the last fixity checks
 * @param overdueRequests open Woo requests whose deadline passed, the oldest deadline first
 */
public record ComplianceReport(
        LocalDate date,
        PublicationOverview publication,
        List<Completeness> completeness,
        List<BodySummary> conformance,
        RetentionCounts retention,
        List<Transfer> transfer,
        FixityStatus fixity,
        List<WooRequest> overdueRequests) {

    /** The transfer term of the Archiefwet 2021 (art. 5.2): permanent records go to the archive after 20 years. */
    public static final int TRANSFER_YEARS = 20;

    public ComplianceReport {
        completeness = List.copyOf(completeness);
        conformance = List.copyOf(conformance);
        transfer = List.copyOf(transfer);
        overdueRequests = List.copyOf(overdueRequests);
    }

    /**
     * The metadata of a body's public papers (not deleted): how many have each field the DiWoo and MDTO records need.
     * The information category always follows from the paper type, and the publisher from the body (see the
     * publication problems), so they are not counted per paper.
     *
     * @param papers public papers
     * @param title with a non-blank official title
     * @param date with a date
     * @param file with at least one file that is not deleted
     * @param language with a language
     * @param category whose selection-list category is other than NTB (nog te bepalen)
     */
    public record Completeness(
            UUID bodyId, String bodyName, long papers, long title, long date, long file, long language, long category) {

        /** The fields in the order of the report, by name (the names end the message keys). */
        public List<Field> fields() {
            return List.of(
                    new Field("title", title),
                    new Field("date", date),
                    new Field("file", file),
                    new Field("language", language),
                    new Field("category", category));
        }

        /** The share of the papers with a field, 0 to 100 (rounded down); 100 when there are no papers. */
        public int percent(long filled) {
            return papers == 0 ? 100 : (int) Math.floor(100.0 * filled / papers);
        }
    }

    /** One metadata field and how many papers have it filled. */
    public record Field(String name, long filled) {}

    /**
     * A body's records to transfer: papers and meetings (not deleted) of a category with appraisal B whose date is
     * {@link #TRANSFER_YEARS} years or more before the report's date.
     */
    public record Transfer(UUID bodyId, String bodyName, long papers, long meetings) {}
}
