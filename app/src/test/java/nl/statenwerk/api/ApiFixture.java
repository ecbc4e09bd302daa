package nl.statenwerk.api;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import nl.statenwerk.council.AgendaItem;
import nl.statenwerk.council.Attendance;
import nl.statenwerk.council.Body;
import nl.statenwerk.council.BodyClassification;
import nl.statenwerk.council.Consultation;
import nl.statenwerk.council.Council;
import nl.statenwerk.council.Decision;
import nl.statenwerk.council.FractionVoteResult;
import nl.statenwerk.council.LegislativeTerm;
import nl.statenwerk.council.Meeting;
import nl.statenwerk.council.MeetingFile;
import nl.statenwerk.council.MeetingState;
import nl.statenwerk.council.MeetingType;
import nl.statenwerk.council.Membership;
import nl.statenwerk.council.Organization;
import nl.statenwerk.council.OrganizationClassification;
import nl.statenwerk.council.Paper;
import nl.statenwerk.council.PaperFile;
import nl.statenwerk.council.PaperSubmitter;
import nl.statenwerk.council.PaperType;
import nl.statenwerk.council.Person;
import nl.statenwerk.council.Vote;
import nl.statenwerk.council.VoteCast;
import nl.statenwerk.council.VoteChoice;
import nl.statenwerk.council.VoteFractionResult;
import nl.statenwerk.council.VoteResult;
import nl.statenwerk.council.VoteType;
import nl.statenwerk.files.FileCatalog;
import nl.statenwerk.files.FileRejectedException;
import nl.statenwerk.files.StoredContent;
import nl.statenwerk.files.StoredFile;
import nl.statenwerk.files.TextStatus;

/**
 * Two provinces' Staten with a public motie and a secret (geheim) statenvoorstel, both treated and voted on at one
 * meeting, written once per database through the {@link Council} API; the test classes share their context. The
 * portal tests use it too.
 */
public record ApiFixture(
        UUID body,
        UUID otherBody,
        UUID publicPaper,
        UUID secretPaper,
        UUID otherPaper,
        UUID meeting,
        UUID otherMeeting,
        UUID agendaItem,
        UUID publicVote,
        UUID person,
        UUID fractie,
        UUID publicFile,
        List<UUID> secret) {

    public static final String FILE_TEXT = "De Staten verzoeken het college meer fietspaden aan te leggen.";

    private static final OffsetDateTime START = OffsetDateTime.of(2025, 3, 12, 10, 0, 0, 0, ZoneOffset.ofHours(1));

    public static synchronized ApiFixture seed(Council council, FileCatalog files) {
        UUID existing = council.idOf(Body.class, "fixture:body:zh").orElse(null);
        return existing != null ? load(council, files) : write(council, files);
    }

    private static ApiFixture load(Council council, FileCatalog files) {
        return new ApiFixture(
                id(council, Body.class, "fixture:body:zh"),
                id(council, Body.class, "fixture:body:ut"),
                id(council, Paper.class, "fixture:paper:public"),
                id(council, Paper.class, "fixture:paper:secret"),
                id(council, Paper.class, "fixture:paper:ut"),
                id(council, Meeting.class, "fixture:meeting:ps"),
                id(council, Meeting.class, "fixture:meeting:ut"),
                id(council, AgendaItem.class, "fixture:ai:1"),
                id(council, Vote.class, "fixture:vote:public"),
                id(council, Person.class, "fixture:person:jan"),
                id(council, Organization.class, "fixture:org:vvd"),
                fileId(files, council, "fixture:paper:public"),
                List.of(
                        fileId(files, council, "fixture:paper:secret"),
                        id(council, Paper.class, "fixture:paper:secret"),
                        id(council, Vote.class, "fixture:vote:secret"),
                        id(council, VoteFractionResult.class, "fixture:vfr:secret:vvd"),
                        id(council, VoteFractionResult.class, "fixture:vfr:secret:gl"),
                        id(council, VoteCast.class, "fixture:cast:secret:jan"),
                        id(council, VoteCast.class, "fixture:cast:secret:anna"),
                        id(council, PaperSubmitter.class, "fixture:submitter:secret"),
                        id(council, Consultation.class, "fixture:consultation:secret")));
    }

    private static UUID fileId(FileCatalog files, Council council, String paperSourceId) {
        return council.links()
                .paperFiles(id(council, Paper.class, paperSourceId))
                .getFirst()
                .fileId();
    }

    private static UUID file(FileCatalog files, UUID body, String key, String fileName, String text) {
        try {
            StoredContent content = files.store(
                    new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "text/plain", fileName);
            return files.save(
                            new StoredFile(
                                    null,
                                    body,
                                    "fixture:file:" + key,
                                    "Bestand " + key,
                                    fileName,
                                    content.mimeType(),
                                    "text/plain",
                                    content.size(),
                                    content.sha256(),
                                    content.pageCount(),
                                    null,
                                    TextStatus.PENDING,
                                    null,
                                    null,
                                    LocalDate.of(2025, 3, 1),
                                    null,
                                    null,
                                    null),
                            content.sha256())
                    .id();
        } catch (FileRejectedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T extends Record> UUID id(Council council, Class<T> type, String sourceId) {
        return council.idOf(type, sourceId).orElseThrow();
    }

    private static ApiFixture write(Council council, FileCatalog files) {
        UUID zh = save(
                council,
                new Body(
                        null,
                        "fixture:body:zh",
                        "Provinciale Staten van Zuid-Holland",
                        "PS Zuid-Holland",
                        BodyClassification.PROVINCIE,
                        "zuid_holland",
                        "https://www.zuid-holland.nl",
                        null,
                        null,
                        null,
                        null));
        UUID ut = save(
                council,
                new Body(
                        null,
                        "fixture:body:ut",
                        "Provinciale Staten van Utrecht",
                        "PS Utrecht",
                        BodyClassification.PROVINCIE,
                        "utrecht",
                        null,
                        null,
                        null,
                        null,
                        null));
        save(
                council,
                new LegislativeTerm(
                        null,
                        zh,
                        "fixture:term",
                        "2023-2027",
                        LocalDate.of(2023, 3, 29),
                        LocalDate.of(2027, 3, 31),
                        null,
                        null,
                        null));
        UUID vvd = organization(council, zh, "vvd", "VVD", OrganizationClassification.FRACTIE);
        UUID gl = organization(council, zh, "gl", "GroenLinks", OrganizationClassification.FRACTIE);
        UUID committee =
                organization(council, zh, "bestuur", "Commissie Bestuur", OrganizationClassification.COMMISSIE);
        organization(council, ut, "cda-ut", "CDA", OrganizationClassification.FRACTIE);
        UUID jan = save(
                council,
                new Person(
                        null,
                        zh,
                        "fixture:person:jan",
                        "Jan de Vries",
                        "Vries",
                        "Jan",
                        "J.",
                        "de",
                        "man",
                        "statenlid",
                        null,
                        null,
                        null));
        UUID anna = save(
                council,
                new Person(
                        null,
                        zh,
                        "fixture:person:anna",
                        "Anna Jansen",
                        "Jansen",
                        "Anna",
                        "A.",
                        null,
                        "vrouw",
                        "statenlid",
                        null,
                        null,
                        null));
        membership(council, zh, "jan-vvd", jan, vvd, true);
        membership(council, zh, "anna-gl", anna, gl, false);
        membership(council, zh, "jan-bestuur", jan, committee, false);

        UUID meeting = save(
                council,
                new Meeting(
                        null,
                        zh,
                        "fixture:meeting:ps",
                        "Statenvergadering",
                        MeetingType.STATENVERGADERING,
                        MeetingState.HELD,
                        START.toLocalDate(),
                        START,
                        START.plusHours(6),
                        START,
                        START.plusHours(5),
                        "Statenzaal, Den Haag",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
        save(
                council,
                new Meeting(
                        null,
                        zh,
                        "fixture:meeting:committee",
                        "Commissie Bestuur",
                        MeetingType.COMMISSIEVERGADERING,
                        MeetingState.PLANNED,
                        START.plusDays(7).toLocalDate(),
                        null,
                        null,
                        START.plusDays(7),
                        null,
                        null,
                        null,
                        null,
                        committee,
                        null,
                        null,
                        null,
                        null));
        UUID otherMeeting = save(
                council,
                new Meeting(
                        null,
                        ut,
                        "fixture:meeting:ut",
                        "Statenvergadering Utrecht",
                        MeetingType.STATENVERGADERING,
                        MeetingState.PLANNED,
                        START.toLocalDate(),
                        null,
                        null,
                        START,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
        UUID item = save(
                council,
                new AgendaItem(
                        null,
                        zh,
                        "fixture:ai:1",
                        meeting,
                        null,
                        "1",
                        1,
                        "Moties en voorstellen",
                        null,
                        "PZH-2025-1",
                        false,
                        false,
                        true,
                        START,
                        START.plusHours(1),
                        null,
                        null,
                        null,
                        null,
                        null));
        save(
                council,
                new AgendaItem(
                        null,
                        zh,
                        "fixture:ai:1a",
                        meeting,
                        item,
                        "1a",
                        2,
                        "Motie fietspaden",
                        null,
                        null,
                        false,
                        false,
                        true,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));

        UUID publicPaper = paper(council, zh, "public", "Motie over fietspaden", PaperType.MOTIE, null);
        UUID secretPaper =
                paper(council, zh, "secret", "Geheim voorstel grondaankoop", PaperType.STATENVOORSTEL, "geheim");
        UUID otherPaper = paper(council, ut, "ut", "Statenvoorstel Utrecht", PaperType.STATENVOORSTEL, "openbaar");
        save(
                council,
                new Consultation(
                        null,
                        zh,
                        "fixture:consultation:public",
                        publicPaper,
                        item,
                        meeting,
                        null,
                        "besluitvormend",
                        true,
                        null,
                        null,
                        null));
        save(
                council,
                new Consultation(
                        null,
                        zh,
                        "fixture:consultation:secret",
                        secretPaper,
                        item,
                        meeting,
                        null,
                        "besluitvormend",
                        true,
                        null,
                        null,
                        null));
        save(
                council,
                new PaperSubmitter(
                        null, zh, "fixture:submitter:public", publicPaper, jan, vvd, null, null, null, null));
        save(
                council,
                new PaperSubmitter(
                        null,
                        zh,
                        "fixture:submitter:secret",
                        secretPaper,
                        anna,
                        null,
                        "Anna Jansen",
                        null,
                        null,
                        null));

        UUID adopted =
                save(council, new Decision(null, zh, "fixture:decision:1", "aangenomen", null, null, null, null, null));
        UUID rejected =
                save(council, new Decision(null, zh, "fixture:decision:2", "verworpen", null, null, null, null, null));
        UUID janPresent = save(
                council,
                new Attendance(
                        null,
                        zh,
                        "fixture:attendance:jan",
                        meeting,
                        jan,
                        "statenlid",
                        "VVD",
                        "12",
                        null,
                        null,
                        null,
                        null,
                        null));
        UUID annaPresent = save(
                council,
                new Attendance(
                        null,
                        zh,
                        "fixture:attendance:anna",
                        meeting,
                        anna,
                        "statenlid",
                        "GroenLinks",
                        "30",
                        null,
                        null,
                        null,
                        null,
                        null));
        UUID publicVote = vote(council, zh, "public", item, publicPaper, adopted, VoteResult.ADOPTED);
        UUID secretVote = vote(council, zh, "secret", item, secretPaper, rejected, VoteResult.REJECTED);
        cast(council, zh, "secret:jan", secretVote, jan, janPresent, VoteChoice.FOR);
        cast(council, zh, "secret:anna", secretVote, anna, annaPresent, VoteChoice.FOR);
        cast(council, zh, "public:jan", publicVote, jan, janPresent, VoteChoice.FOR);
        cast(council, zh, "public:anna", publicVote, anna, annaPresent, VoteChoice.AGAINST);
        fractionResult(council, zh, "public:vvd", publicVote, vvd, FractionVoteResult.FOR);
        fractionResult(council, zh, "public:gl", publicVote, gl, FractionVoteResult.AGAINST);
        fractionResult(council, zh, "secret:vvd", secretVote, vvd, FractionVoteResult.FOR);
        fractionResult(council, zh, "secret:gl", secretVote, gl, FractionVoteResult.SPLIT);
        UUID publicFile = file(files, zh, "public", "motie fietspaden.txt", FILE_TEXT);
        UUID secretFile = file(files, zh, "secret", "grondaankoop.txt", "Geheime grondaankoop.");
        UUID minutes = file(files, zh, "minutes", "besluitenlijst.txt", "Besluitenlijst van de Statenvergadering.");
        council.links()
                .replacePaperFiles(
                        publicPaper, List.of(new PaperFile(publicPaper, publicFile, PaperFile.Role.MAIN, 0)));
        council.links()
                .replacePaperFiles(
                        secretPaper, List.of(new PaperFile(secretPaper, secretFile, PaperFile.Role.MAIN, 0)));
        council.links()
                .replaceMeetingFiles(
                        meeting, List.of(new MeetingFile(meeting, minutes, MeetingFile.Role.RESULTS_PROTOCOL)));
        files.awaitExtraction(List.of(publicFile, secretFile, minutes), Duration.ofSeconds(30));
        return load(council, files);
    }

    private static <T extends Record> UUID save(Council council, T object) {
        return council.save(object, null).id();
    }

    private static UUID organization(
            Council council, UUID body, String key, String name, OrganizationClassification classification) {
        return save(
                council,
                new Organization(
                        null,
                        body,
                        "fixture:org:" + key,
                        name,
                        name,
                        classification,
                        LocalDate.of(2023, 3, 29),
                        null,
                        null,
                        null,
                        null,
                        null));
    }

    private static void membership(
            Council council, UUID body, String key, UUID person, UUID organization, boolean chair) {
        save(
                council,
                new Membership(
                        null,
                        body,
                        "fixture:membership:" + key,
                        person,
                        organization,
                        chair ? "fractievoorzitter" : "lid",
                        chair,
                        true,
                        null,
                        LocalDate.of(2023, 3, 29),
                        null,
                        null,
                        null,
                        null));
    }

    private static UUID paper(
            Council council, UUID body, String key, String name, PaperType type, String confidentiality) {
        return save(
                council,
                new Paper(
                        null,
                        body,
                        "fixture:paper:" + key,
                        name,
                        "2025-" + key,
                        LocalDate.of(2025, 3, 1),
                        type,
                        type == PaperType.MOTIE ? "voorstel" : null,
                        null,
                        confidentiality,
                        false,
                        "Griffie",
                        "Omschrijving van " + name,
                        null,
                        null,
                        LocalDate.of(2025, 3, 2),
                        null,
                        "nl",
                        "1",
                        null,
                        null,
                        null,
                        null));
    }

    private static UUID vote(
            Council council, UUID body, String key, UUID item, UUID paper, UUID decision, VoteResult result) {
        return save(
                council,
                new Vote(
                        null,
                        body,
                        "fixture:vote:" + key,
                        item,
                        paper,
                        decision,
                        VoteType.REGULIER,
                        result,
                        null,
                        30,
                        17,
                        0,
                        8,
                        LocalDate.of(2025, 3, 12),
                        null,
                        null,
                        null));
    }

    private static UUID cast(
            Council council, UUID body, String key, UUID vote, UUID person, UUID attendance, VoteChoice choice) {
        return save(
                council,
                new VoteCast(null, body, "fixture:cast:" + key, vote, person, attendance, choice, null, null, null));
    }

    private static UUID fractionResult(
            Council council, UUID body, String key, UUID vote, UUID fractie, FractionVoteResult result) {
        return save(
                council,
                new VoteFractionResult(
                        null, body, "fixture:vfr:" + key, vote, fractie, result, 5, 0, 0, 1, null, null, null));
    }
}
