package nl.statenwerk.portal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.statenwerk.access.Reading;
import nl.statenwerk.access.Readings;
import nl.statenwerk.access.Viewer;
import nl.statenwerk.access.Viewers;
import nl.statenwerk.conformance.Conformance;
import nl.statenwerk.conformance.ConformanceResult;
import nl.statenwerk.conformance.FailedRule;
import nl.statenwerk.conformance.Standard;
import nl.statenwerk.council.AgendaItem;
import nl.statenwerk.council.Consultation;
import nl.statenwerk.council.Council;
import nl.statenwerk.council.Meeting;
import nl.statenwerk.council.Membership;
import nl.statenwerk.council.Organization;
import nl.statenwerk.council.OrganizationClassification;
import nl.statenwerk.council.Paper;
import nl.statenwerk.council.PaperSubmitter;
import nl.statenwerk.council.Person;
import nl.statenwerk.council.Vote;
import nl.statenwerk.council.VoteFractionResult;
import nl.statenwerk.discussions.Discussions;
import nl.statenwerk.discussions.Topic;
import nl.statenwerk.files.FileCatalog;
import nl.statenwerk.files.StoredFile;
import nl.statenwerk.portal.view.Views.AgendaItemView;
import nl.statenwerk.portal.view.Views.FileCheck;
import nl.statenwerk.portal.view.Views.FileLink;
import nl.statenwerk.portal.view.Views.FractionRow;
import nl.statenwerk.portal.view.Views.FractionVoteRow;
import nl.statenwerk.portal.view.Views.MeetingLink;
import nl.statenwerk.portal.view.Views.MembershipRow;
import nl.statenwerk.portal.view.Views.NamedLink;
import nl.statenwerk.portal.view.Views.PaperLink;
import nl.statenwerk.portal.view.Views.Reason;
import nl.statenwerk.portal.view.Views.TextPage;
import nl.statenwerk.portal.view.Views.VoteView;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriUtils;

/**
 * Turns the stukkenstroom into the portal's view records. Every object passes {@link Council#findPublic} or a public
 * relation first, or, for a paper or file that is not public, {@link Readings} for the reader of the request: what
 * this reader may not read never reaches a template. A page that shows anything not public is marked {@link
 * #personal()}: no cache keeps it.
 */
@Component
class PortalViews {

    private final Council council;
    private final FileCatalog files;
    private final Conformance conformance;
    private final Viewers viewers;
    private final Readings readings;
    private final Discussions discussions;

    /** Cache-Control of a page with information that is not public: for this reader's eyes only, never stored. */
    static final String CONFIDENTIAL = "private, no-store";

    private static final String VIEWER = PortalViews.class.getName() + ".viewer";

    PortalViews(
            Council council,
            FileCatalog files,
            Conformance conformance,
            Viewers viewers,
            Readings readings,
            Discussions discussions) {
        this.council = council;
        this.discussions = discussions;
        this.files = files;
        this.conformance = conformance;
        this.viewers = viewers;
        this.readings = readings;
    }

    Readings readings() {
        return readings;
    }

    /** The reader of this request, looked up once per request. */
    Viewer viewer() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return viewers.current();
        }
        if (request.getAttribute(VIEWER, RequestAttributes.SCOPE_REQUEST) instanceof Viewer viewer) {
            return viewer;
        }
        Viewer viewer = viewers.current();
        request.setAttribute(VIEWER, viewer, RequestAttributes.SCOPE_REQUEST);
        return viewer;
    }

    /**
     * Marks this request's page as showing what is not public: {@code private, no-store}, and so no ETag (the ETag
     * filter skips {@code no-store}), so that no cache, shared or the browser's own, keeps it for anyone.
     */
    void personal() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && attributes.getResponse() != null) {
            Objects.requireNonNull(attributes.getResponse()).setHeader(HttpHeaders.CACHE_CONTROL, CONFIDENTIAL);
        }
    }

    /**
     * A paper this reader may read, with the level and grounds; a read of one that is not public is recorded in the
     * audit log and makes the page personal. The same 404 as an unknown address for everything else.
     */
    Map.Entry<Paper, Reading> readablePaper(String id, String what) {
        UUID paperId = parseId(id);
        Viewer viewer = viewer();
        Reading reading = readings.paper(viewer, paperId).orElseThrow(NotFound::new);
        Paper paper = council.find(Paper.class, paperId).orElseThrow(NotFound::new);
        if (!reading.isPublic()) {
            personal();
            readings.recordRead(viewer, "Paper", paperId, reading, what);
        }
        return Map.entry(paper, reading);
    }

    /**
     * Of these papers, the ones this reader may read, as links; a non-public one makes the page personal and is
     * recorded as read (its title is shown).
     */
    Map<UUID, PaperLink> readablePapers(java.util.Collection<UUID> paperIds, String what) {
        Viewer viewer = viewer();
        Map<UUID, PaperLink> links = new java.util.HashMap<>();
        List<UUID> ids = paperIds.stream().filter(Objects::nonNull).distinct().toList();
        if (!viewer.signedIn()) {
            for (Paper p : council.related(Paper.class, "id", ids, true)) {
                links.put(Objects.requireNonNull(p.id()), paper(p));
            }
            return links;
        }
        var readable = readings.readablePapers(viewer, ids);
        for (Paper p : council.related(Paper.class, "id", readable, false)) {
            UUID id = Objects.requireNonNull(p.id());
            if (!p.isPublic()) {
                Optional<Reading> reading = readings.paper(viewer, id);
                if (reading.isEmpty()) {
                    continue;
                }
                personal();
                readings.recordRead(viewer, "Paper", id, reading.get(), what);
            }
            links.put(id, paper(p));
        }
        return links;
    }

    Conformance conformance() {
        return conformance;
    }

    Council council() {
        return council;
    }

    static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFound();
        }
    }

    /**
     * The object, if public and not deleted at its source. The APIs still serve a deleted object (OParl marks it
     * {@code deleted}, so harvesters learn of it); a reader of the portal gets the same 404 as for an unknown one.
     */
    <T extends Record> T findPublic(Class<T> type, String id) {
        T found = council.findPublic(type, parseId(id)).orElseThrow(NotFound::new);
        if (deletedAt(found) != null) {
            throw new NotFound();
        }
        return found;
    }

    private static @Nullable Object deletedAt(Record value) {
        for (var component : value.getClass().getRecordComponents()) {
            if (component.getName().equals("deletedAt")) {
                try {
                    return component.getAccessor().invoke(value);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return null;
    }

    PaperLink paper(Paper p) {
        return new PaperLink(
                Objects.requireNonNull(p.id()).toString(),
                p.name(),
                p.paperType(),
                p.paperDate() != null ? p.paperDate() : p.submittedDate());
    }

    Optional<PaperLink> publicPaper(@Nullable UUID id) {
        return id == null
                ? Optional.empty()
                : council.findPublic(Paper.class, id).map(this::paper);
    }

    MeetingLink meeting(Meeting m) {
        return new MeetingLink(
                Objects.requireNonNull(m.id()).toString(),
                m.name() == null || m.name().isBlank() ? organizationName(m.organizationId()) : m.name(),
                m.meetingType(),
                m.state(),
                m.meetingDate(),
                m.startAt() != null ? m.startAt() : m.plannedStartAt(),
                organizationName(m.organizationId()));
    }

    @Nullable
    String organizationName(@Nullable UUID id) {
        return id == null
                ? null
                : council.findPublic(Organization.class, id)
                        .map(Organization::name)
                        .orElse(null);
    }

    NamedLink organization(Organization o) {
        return new NamedLink(
                o.name(), o.classification() == OrganizationClassification.FRACTIE ? "/fracties/" + o.id() : null);
    }

    List<AgendaItemView> agenda(UUID meetingId) {
        List<AgendaItem> items = council.related(AgendaItem.class, "meeting_id", meetingId, true);
        Map<UUID, List<AgendaItem>> children = new LinkedHashMap<>();
        List<AgendaItem> top = new ArrayList<>();
        var ids = items.stream().map(AgendaItem::id).toList();
        for (AgendaItem item : items) {
            if (item.parentId() != null && ids.contains(item.parentId())) {
                children.computeIfAbsent(item.parentId(), k -> new ArrayList<>())
                        .add(item);
            } else {
                top.add(item);
            }
        }
        // a meeting's votes name the same fracties and papers over and over: read the relations of all agenda items,
        // and the papers and fracties they name, in one query per kind (what is not found falls back to a lookup of
        // its own, which answers as findPublic does)
        Lookups lookups = new Lookups();
        List<UUID> itemIds =
                items.stream().map(AgendaItem::id).map(Objects::requireNonNull).toList();
        // a signed-in reader also gets the consultations of papers that are not public: the papers themselves then
        // pass readablePapers, so that an item lists exactly the papers this reader may read
        boolean signedIn = viewer().signedIn();
        for (Consultation c : council.related(Consultation.class, "agenda_item_id", itemIds, !signedIn)) {
            lookups.consultations
                    .computeIfAbsent(c.agendaItemId(), k -> new ArrayList<>())
                    .add(c);
        }
        List<Vote> votes = council.related(Vote.class, "agenda_item_id", itemIds, true);
        for (Vote v : votes) {
            lookups.votes
                    .computeIfAbsent(v.agendaItemId(), k -> new ArrayList<>())
                    .add(v);
        }
        List<UUID> voteIds =
                votes.stream().map(Vote::id).map(Objects::requireNonNull).toList();
        for (VoteFractionResult r : council.related(VoteFractionResult.class, "vote_id", voteIds, true)) {
            lookups.fractionResults
                    .computeIfAbsent(r.voteId(), k -> new ArrayList<>())
                    .add(r);
        }
        lookups.prefetched = true;
        List<UUID> paperIds = new ArrayList<>();
        lookups.consultations.values().forEach(cs -> cs.forEach(c -> paperIds.add(c.paperId())));
        votes.forEach(v -> paperIds.add(v.paperId()));
        paperIds.removeIf(Objects::isNull);
        readablePapers(paperIds, "stuk-in-agenda-getoond")
                .forEach((id, link) -> lookups.papers.put(id, Optional.of(link)));
        // what a signed-in reader may not read stays out, without a lookup of its own
        paperIds.forEach(id -> lookups.papers.putIfAbsent(id, Optional.empty()));
        List<UUID> fractieIds = new ArrayList<>();
        lookups.fractionResults.values().forEach(rs -> rs.forEach(r -> fractieIds.add(r.organizationId())));
        fractieIds.removeIf(Objects::isNull);
        for (Organization o : council.related(Organization.class, "id", fractieIds, true)) {
            lookups.organizations.put(Objects.requireNonNull(o.id()), Optional.of(o));
        }
        lookups.viewer = signedIn ? viewer() : null;
        return top.stream().map(i -> agendaItem(i, children, lookups)).toList();
    }

    /** Public objects looked up once for one page. */
    private final class Lookups {
        private final Map<UUID, Optional<Organization>> organizations = new java.util.HashMap<>();
        private final Map<UUID, Optional<PaperLink>> papers = new java.util.HashMap<>();
        private final Map<UUID, List<Consultation>> consultations = new java.util.HashMap<>();
        private final Map<UUID, List<Vote>> votes = new java.util.HashMap<>();
        private final Map<UUID, List<VoteFractionResult>> fractionResults = new java.util.HashMap<>();
        private boolean prefetched;

        /** The signed-in reader, for whom an agenda item links its discussion; null for everyone else. */
        private @Nullable Viewer viewer;

        List<Consultation> consultations(UUID agendaItem) {
            return prefetched
                    ? consultations.getOrDefault(agendaItem, List.of())
                    : council.related(Consultation.class, "agenda_item_id", agendaItem, true);
        }

        List<Vote> votes(UUID agendaItem) {
            return prefetched
                    ? votes.getOrDefault(agendaItem, List.of())
                    : council.related(Vote.class, "agenda_item_id", agendaItem, true);
        }

        List<VoteFractionResult> fractionResults(UUID vote) {
            return prefetched
                    ? fractionResults.getOrDefault(vote, List.of())
                    : council.related(VoteFractionResult.class, "vote_id", vote, true);
        }

        Optional<Organization> organization(UUID id) {
            return organizations.computeIfAbsent(id, k -> council.findPublic(Organization.class, k));
        }

        Optional<PaperLink> paper(@Nullable UUID id) {
            return id == null ? Optional.empty() : papers.computeIfAbsent(id, PortalViews.this::publicPaper);
        }
    }

    private AgendaItemView agendaItem(AgendaItem item, Map<UUID, List<AgendaItem>> children, Lookups lookups) {
        UUID id = Objects.requireNonNull(item.id());
        List<PaperLink> papers = lookups.consultations(id).stream()
                .map(c -> lookups.paper(c.paperId()))
                .flatMap(Optional::stream)
                .distinct()
                .toList();
        List<VoteView> votes =
                lookups.votes(id).stream().map(v -> vote(v, lookups)).toList();
        return new AgendaItemView(
                item.number(),
                item.title() == null ? "" : item.title(),
                item.description(),
                Boolean.TRUE.equals(item.hamerstuk()),
                Boolean.TRUE.equals(item.besloten()),
                papers,
                votes,
                children.getOrDefault(id, List.of()).stream()
                        .map(c -> agendaItem(c, children, lookups))
                        .toList(),
                lookups.viewer != null && discussions.mayDiscuss(lookups.viewer, Topic.agendaItem(id))
                        ? "/agendapunten/" + id + "/discussie"
                        : null);
    }

    VoteView vote(Vote v) {
        return vote(v, new Lookups());
    }

    private VoteView vote(Vote v, Lookups lookups) {
        List<FractionRow> rows = lookups.fractionResults(Objects.requireNonNull(v.id())).stream()
                .map(r -> {
                    Optional<Organization> fractie = lookups.organization(r.organizationId());
                    return new FractionRow(
                            fractie.map(Organization::name).orElse("?"),
                            fractie.map(o -> "/fracties/" + o.id()).orElse(null),
                            r.result(),
                            r.yesCount(),
                            r.noCount(),
                            r.abstainCount(),
                            r.absentCount());
                })
                .sorted(Comparator.comparing(FractionRow::fractie))
                .toList();
        return new VoteView(
                lookups.paper(v.paperId()).orElse(null),
                v.result(),
                v.voteDate(),
                v.yesCount(),
                v.noCount(),
                v.abstainCount(),
                v.absentCount(),
                rows);
    }

    /**
     * The file when it may be shown, linked to the standard APIs' download endpoint and to the document viewer under
     * its owner's page ({@code /stukken/{id}} or {@code /vergaderingen/{id}}).
     */
    Optional<FileLink> file(UUID fileId, String ownerPath) {
        Optional<Reading> reading = readings.file(viewer(), fileId);
        if (reading.isEmpty()) {
            return Optional.empty();
        }
        if (!reading.get().isPublic()) {
            personal();
        }
        return files.find(fileId)
                .filter(f -> f.deletedAt() == null && f.sha256() != null)
                .map(f -> new FileLink(
                        displayName(f),
                        "/api/files/" + f.id() + "/"
                                + UriUtils.encodePathSegment(
                                        Optional.ofNullable(f.fileName()).orElse("bestand"), StandardCharsets.UTF_8),
                        f.mimeType(),
                        f.sizeBytes(),
                        ownerPath + "/bestanden/" + f.id(),
                        checks(f),
                        !reading.get().watermarked() || "application/pdf".equals(f.mimeType())));
    }

    /** A PDF's checks, one per standard, "not checked yet" for a standard without a result; none for other files. */
    private List<FileCheck> checks(StoredFile f) {
        if (!"application/pdf".equals(f.mimeType()) || f.sha256() == null) {
            return List.of();
        }
        List<ConformanceResult> results =
                conformance.results(List.of(f.sha256())).getOrDefault(f.sha256(), List.of());
        List<FileCheck> checks = new ArrayList<>();
        for (Standard standard : Standard.values()) {
            checks.add(results.stream()
                    .filter(r -> r.standard() == standard)
                    .findFirst()
                    .map(PortalViews::check)
                    .orElseGet(() -> new FileCheck(
                            standard,
                            standard == Standard.ACCESSIBILITY ? "PDF/UA-1" : "PDF/A-2b",
                            null,
                            List.of(),
                            null)));
        }
        return checks;
    }

    static FileCheck check(ConformanceResult r) {
        // rules of one known problem (three rules say "untagged") make one reason; others stay one each
        Map<String, List<FailedRule>> byReason = new LinkedHashMap<>();
        for (FailedRule rule : r.failedRules()) {
            byReason.computeIfAbsent(
                            rule.topic() != null ? "topic:" + rule.topic() : "rule:" + rule.id(),
                            k -> new ArrayList<>())
                    .add(rule);
        }
        List<Reason> reasons = byReason.values().stream()
                .map(rules -> new Reason(
                        rules.getFirst().topic(),
                        rules.getFirst().topic() == null ? rules.getFirst().description() : null,
                        rules.stream()
                                .map(x -> x.specification() + " " + x.id() + " (" + x.count() + "×)")
                                .toList(),
                        rules.stream().mapToInt(FailedRule::count).sum()))
                .toList();
        return new FileCheck(r.standard(), r.profile(), r.outcome(), reasons, r.error());
    }

    /** The extracted text of a file, page by page; empty while pending or when extraction failed. */
    List<TextPage> pages(UUID fileId) {
        return files.pages(fileId).stream()
                .map(p -> new TextPage(p.pageNumber(), p.text().strip()))
                .toList();
    }

    private static String displayName(StoredFile f) {
        if (f.name() != null && !f.name().isBlank()) {
            return f.name();
        }
        return f.fileName() != null && !f.fileName().isBlank() ? f.fileName() : "bestand";
    }

    /** The public papers submitted by a person or organisation, newest first. */
    List<PaperLink> submittedPapers(String column, UUID id) {
        boolean signedIn = viewer().signedIn();
        List<UUID> paperIds = council.related(PaperSubmitter.class, column, id, !signedIn).stream()
                .map(PaperSubmitter::paperId)
                .toList();
        return readablePapers(paperIds, "stuk-in-lijst-getoond").values().stream()
                .distinct()
                .sorted(Comparator.comparing(
                                PaperLink::date, Comparator.nullsLast(Comparator.<java.time.LocalDate>naturalOrder()))
                        .reversed())
                .toList();
    }

    /**
     * The fractie's votes, newest first, at most {@code limit}; with the number of all. Four queries whatever the
     * number: the fractie's results, their votes, and the papers voted on.
     */
    Map.Entry<List<FractionVoteRow>, Integer> fractionVotes(UUID fractieId, int limit) {
        Map<UUID, VoteFractionResult> byVote = new java.util.HashMap<>();
        for (VoteFractionResult r : council.related(VoteFractionResult.class, "organization_id", fractieId, true)) {
            byVote.put(r.voteId(), r);
        }
        List<Vote> votes = council.related(Vote.class, "id", byVote.keySet(), true).stream()
                .sorted(Comparator.comparing(
                                Vote::voteDate, Comparator.nullsFirst(Comparator.<java.time.LocalDate>naturalOrder()))
                        .reversed())
                .toList();
        List<Vote> shown = votes.subList(0, Math.min(limit, votes.size()));
        Map<UUID, PaperLink> papers = new java.util.HashMap<>();
        List<UUID> paperIds =
                shown.stream().map(Vote::paperId).filter(Objects::nonNull).toList();
        for (Paper p : council.related(Paper.class, "id", paperIds, true)) {
            papers.put(Objects.requireNonNull(p.id()), paper(p));
        }
        List<FractionVoteRow> rows = shown.stream()
                .map(v -> new FractionVoteRow(
                        v.paperId() == null ? null : papers.get(v.paperId()),
                        v.voteDate(),
                        byVote.get(v.id()).result(),
                        v.result()))
                .toList();
        return Map.entry(rows, votes.size());
    }

    /**
     * The person's own votes (hoofdelijke stemmingen), newest first, at most {@code limit}; with the number of all.
     * Only votes that are public, on papers that are public.
     */
    Map.Entry<List<nl.statenwerk.portal.view.Views.PersonVoteRow>, Integer> personVotes(UUID personId, int limit) {
        Map<UUID, nl.statenwerk.council.VoteCast> byVote = new java.util.HashMap<>();
        for (var cast : council.related(nl.statenwerk.council.VoteCast.class, "person_id", personId, true)) {
            byVote.put(cast.voteId(), cast);
        }
        List<Vote> votes = council.related(Vote.class, "id", byVote.keySet(), true).stream()
                .sorted(Comparator.comparing(
                                Vote::voteDate, Comparator.nullsFirst(Comparator.<java.time.LocalDate>naturalOrder()))
                        .reversed())
                .toList();
        List<Vote> shown = votes.subList(0, Math.min(limit, votes.size()));
        Map<UUID, PaperLink> papers = new java.util.HashMap<>();
        for (Paper p : council.related(
                Paper.class,
                "id",
                shown.stream().map(Vote::paperId).filter(Objects::nonNull).toList(),
                true)) {
            papers.put(Objects.requireNonNull(p.id()), paper(p));
        }
        var rows = shown.stream()
                .map(v -> new nl.statenwerk.portal.view.Views.PersonVoteRow(
                        v.paperId() == null ? null : papers.get(v.paperId()),
                        v.voteDate(),
                        byVote.get(v.id()).choice(),
                        v.result()))
                .toList();
        return Map.entry(rows, votes.size());
    }

    NamedLink submitter(PaperSubmitter s) {
        if (s.personId() != null) {
            Optional<Person> person = council.findPublic(Person.class, s.personId());
            if (person.isPresent()) {
                return new NamedLink(person.get().name(), "/personen/" + s.personId());
            }
        }
        if (s.organizationId() != null) {
            Optional<Organization> org = council.findPublic(Organization.class, s.organizationId());
            if (org.isPresent()) {
                return organization(org.get());
            }
        }
        return new NamedLink(s.name() == null ? "?" : s.name(), null);
    }

    List<MembershipRow> memberships(String column, UUID id, boolean showPerson) {
        return council.related(Membership.class, column, id, true).stream()
                .map(m -> {
                    NamedLink other = showPerson
                            ? council.findPublic(Person.class, m.personId())
                                    .map(p -> new NamedLink(p.name(), "/personen/" + p.id()))
                                    .orElse(null)
                            : council.findPublic(Organization.class, m.organizationId())
                                    .map(this::organization)
                                    .orElse(null);
                    return other == null ? null : new MembershipRow(other, m.role(), m.startDate(), m.endDate());
                })
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(
                        MembershipRow::start, Comparator.nullsLast(Comparator.<java.time.LocalDate>naturalOrder())))
                .toList();
    }
}
