package nl.statenwerk.publication;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import nl.statenwerk.publication.Publication.Entry;
import nl.statenwerk.publication.Publishers.Publisher;
import org.jspecify.annotations.Nullable;

/**
 * Writes the DiWoo 0.9.8 metadata ({@code diwoo:Document}) of a paper or of one of its files, in the element order of
 * diwoo-metadata.xsd, with values from its TOOI lists only.
 */
final class DiWooWriter {

    static final String NS = "https://standaarden.overheid.nl/diwoo/metadata/";

    private static final String KERN = "https://identifier.overheid.nl/tooi/def/thes/kern/";
    private static final String RECEIPT = KERN + "c_dfcee535";
    private static final String ADOPTION = KERN + "c_641ecd76";
    private static final String LANGUAGES = "http://publications.europa.eu/resource/authority/language/";
    private static final String FILE_TYPES = "http://publications.europa.eu/resource/authority/file-type/";
    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    private static final Map<String, String[]> LANGUAGE = Map.of(
            "nl", new String[] {"NLD", "Nederlands"},
            "en", new String[] {"ENG", "Engels"},
            "de", new String[] {"DEU", "Duits"},
            "fy", new String[] {"FRY", "Fries"});

    private static final Map<String, String> FORMAT = Map.ofEntries(
            Map.entry("application/pdf", "PDF"),
            Map.entry("text/html", "HTML"),
            Map.entry("text/plain", "TXT"),
            Map.entry("text/csv", "CSV"),
            Map.entry("application/rtf", "RTF"),
            Map.entry("application/zip", "ZIP"),
            Map.entry("application/msword", "DOC"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX"),
            Map.entry("application/vnd.ms-excel", "XLS"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX"),
            Map.entry("application/vnd.ms-powerpoint", "PPT"),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", "PPTX"),
            Map.entry("application/vnd.oasis.opendocument.text", "ODT"),
            Map.entry("application/vnd.oasis.opendocument.spreadsheet", "ODS"),
            Map.entry("application/vnd.oasis.opendocument.presentation", "ODP"));

    private DiWooWriter() {}

    /** Writes {@code diwoo:Document}; {@code root} declares its namespace, which a sitemap declares once for all. */
    static void write(
            XMLStreamWriter w,
            Entry entry,
            Publisher publisher,
            InformationCategory category,
            String paperUrl,
            @Nullable String fileUrl,
            boolean root)
            throws XMLStreamException {
        w.writeStartElement("diwoo", "Document", NS);
        if (root) {
            w.writeNamespace("diwoo", NS);
        }
        w.writeStartElement("diwoo", "DiWoo", NS);

        w.writeStartElement("diwoo", "identifiers", NS);
        if (entry.reference() != null && !entry.reference().isBlank()) {
            text(w, "identifier", entry.reference().strip());
        }
        text(w, "identifier", paperUrl);
        if (fileUrl != null) {
            text(w, "identifier", fileUrl);
        }
        w.writeEndElement();

        resource(w, "publisher", publisher.uri(), publisher.label());
        resource(w, "verantwoordelijke", publisher.uri(), publisher.label());

        w.writeStartElement("diwoo", "titelcollectie", NS);
        text(w, "officieleTitel", title(entry));
        w.writeEndElement();

        w.writeStartElement("diwoo", "classificatiecollectie", NS);
        w.writeStartElement("diwoo", "informatiecategorieen", NS);
        resource(w, "informatiecategorie", category.tooiUri(), category.label());
        w.writeEndElement();
        w.writeEndElement();

        if (entry.paperDate() != null) {
            text(w, "creatiedatum", entry.paperDate().toString());
        }
        String[] language = language(entry.language());
        if (language != null) {
            resource(w, "language", LANGUAGES + language[0], language[1]);
        }
        String format =
                entry.mimeType() == null ? null : FORMAT.get(entry.mimeType().toLowerCase(Locale.ROOT));
        if (format != null) {
            resource(w, "format", FILE_TYPES + format, format);
        }

        // received papers are dated by their receipt, the Staten's own by their adoption; without a date the
        // moment the paper reached this system is the nearest known receipt
        boolean received = Categories.received(entry.paperType())
                || switch (entry.paperType()) {
                    case MOTIE, AMENDEMENT, VRAGEN -> true;
                    default -> false;
                };
        LocalDate date = received
                ? first(entry.submittedDate(), entry.paperDate())
                : first(entry.paperDate(), entry.submittedDate());
        OffsetDateTime at = date != null
                ? date.atStartOfDay(DUTCH_TIME).toOffsetDateTime()
                : entry.createdAt().truncatedTo(ChronoUnit.SECONDS);
        boolean adoption = !received && date != null;
        w.writeStartElement("diwoo", "documenthandelingen", NS);
        w.writeStartElement("diwoo", "documenthandeling", NS);
        resource(w, "soortHandeling", adoption ? ADOPTION : RECEIPT, adoption ? "vaststelling" : "ontvangst");
        text(w, "atTime", at.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        w.writeEndElement();
        w.writeEndElement();

        w.writeEndElement();
        w.writeEndElement();
    }

    private static String title(Entry entry) {
        if (entry.fileId() != null) {
            // an attachment is its own document: its title, with the paper's when it has none
            String file = entry.fileTitle();
            if (file != null
                    && !file.isBlank()
                    && !file.strip().equals(entry.paperName().strip())) {
                return entry.paperName().strip() + ": " + file.strip();
            }
        }
        return entry.paperName().strip();
    }

    /** Dutch unless the source names another language; a language outside the list is left out. */
    private static String @Nullable [] language(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return LANGUAGE.get("nl");
        }
        String c = code.strip().toLowerCase(Locale.ROOT);
        return LANGUAGE.get(
                c.length() > 2
                        ? switch (c) {
                            case "nld", "dut" -> "nl";
                            case "eng" -> "en";
                            case "deu", "ger" -> "de";
                            case "fry" -> "fy";
                            default -> c.substring(0, 2);
                        }
                        : c);
    }

    private static @Nullable LocalDate first(@Nullable LocalDate a, @Nullable LocalDate b) {
        return a != null ? a : b;
    }

    private static void text(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeStartElement("diwoo", name, NS);
        w.writeCharacters(clean(value));
        w.writeEndElement();
    }

    private static void resource(XMLStreamWriter w, String name, String uri, String label) throws XMLStreamException {
        w.writeStartElement("diwoo", name, NS);
        w.writeAttribute("resource", uri);
        w.writeCharacters(clean(label));
        w.writeEndElement();
    }

    /** Leaves out characters XML 1.0 cannot carry, which a source's text may hold. */
    static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (c == 0x9
                    || c == 0xA
                    || c == 0xD
                    || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD)
                    || c >= 0x10000) {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }
}
