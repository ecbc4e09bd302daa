package nl.statenwerk.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import nl.statenwerk.access.AccessKeys;
import nl.statenwerk.core.AccessLevel;
import nl.statenwerk.core.StatenwerkProperties;
import nl.statenwerk.council.AgendaItem;
import nl.statenwerk.council.Body;
import nl.statenwerk.council.Council;
import nl.statenwerk.council.FractionVoteResult;
import nl.statenwerk.council.Meeting;
import nl.statenwerk.council.Membership;
import nl.statenwerk.council.Organization;
import nl.statenwerk.council.OrganizationClassification;
import nl.statenwerk.council.Paper;
import nl.statenwerk.council.PaperAccess;
import nl.statenwerk.council.PaperFile;
import nl.statenwerk.council.PaperSubmitter;
import nl.statenwerk.council.Person;
import nl.statenwerk.council.Vote;
import nl.statenwerk.council.VoteFractionResult;
import nl.statenwerk.council.VoteResult;
import nl.statenwerk.files.FileCatalog;
import nl.statenwerk.files.FilePage;
import nl.statenwerk.files.StoredFile;
import nl.statenwerk.search.SearchDocument.Segment;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Turns objects of the stukkenstroom into search documents. Papers of every access level become documents, with the
 * {@link AccessKeys} of their {@link Council#paperAccess} so that a search shows each reader what the reader may read;
 * every other object becomes one only when {@link Council#findPublic} returns it. What is deleted, unknown or (not a
 * paper and) not public yields none, which deletes what was indexed of it.
 */
@Component
class SearchProjection {

    /** The record types that are documents of their own, in the order a rebuild indexes them. */
    static final List<Class<? extends Record>> ROOTS =
            List.of(Paper.class, Meeting.class, AgendaItem.class, Vote.class, Person.class, Organization.class);

    private final Council council;
    private final FileCatalog files;
    private final String ori;
    private final String base;

    SearchProjection(Council council, FileCatalog files, StatenwerkProperties properties) {
        this.council = council;
        this.files = files;
        this.base = properties.baseUrl();
        this.ori = properties.baseUrl() + "/api/ori/v2/";
    }

    /** The documents of a root object: none when it is deleted or unknown, or not public and not a paper. */
    List<SearchDocument> documents(Class<? extends Record> type, UUID id) {
        Record object = (type == Paper.class ? council.find(type, id) : council.findPublic(type, id)).orElse(null);
        Instant published = switch (object) {
            case Paper p -> instant(council.publicSince(p.id()).orElse(p.createdAt()));
            case Meeting m -> instant(m.createdAt());
            case AgendaItem a -> instant(a.createdAt());
            case Vote v -> instant(v.createdAt());
            case Person p -> instant(p.createdAt());
            case Organization o -> instant(o.createdAt());
            case null, default -> null;
        };
        return documentsOf(object).stream().map(d -> d.publishedAt(published)).toList();
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private List<SearchDocument> documentsOf(@Nullable Record object) {
        return switch (object) {
            case Paper p
            when p.deletedAt() == null ->
                council.paperAccess(p.id()).map(access -> paper(p, access)).stream()
                        .toList();
            case Meeting m when m.deletedAt() == null -> List.of(meeting(m));
            case AgendaItem a when a.deletedAt() == null -> List.of(agendaItem(a));
            case Vote v when v.deletedAt() == null -> List.of(vote(v));
            case Person p when p.deletedAt() == null -> List.of(person(p));
            case Organization o
            when o.deletedAt() == null && o.classification() == OrganizationClassification.FRACTIE ->
                List.of(fractie(o));
            case null, default -> List.of();
        };
    }

    /**
     * The root objects whose documents a change of an object affects: a paper's votes show its title, a submitter
     * or a fractie's vote belongs to a paper or vote, a file's text to its papers.
     */
    List<Root> affectedBy(String type, UUID id) {
        return switch (type) {
            case "Paper" ->
                Stream.concat(
                                Stream.of(new Root(Paper.class, id)),
                                council.related(Vote.class, "paper_id", id, false).stream()
                                        .map(v -> new Root(Vote.class, v.id())))
                        .toList();
            case "PaperSubmitter" ->
                council.find(PaperSubmitter.class, id)
                        .map(s -> List.of(new Root(Paper.class, s.paperId())))
                        .orElse(List.of());
            case "VoteFractionResult" ->
                council.find(VoteFractionResult.class, id)
                        .map(r -> List.of(new Root(Vote.class, r.voteId())))
                        .orElse(List.of());
            case "Membership" ->
                council.find(Membership.class, id)
                        .map(m -> List.of(new Root(Person.class, m.personId())))
                        .orElse(List.of());
            default ->
                ROOTS.stream()
                        .filter(root -> root.getSimpleName().equals(type))
                        .map(root -> new Root(root, id))
                        .toList();
        };
    }

    List<Root> papersOfFile(UUID fileId) {
        return council.links().papersOfFile(fileId).stream()
                .map(f -> new Root(Paper.class, f.paperId()))
                .distinct()
                .toList();
    }

    record Root(Class<? extends Record> type, UUID id) {}

    private SearchDocument paper(Paper p, PaperAccess access) {
        // the stored level and the public flag come from the same source value; should they ever differ, the
        // stricter one counts
        AccessLevel level = access.level();
        if (level == AccessLevel.PUBLIC && !p.isPublic()) {
            level = AccessLevel.SECRET;
        }
        boolean open = level == AccessLevel.PUBLIC;
        String url = ori + "informatieobjecten/" + p.id();
        List<Segment> segments = new ArrayList<>();
        segments.add(new Segment(join(p.reference(), p.description(), p.content(), p.explanation()), null, url));
        for (PaperFile link : council.links().paperFiles(p.id())) {
            // a public paper shows its public files only; a paper that is not public shows its files to those who
            // may read the paper
            if (open && !council.isFilePublic(link.fileId())) {
                continue;
            }
            Optional<StoredFile> file = files.find(link.fileId()).filter(f -> f.deletedAt() == null);
            if (file.isEmpty()) {
                continue;
            }
            String fileUrl = base + "/api/files/" + link.fileId() + "/" + fileName(file.get());
            for (FilePage page : files.pages(link.fileId())) {
                segments.add(new Segment(page.text(), page.pageNumber(), fileUrl + "#page=" + page.pageNumber()));
            }
        }
        List<String> submitters = new ArrayList<>();
        LinkedHashSet<String> fracties = new LinkedHashSet<>();
        for (PaperSubmitter s : council.related(PaperSubmitter.class, "paper_id", p.id(), true)) {
            if (s.personId() != null) {
                council.findPublic(Person.class, s.personId()).ifPresent(person -> {
                    submitters.add(person.name());
                    fracties.addAll(fractiesOf(person.id()));
                });
            }
            if (s.organizationId() != null) {
                council.findPublic(Organization.class, s.organizationId()).ifPresent(o -> fracties.add(o.name()));
            }
            if (s.name() != null) {
                submitters.add(s.name());
            }
        }
        if (!submitters.isEmpty()) {
            segments.set(0, new Segment(join(segments.getFirst().text(), String.join(", ", submitters)), null, url));
        }
        LocalDate date = p.paperDate() != null ? p.paperDate() : p.submittedDate();
        String type = p.paperType().code() != null
                ? p.paperType().code()
                : p.paperType().name().toLowerCase(Locale.ROOT);
        SearchDocument document = document(
                p.id(), type, p.name(), segments, date, p.sourceId(), p.bodyId(), List.copyOf(fracties), Map.of());
        return open
                ? document
                : document.readableWith(
                        AccessKeys.of(level, access.body(), access.owner(), access.readers()), level.code());
    }

    private SearchDocument meeting(Meeting m) {
        String url = ori + "vergaderingen/" + m.id();
        String type = meetingType(m);
        String title = m.name() != null ? m.name() : type + (m.meetingDate() == null ? "" : " " + m.meetingDate());
        return document(
                m.id(),
                "vergadering",
                title,
                List.of(new Segment(join(m.description(), m.location()), null, url)),
                m.meetingDate(),
                m.sourceId(),
                m.bodyId(),
                List.of(),
                Map.of("vergadertype", List.of(type)));
    }

    private SearchDocument agendaItem(AgendaItem a) {
        String url = ori + "agendapunten/" + a.id();
        Optional<Meeting> meeting = council.findPublic(Meeting.class, a.meetingId());
        String title = a.title() != null ? a.title() : "Agendapunt " + Objects.toString(a.number(), "");
        return document(
                a.id(),
                "agendapunt",
                title,
                List.of(new Segment(
                        join(a.description(), meeting.map(Meeting::name).orElse(null)), null, url)),
                meeting.map(Meeting::meetingDate).orElse(null),
                a.sourceId(),
                a.bodyId(),
                List.of(),
                meeting.map(m -> Map.of("vergadertype", List.of(meetingType(m))))
                        .orElse(Map.of()));
    }

    private SearchDocument vote(Vote v) {
        String url = ori + "stemmingen/" + v.id();
        String subject = v.paperId() != null
                ? council.findPublic(Paper.class, v.paperId()).map(Paper::name).orElse(null)
                : null;
        if (subject == null && v.agendaItemId() != null) {
            subject = council.findPublic(AgendaItem.class, v.agendaItemId())
                    .map(AgendaItem::title)
                    .orElse(null);
        }
        List<String> fracties = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (VoteFractionResult r : council.related(VoteFractionResult.class, "vote_id", v.id(), true)) {
            Optional<Organization> fractie = council.findPublic(Organization.class, r.organizationId());
            if (fractie.isEmpty()) {
                continue;
            }
            fracties.add(fractie.get().name());
            lines.add(fractie.get().name() + ": " + fractionResult(r.result()));
        }
        String result = voteResult(v.result());
        Map<String, List<String>> facets = result == null ? Map.of() : Map.of("uitslag", List.of(result));
        return document(
                v.id(),
                "stemming",
                "Stemming" + (subject == null ? "" : ": " + subject),
                List.of(new Segment(join(result, String.join("; ", lines)), null, url)),
                v.voteDate(),
                v.sourceId(),
                v.bodyId(),
                fracties,
                facets);
    }

    private SearchDocument person(Person p) {
        return document(
                p.id(),
                "persoon",
                p.name(),
                List.of(new Segment(join(p.functionName()), null, ori + "natuurlijkpersonen/" + p.id())),
                null,
                p.sourceId(),
                p.bodyId(),
                fractiesOf(p.id()),
                Map.of());
    }

    private SearchDocument fractie(Organization o) {
        return document(
                o.id(),
                "fractie",
                o.name(),
                List.of(new Segment(join(o.shortName()), null, ori + "fracties/" + o.id())),
                o.startDate(),
                o.sourceId(),
                o.bodyId(),
                List.of(o.name()),
                Map.of());
    }

    private List<String> fractiesOf(UUID personId) {
        return council.related(Membership.class, "person_id", personId, true).stream()
                .map(m -> council.findPublic(Organization.class, m.organizationId()))
                .flatMap(Optional::stream)
                .filter(o -> o.classification() == OrganizationClassification.FRACTIE)
                .map(Organization::name)
                .distinct()
                .toList();
    }

    private SearchDocument document(
            @Nullable UUID id,
            String type,
            String title,
            List<Segment> segments,
            @Nullable LocalDate date,
            @Nullable String sourceId,
            UUID bodyId,
            List<String> fracties,
            Map<String, List<String>> extraFacets) {
        Map<String, List<String>> facets = new LinkedHashMap<>(extraFacets);
        facets.put("type", List.of(type));
        if (date != null) {
            facets.put("jaar", List.of(Integer.toString(date.getYear())));
        }
        council.findPublic(Body.class, bodyId).ifPresent(b -> facets.put("orgaan", List.of(b.name())));
        if (!fracties.isEmpty()) {
            facets.put("fractie", fracties);
        }
        String key = Objects.requireNonNull(id).toString();
        return new SearchDocument(key, key, type, title, segments, date, sourceId, fracties, facets, null);
    }

    private static String meetingType(Meeting m) {
        return m.meetingType().code() != null
                ? m.meetingType().code()
                : m.meetingType().name().toLowerCase(Locale.ROOT);
    }

    private static @Nullable String voteResult(@Nullable VoteResult result) {
        return switch (result) {
            case ADOPTED -> "aangenomen";
            case REJECTED -> "verworpen";
            case TIED -> "staken";
            case null -> null;
        };
    }

    private static String fractionResult(@Nullable FractionVoteResult result) {
        return result == null ? "onbekend" : result.name().toLowerCase(Locale.ROOT);
    }

    private static String fileName(StoredFile file) {
        // as the file download names it, so the link is the same as in the standard APIs
        String name = file.fileName() != null && !file.fileName().isBlank() ? file.fileName() : file.name();
        name = name == null || name.isBlank()
                ? "bestand"
                : name.strip().replace('/', '_').replace('\\', '_');
        return org.springframework.web.util.UriUtils.encodePathSegment(name, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String join(@Nullable String... parts) {
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                text.append(text.isEmpty() ? "" : "\n").append(part.strip());
            }
        }
        return text.toString();
    }
}
