package nl.statenwerk.council;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Motions of every outcome and commitments of every status in one body, written once per body through the
 * {@link Council} API as an import would, plus what the griffie records. Against {@link #TODAY}: the stikstof
 * commitment is overdue, the fietsbrug one open with a termijn, the N23 one open without, the windenergie one
 * settled; a secret motion, a secret toezegging and one made at a closed agenda item must never show.
 */
public record FollowUpFixture(
        UUID body,
        UUID fractie,
        UUID meeting,
        UUID adopted,
        UUID rejected,
        UUID withdrawn,
        UUID tied,
        UUID pending,
        UUID secretMotion,
        UUID stikstof,
        UUID n23,
        UUID fietsbrug,
        UUID windenergie,
        UUID letter) {

    public static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    /** Seeds into {@code body}; {@code key} keeps the source ids of several seeds apart. */
    public static synchronized FollowUpFixture seed(Council council, FollowUps followUps, UUID body, String key) {
        String k = "followup:" + key + ":";
        if (council.idOf(Paper.class, k + "paper:adopted").isEmpty()) {
            write(council, followUps, body, k);
        }
        return new FollowUpFixture(
                body,
                id(council, Organization.class, k + "fractie"),
                id(council, Meeting.class, k + "meeting"),
                id(council, Paper.class, k + "paper:adopted"),
                id(council, Paper.class, k + "paper:rejected"),
                id(council, Paper.class, k + "paper:withdrawn"),
                id(council, Paper.class, k + "paper:tied"),
                id(council, Paper.class, k + "paper:pending"),
                id(council, Paper.class, k + "paper:secret"),
                commitmentOf(council, id(council, Decision.class, k + "decision:adopted")),
                commitmentOf(council, id(council, Decision.class, k + "decision:rejected")),
                commitmentOf(council, id(council, Paper.class, k + "paper:fietsbrug")),
                council.idOf(Commitment.class, k + "windenergie").orElseThrow(),
                id(council, Paper.class, k + "paper:letter"));
    }

    /** The commitment derived from a decision or paper. */
    public static UUID commitmentOf(Council council, UUID source) {
        return council.idOf(Commitment.class, "toezegging:" + source).orElseThrow();
    }

    private static <T extends Record> UUID id(Council council, Class<T> type, String sourceId) {
        return council.idOf(type, sourceId).orElseThrow();
    }

    private static void write(Council council, FollowUps followUps, UUID body, String k) {
        UUID fractie = save(
                council,
                new Organization(
                        null,
                        body,
                        k + "fractie",
                        "Fractie Groen Vooruit",
                        "GV",
                        OrganizationClassification.FRACTIE,
                        LocalDate.of(2023, 3, 29),
                        null,
                        null,
                        null,
                        null,
                        null));
        UUID member = save(
                council,
                new Person(
                        null,
                        body,
                        k + "person",
                        "Ria Groen",
                        "Groen",
                        "Ria",
                        "R.",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
        save(
                council,
                new Membership(
                        null,
                        body,
                        k + "membership",
                        member,
                        fractie,
                        "lid",
                        false,
                        true,
                        null,
                        LocalDate.of(2023, 3, 29),
                        null,
                        null,
                        null,
                        null));
        UUID meeting = save(
                council,
                new Meeting(
                        null,
                        body,
                        k + "meeting",
                        "Statenvergadering over de toekomst",
                        MeetingType.STATENVERGADERING,
                        MeetingState.HELD,
                        LocalDate.of(2025, 3, 12),
                        OffsetDateTime.of(2025, 3, 12, 10, 0, 0, 0, ZoneOffset.ofHours(1)),
                        null,
                        null,
                        null,
                        "Statenzaal",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
        UUID item = item(council, body, k + "item", meeting, "Moties vreemd aan de orde", false);
        UUID closed = item(council, body, k + "item:closed", meeting, "Personele aangelegenheid", true);

        UUID adopted = motion(council, body, k + "paper:adopted", "Motie schone lucht", LocalDate.of(2025, 3, 1), null);
        UUID rejected =
                motion(council, body, k + "paper:rejected", "Motie minder asfalt", LocalDate.of(2025, 3, 2), null);
        UUID withdrawn = motion(council, body, k + "paper:withdrawn", "Motie wolf", LocalDate.of(2025, 3, 3), null);
        UUID tied = motion(council, body, k + "paper:tied", "Motie staken", LocalDate.of(2024, 11, 1), null);
        motion(council, body, k + "paper:pending", "Motie nieuw", LocalDate.of(2025, 5, 1), null);
        UUID secret = motion(council, body, k + "paper:secret", "Motie geheim", LocalDate.of(2025, 3, 4), "geheim");
        save(council, new PaperSubmitter(null, body, k + "sub:adopted", adopted, member, null, null, null, null, null));
        save(
                council,
                new PaperSubmitter(null, body, k + "sub:rejected", rejected, null, fractie, null, null, null, null));

        // the adopted and rejected motions' decisions carry commitments, as an ORI besluit's toezegging does
        vote(
                council,
                body,
                k + "adopted",
                item,
                adopted,
                "Aangenomen",
                "De gedeputeerde stuurt voor de zomer een brief over stikstof.",
                VoteResult.ADOPTED);
        vote(
                council,
                body,
                k + "rejected",
                item,
                rejected,
                "Verworpen",
                "Het college informeert de Staten over de N23.",
                null);
        vote(council, body, k + "withdrawn", item, withdrawn, "Ingetrokken", null, null);
        vote(council, body, k + "tied", item, tied, "Staken van stemmen", null, VoteResult.TIED);
        vote(council, body, k + "secret", item, secret, "Aangenomen", null, VoteResult.ADOPTED);
        vote(council, body, k + "closed", closed, null, "Aangenomen", "Geheime toezegging over de grondprijs.", null);

        paper(council, body, k + "paper:fietsbrug", "Toezegging brug over de Vecht", PaperType.TOEZEGGING, null);
        paper(
                council,
                body,
                k + "paper:secret-toezegging",
                "Toezegging geheime locatie",
                PaperType.TOEZEGGING,
                "geheim");
        UUID letter = paper(
                council,
                body,
                k + "paper:letter",
                "Brief met het rapport van de gedeputeerde",
                PaperType.INGEKOMEN_STUK,
                null);

        // what the griffie records: termijnen, and the windenergie commitment it noted and settled with the letter
        UUID decision = council.idOf(Decision.class, k + "decision:adopted").orElseThrow();
        followUps.record(
                commitmentOf(council, decision),
                new FollowUp(FollowUpStatus.OPEN, null, LocalDate.of(2025, 5, 1), null, null, null));
        followUps.record(
                commitmentOf(
                        council,
                        council.idOf(Paper.class, k + "paper:fietsbrug").orElseThrow()),
                new FollowUp(FollowUpStatus.OPEN, null, LocalDate.of(2025, 9, 1), null, null, null));
        followUps.register(
                new Commitment(
                        null,
                        body,
                        k + "windenergie",
                        "De gedeputeerde stuurt het rapport over windenergie.",
                        "gedeputeerde Jansen",
                        "Energie",
                        null,
                        null,
                        meeting,
                        item,
                        null,
                        null,
                        null,
                        null),
                new FollowUp(
                        FollowUpStatus.SETTLED,
                        LocalDate.of(2025, 4, 10),
                        LocalDate.of(2025, 4, 15),
                        "Afgedaan met de brief van 10 april.",
                        letter,
                        null));
    }

    private static <T extends Record> UUID save(Council council, T object) {
        return council.save(object, null).id();
    }

    private static UUID item(Council council, UUID body, String key, UUID meeting, String title, boolean closed) {
        return save(
                council,
                new AgendaItem(
                        null,
                        body,
                        key,
                        meeting,
                        null,
                        closed ? "9" : "8",
                        closed ? 9 : 8,
                        title,
                        null,
                        null,
                        false,
                        closed,
                        true,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
    }

    private static UUID motion(
            Council council, UUID body, String key, String name, LocalDate date, @Nullable String confidentiality) {
        return save(council, paperRecord(body, key, name, PaperType.MOTIE, date, confidentiality));
    }

    private static UUID paper(
            Council council, UUID body, String key, String name, PaperType type, @Nullable String confidentiality) {
        return save(council, paperRecord(body, key, name, type, LocalDate.of(2025, 4, 1), confidentiality));
    }

    private static Paper paperRecord(
            UUID body, String key, String name, PaperType type, LocalDate date, @Nullable String confidentiality) {
        return new Paper(
                null,
                body,
                key,
                name,
                null,
                date,
                type,
                null,
                null,
                confidentiality,
                false,
                null,
                null,
                null,
                null,
                date,
                type == PaperType.TOEZEGGING ? "Mobiliteit" : null,
                "nl",
                "1",
                null,
                null,
                null,
                null);
    }

    private static void vote(
            Council council,
            UUID body,
            String key,
            UUID item,
            @Nullable UUID paper,
            String decisionResult,
            @Nullable String commitment,
            @Nullable VoteResult result) {
        String k = key.substring(0, key.lastIndexOf(':') + 1);
        String name = key.substring(key.lastIndexOf(':') + 1);
        UUID decision = save(
                council,
                new Decision(null, body, k + "decision:" + name, decisionResult, null, commitment, null, null, null));
        save(
                council,
                new Vote(
                        null,
                        body,
                        k + "vote:" + name,
                        item,
                        paper,
                        decision,
                        VoteType.REGULIER,
                        result,
                        null,
                        null,
                        null,
                        null,
                        null,
                        LocalDate.of(2025, 3, 12),
                        null,
                        null,
                        null));
    }
}
