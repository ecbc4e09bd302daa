package nl.statenwerk.records;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.statenwerk.council.AgendaItem;
import nl.statenwerk.council.Decision;
import nl.statenwerk.council.Meeting;
import nl.statenwerk.council.MeetingState;
import nl.statenwerk.council.Paper;
import nl.statenwerk.council.Vote;
import org.jspecify.annotations.Nullable;

/**
 * Writes the ORI-A file of one meeting: the meeting, its agenda items (nested as on the agenda) with the papers treated
 * under them, and the votes with the decisions they led to. Identifiers are our ids, the same as the {@code
 * identificatieKenmerk} in the papers' MDTO sidecars, so an archive can follow the references.
 */
final class OriaWriter {

    static final String NAMESPACE = "https://ori-a.nl";
    private static final String SCHEMA_LOCATION = NAMESPACE + " https://ori-a.nl/ORI-A.xsd";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
    private static final List<String> DECISION_RESULTS = List.of(
            "Unaniem aangenomen",
            "Aangenomen",
            "Geamendeerd aangenomen",
            "Onder voorbehoud aangenomen",
            "Verworpen",
            "Aangehouden");

    /**
     * A meeting with what hangs off it.
     *
     * @param papersByItem the papers treated under each agenda item (by consultation), in order
     * @param decisions the decisions the votes refer to, by id
     */
    record MeetingRecord(
            Meeting meeting,
            String name,
            List<AgendaItem> items,
            Map<UUID, List<Paper>> papersByItem,
            List<Vote> votes,
            Map<UUID, Paper> votedPapers,
            Map<UUID, Decision> decisions) {}

    private OriaWriter() {}

    /** Whether ORI-A can describe the meeting: the schema requires a date and at least one agenda item. */
    static boolean describable(Meeting meeting, List<AgendaItem> items) {
        return date(meeting) != null && !items.isEmpty();
    }

    static byte[] write(MeetingRecord record, Archiefvormer creator) {
        Meeting m = record.meeting();
        Xml xml = new Xml("ORI-A", NAMESPACE, SCHEMA_LOCATION).start("vergadering");
        xml.leaf("ID", m.id())
                .leaf("naam", record.name())
                .leaf("datum", Objects.requireNonNull(date(m)))
                .leaf("geplandeAanvang", dateTime(m.plannedStartAt()))
                .leaf("geplandEinde", dateTime(m.plannedEndAt()))
                .leaf("aanvang", dateTime(m.startAt()))
                .leaf("einde", dateTime(m.endAt()))
                .leaf("toelichting", m.description())
                .leaf("locatie", m.location())
                .leaf("status", status(m.state()));
        organ(xml, creator);
        xml.end();
        List<AgendaItem> items = record.items().stream()
                .sorted(Comparator.comparingInt(AgendaItem::position))
                .toList();
        for (AgendaItem item : items) {
            // sub-items go inside their parent; an item whose parent is missing stands on its own
            if (item.parentId() == null
                    || items.stream().noneMatch(i -> item.parentId().equals(i.id()))) {
                agendaItem(xml, "agendapunt", item, items, record, creator);
            }
        }
        for (Vote vote : record.votes()) {
            if (vote.agendaItemId() == null) {
                continue;
            }
            xml.start("stemming").leaf("ID", vote.id());
            if (vote.voteType() != null) {
                xml.leaf("type", capitalised(vote.voteType().name()));
            }
            if (vote.result() != null) {
                xml.leaf(
                        "resultaatMondelingeStemming",
                        switch (vote.result()) {
                            case ADOPTED -> "Voor";
                            case REJECTED -> "Tegen";
                            case TIED -> "Gelijk";
                        });
            }
            Decision decision =
                    vote.decisionId() == null ? null : record.decisions().get(vote.decisionId());
            if (decision != null && decisionResult(decision) != null) {
                xml.start("leidtTotBesluit").leaf("verwijzingID", decision.id()).end();
            }
            String itemName = items.stream()
                    .filter(i -> vote.agendaItemId().equals(i.id()))
                    .map(OriaWriter::itemName)
                    .findFirst()
                    .orElse(null);
            xml.start("heeftBetrekkingOpAgendapunt")
                    .leaf("verwijzingID", vote.agendaItemId())
                    .leaf("verwijzingNaam", itemName)
                    .end();
            Paper paper = vote.paperId() == null ? null : record.votedPapers().get(vote.paperId());
            if (paper != null) {
                informationObject(xml, "heeftBetrekkingOpBesluitvormingsstuk", paper);
            }
            xml.end();
        }
        for (Decision decision : record.decisions().values()) {
            String result = decisionResult(decision);
            if (result != null) {
                xml.start("besluit")
                        .leaf("ID", decision.id())
                        .leaf("resultaat", result)
                        .leaf("toelichting", decision.explanation())
                        .leaf("toezegging", decision.commitment())
                        .end();
            }
        }
        return xml.finish();
    }

    private static void agendaItem(
            Xml xml,
            String element,
            AgendaItem item,
            List<AgendaItem> all,
            MeetingRecord record,
            Archiefvormer creator) {
        xml.start(element)
                .leaf("ID", item.id())
                .leaf("naam", itemName(item))
                .leaf("volgnummer", item.position())
                .leaf("volgnummerWeergave", item.number())
                .leaf("omschrijving", item.description())
                .leaf("geplandeStarttijd", dateTime(item.plannedStartAt()))
                .leaf("geplandeEindtijd", dateTime(item.plannedEndAt()))
                .leaf("starttijd", dateTime(item.startAt()))
                .leaf("eindtijd", dateTime(item.endAt()))
                .leaf("indicatieHamerstuk", item.hamerstuk())
                .leaf("indicatieBehandeld", item.handled())
                .leaf("indicatieBesloten", item.besloten());
        organ(xml, creator);
        for (Paper paper : record.papersByItem().getOrDefault(item.id(), List.of())) {
            informationObject(xml, "heeftAlsBijlage", paper);
        }
        for (AgendaItem sub : all) {
            if (item.id() != null && item.id().equals(sub.parentId())) {
                agendaItem(xml, "heeftAlsSubagendapunt", sub, all, record, creator);
            }
        }
        xml.end();
    }

    private static void informationObject(Xml xml, String element, Paper paper) {
        xml.start(element)
                .start("verwijzingInformatieobject")
                .leaf("verwijzingID", paper.id())
                .leaf("verwijzingNaam", paper.name())
                .end()
                .end();
    }

    private static void organ(Xml xml, Archiefvormer creator) {
        if (creator.tooiCode() != null) {
            xml.start("overheidsorgaan")
                    .leaf("begripLabel", creator.name())
                    .leaf("begripCode", creator.tooiCode())
                    .start("verwijzingBegrippenlijst")
                    .leaf("verwijzingID", Archiefvormer.TOOI_SET)
                    .leaf("verwijzingNaam", "Register provincies compleet")
                    .end()
                    .end();
        }
    }

    static String itemName(AgendaItem item) {
        if (item.title() != null && !item.title().isBlank()) {
            return item.title();
        }
        return "Agendapunt " + (item.number() != null ? item.number() : String.valueOf(item.position()));
    }

    private static java.time.@Nullable LocalDate date(Meeting m) {
        if (m.meetingDate() != null) {
            return m.meetingDate();
        }
        OffsetDateTime start = m.startAt() != null ? m.startAt() : m.plannedStartAt();
        return start == null ? null : start.toLocalDate();
    }

    private static @Nullable String dateTime(@Nullable OffsetDateTime t) {
        return t == null ? null : DATE_TIME.format(t);
    }

    private static String status(MeetingState state) {
        return switch (state) {
            case PLANNED -> "Gepland";
            case HELD -> "Gehouden";
            case CANCELLED -> "Geannuleerd";
        };
    }

    /** The decision's result in ORI-A's closed list, or {@code null} when its text is not one of them. */
    private static @Nullable String decisionResult(Decision decision) {
        return DECISION_RESULTS.stream()
                .filter(r -> r.equalsIgnoreCase(decision.result().strip()))
                .findFirst()
                .orElse(null);
    }

    private static String capitalised(String constant) {
        return constant.charAt(0) + constant.substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
