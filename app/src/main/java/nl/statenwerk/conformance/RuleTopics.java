package nl.statenwerk.conformance;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.verapdf.pdfa.flavours.PDFAFlavour.Specification;

/**
 * The common veraPDF rules grouped into known problems ("topics"), each of which the portal explains in plain
 * language with advice ({@code conformance.topic.<topic>} and {@code ...advice} in the messages). A rule that is not
 * here is shown with its own text. Rules are written {@code clause-test}, or {@code clause} for every test of a
 * clause; the PDF/A-2 and PDF/A-3 numbering is the same, PDF/A-1 has its own.
 */
final class RuleTopics {

    /** All topics, in the order the messages list them; a test checks that every one has a text and advice. */
    static final List<String> TOPICS = List.of(
            "untagged",
            "metadata",
            "title",
            "language",
            "fonts",
            "unicode",
            "alt-text",
            "links",
            "headings",
            "tables",
            "structure",
            "colour",
            "transparency",
            "identification",
            "metadata-mismatch",
            "encryption",
            "actions",
            "embedded-files",
            "forms");

    private static final Map<String, String> UA1 = Map.ofEntries(
            Map.entry("5", "identification"),
            Map.entry("6.2-1", "untagged"),
            Map.entry("7.1-3", "untagged"),
            Map.entry("7.1-11", "untagged"),
            Map.entry("7.1-1", "structure"),
            Map.entry("7.1-2", "structure"),
            Map.entry("7.1-4", "structure"),
            Map.entry("7.1-5", "structure"),
            Map.entry("7.1-6", "structure"),
            Map.entry("7.1-7", "structure"),
            Map.entry("7.1-12", "structure"),
            Map.entry("7.20-2", "structure"),
            Map.entry("7.1-8", "metadata"),
            Map.entry("7.1-9", "title"),
            Map.entry("7.1-10", "title"),
            Map.entry("7.2-2", "language"),
            Map.entry("7.2-21", "language"),
            Map.entry("7.2-22", "language"),
            Map.entry("7.2-23", "language"),
            Map.entry("7.2-24", "language"),
            Map.entry("7.2-25", "language"),
            Map.entry("7.2-29", "language"),
            Map.entry("7.2-30", "language"),
            Map.entry("7.2-31", "language"),
            Map.entry("7.2-32", "language"),
            Map.entry("7.2-33", "language"),
            Map.entry("7.2-34", "language"),
            Map.entry("7.2-3", "tables"),
            Map.entry("7.2-4", "tables"),
            Map.entry("7.2-5", "tables"),
            Map.entry("7.2-6", "tables"),
            Map.entry("7.2-7", "tables"),
            Map.entry("7.2-11", "tables"),
            Map.entry("7.2-12", "tables"),
            Map.entry("7.2-13", "tables"),
            Map.entry("7.2-14", "tables"),
            Map.entry("7.2-15", "tables"),
            Map.entry("7.2-39", "tables"),
            Map.entry("7.2-41", "tables"),
            Map.entry("7.2-42", "tables"),
            Map.entry("7.2-43", "tables"),
            Map.entry("7.5", "tables"),
            Map.entry("7.3", "alt-text"),
            Map.entry("7.7", "alt-text"),
            Map.entry("7.18.1-2", "alt-text"),
            Map.entry("7.18.6.2", "alt-text"),
            Map.entry("7.18.5", "links"),
            Map.entry("7.18.1-3", "forms"),
            Map.entry("7.18.4", "forms"),
            Map.entry("7.4.2", "headings"),
            Map.entry("7.4.4", "headings"),
            Map.entry("7.21.4.1", "fonts"),
            Map.entry("7.21.3.3-1", "fonts"),
            Map.entry("7.21.7", "unicode"),
            Map.entry("7.21.8", "unicode"),
            Map.entry("7.16", "encryption"),
            Map.entry("7.11", "embedded-files"));

    private static final Map<String, String> A2 = Map.ofEntries(
            Map.entry("6.1.3-2", "encryption"),
            Map.entry("6.2.3", "colour"),
            Map.entry("6.2.4.2", "colour"),
            Map.entry("6.2.4.3", "colour"),
            Map.entry("6.2.4.4", "colour"),
            Map.entry("6.2.10", "transparency"),
            Map.entry("6.2.11.4.1", "fonts"),
            Map.entry("6.2.11.3.3-1", "fonts"),
            Map.entry("6.2.11.7", "unicode"),
            Map.entry("6.2.11.8", "unicode"),
            Map.entry("6.5.1", "actions"),
            Map.entry("6.6.1", "actions"),
            Map.entry("6.6.2.1-1", "metadata"),
            Map.entry("6.6.2.1", "metadata"),
            Map.entry("6.6.2.3.1", "metadata"),
            Map.entry("6.6.2.3.2", "metadata"),
            Map.entry("6.6.2.3.3", "metadata"),
            Map.entry("6.6.4", "identification"),
            Map.entry("6.8", "embedded-files"),
            Map.entry("6.4.2", "forms"),
            Map.entry("6.7.2", "language"),
            Map.entry("6.7.3", "structure"));

    private static final Map<String, String> A1 = Map.ofEntries(
            Map.entry("6.1.3", "encryption"),
            Map.entry("6.2.2", "colour"),
            Map.entry("6.2.3", "colour"),
            Map.entry("6.4", "transparency"),
            Map.entry("6.3.4", "fonts"),
            Map.entry("6.3.5", "fonts"),
            Map.entry("6.3.8", "unicode"),
            Map.entry("6.6.1", "actions"),
            Map.entry("6.6.2", "actions"),
            Map.entry("6.7.2", "metadata"),
            Map.entry("6.7.3", "metadata-mismatch"),
            Map.entry("6.7.11", "identification"),
            Map.entry("6.8.2", "unicode"),
            Map.entry("6.8.3", "structure"),
            Map.entry("6.8.4", "language"));

    private RuleTopics() {}

    /** The topic of a rule: by clause and test first, else by clause; {@code null} for a rule without one. */
    static @Nullable String topic(Specification specification, String clause, int testNumber) {
        Map<String, String> table = switch (specification) {
            case ISO_14289_1 -> UA1;
            case ISO_19005_2, ISO_19005_3 -> A2;
            case ISO_19005_1 -> A1;
            default -> Map.of();
        };
        String topic = table.get(clause + "-" + testNumber);
        return topic != null ? topic : table.get(clause);
    }
}
