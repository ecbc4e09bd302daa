package nl.statenwerk.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import nl.statenwerk.council.Body;
import nl.statenwerk.council.CommitmentStatus;
import nl.statenwerk.council.Council;
import nl.statenwerk.council.FollowUpStatus;
import nl.statenwerk.council.FollowUps;
import nl.statenwerk.council.FollowUps.CommitmentFilter;
import nl.statenwerk.council.FollowUps.CommitmentOverview;
import nl.statenwerk.council.FollowUps.CommitmentRow;
import nl.statenwerk.council.FollowUps.MotionFilter;
import nl.statenwerk.council.FollowUps.MotionOverview;
import nl.statenwerk.council.FollowUps.MotionRow;
import nl.statenwerk.council.ListQuery;
import nl.statenwerk.council.MotionOutcome;
import nl.statenwerk.council.Organization;
import nl.statenwerk.council.OrganizationClassification;
import nl.statenwerk.council.Paper;
import nl.statenwerk.council.PaperSubmitter;
import nl.statenwerk.council.Person;
import nl.statenwerk.portal.view.Views.CommitmentRowView;
import nl.statenwerk.portal.view.Views.CommitmentsPage;
import nl.statenwerk.portal.view.Views.FollowUpFilters;
import nl.statenwerk.portal.view.Views.MotionRowView;
import nl.statenwerk.portal.view.Views.MotionsPage;
import nl.statenwerk.portal.view.Views.NamedLink;
import nl.statenwerk.portal.view.Views.Option;
import nl.statenwerk.portal.view.Views.Paging;
import nl.statenwerk.portal.view.Views.PaperLink;
import nl.statenwerk.portal.view.Views.StatusCount;
import nl.statenwerk.portal.view.Views.StatusOption;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The follow-up overviews: motions (moties) with their outcome and afdoening, and commitments (toezeggingen) with
 * their termijn and status against today. Filters, status counts and paging are links and a GET form, as on the
 * search page; each is also a CSV file of the whole selection.
 */
@Controller
class FollowUpPagesController {

    static final int PAGE_SIZE = 25;
    /** The most rows a CSV file holds: more than a province's motions in a term. */
    private static final int CSV_LIMIT = 1000;

    private final PortalViews views;
    private final FollowUps followUps;
    private final Clock clock;

    FollowUpPagesController(PortalViews views, FollowUps followUps, ObjectProvider<Clock> clock) {
        this.views = views;
        this.followUps = followUps;
        // a test fixes the day that termijnen are overdue against
        this.clock = clock.getIfAvailable(() -> Clock.system(ZoneId.of("Europe/Amsterdam")));
    }

    /** The query of a page, without its page number, to build the links of filters and pages from. */
    private record Query(String path, Map<String, String> params) {

        static Query of(String path, Object... pairs) {
            Map<String, String> params = new LinkedHashMap<>();
            for (int i = 0; i < pairs.length; i += 2) {
                if (pairs[i + 1] != null && !pairs[i + 1].toString().isBlank()) {
                    params.put((String) pairs[i], pairs[i + 1].toString().strip());
                }
            }
            return new Query(path, params);
        }

        String with(String key, @Nullable String value) {
            Map<String, String> changed = new LinkedHashMap<>(params);
            if (value == null) {
                changed.remove(key);
            } else {
                changed.put(key, value);
            }
            return href(path, changed);
        }

        String page(int page) {
            return page <= 1 ? href(path, params) : with("pagina", String.valueOf(page));
        }

        String as(String otherPath) {
            return href(otherPath, params);
        }

        private static String href(String path, Map<String, String> params) {
            UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
            params.forEach(uri::queryParam);
            return uri.encode().build().toUriString();
        }
    }

    @GetMapping("/moties")
    String motions(
            @RequestParam(name = "staten", required = false) @Nullable String body,
            @RequestParam(name = "fractie", required = false) @Nullable String fractie,
            @RequestParam(name = "jaar", required = false) @Nullable String year,
            @RequestParam(name = "uitkomst", required = false) @Nullable String outcome,
            @RequestParam(name = "afdoening", required = false) @Nullable String followUp,
            @RequestParam(name = "pagina", required = false) @Nullable String page,
            Model model) {
        UUID bodyId = MeetingController.optionalId(body);
        UUID fractieId = MeetingController.optionalId(fractie);
        Integer yearValue = year(year);
        MotionOutcome outcomeValue = MotionOutcome.ofCode(outcome);
        FollowUpStatus followUpValue = FollowUpStatus.ofCode(followUp);
        Query query = Query.of(
                "/moties",
                "staten",
                bodyId,
                "fractie",
                fractieId,
                "jaar",
                yearValue,
                "uitkomst",
                outcomeValue == null ? null : outcomeValue.code(),
                "afdoening",
                followUpValue == null ? null : followUpValue.code());
        int pageNumber = pageNumber(page);
        MotionOverview overview = followUps.motions(new MotionFilter(
                bodyId, fractieId, yearValue, outcomeValue, followUpValue, (pageNumber - 1) * PAGE_SIZE, PAGE_SIZE));
        if (overview.rows().isEmpty() && overview.total() > 0) {
            // a page beyond the last (an old link, fewer motions now): show the last
            pageNumber = lastPage(overview.total());
            overview = followUps.motions(new MotionFilter(
                    bodyId,
                    fractieId,
                    yearValue,
                    outcomeValue,
                    followUpValue,
                    (pageNumber - 1) * PAGE_SIZE,
                    PAGE_SIZE));
        }
        Paging paging = paging(query, pageNumber, overview.total());
        List<Body> bodies = bodies();
        model.addAttribute(
                "page",
                new MotionsPage(
                        motionRows(overview.rows()),
                        overview.total(),
                        filters(bodies, bodyId, overview.years(), yearValue),
                        fracties(bodies, bodyId, fractieId),
                        options(MotionOutcome.values(), MotionOutcome::code, outcomeValue),
                        options(FollowUpStatus.values(), FollowUpStatus::code, followUpValue),
                        counts(
                                query,
                                "uitkomst",
                                MotionOutcome.values(),
                                MotionOutcome::code,
                                overview.outcomes(),
                                outcomeValue),
                        counts(
                                query,
                                "afdoening",
                                FollowUpStatus.values(),
                                FollowUpStatus::code,
                                overview.followUps(),
                                followUpValue),
                        paging,
                        (paging.current() - 1) * PAGE_SIZE + 1,
                        query.as("/moties.csv")));
        return "portal/motions";
    }

    @GetMapping("/toezeggingen")
    String commitments(
            @RequestParam(name = "staten", required = false) @Nullable String body,
            @RequestParam(name = "jaar", required = false) @Nullable String year,
            @RequestParam(name = "status", required = false) @Nullable String status,
            @RequestParam(name = "verlopen", required = false) @Nullable String overdue,
            @RequestParam(name = "pagina", required = false) @Nullable String page,
            Model model) {
        UUID bodyId = MeetingController.optionalId(body);
        Integer yearValue = year(year);
        // "alleen verlopen" is the status verlopen, as a checkbox in the form
        CommitmentStatus statusValue =
                overdue != null && !overdue.isBlank() ? CommitmentStatus.OVERDUE : CommitmentStatus.ofCode(status);
        Query query = Query.of(
                "/toezeggingen",
                "staten",
                bodyId,
                "jaar",
                yearValue,
                "status",
                statusValue == null ? null : statusValue.code());
        int pageNumber = pageNumber(page);
        LocalDate today = LocalDate.now(clock);
        CommitmentOverview overview = followUps.commitments(
                new CommitmentFilter(bodyId, yearValue, statusValue, today, (pageNumber - 1) * PAGE_SIZE, PAGE_SIZE));
        if (overview.rows().isEmpty() && overview.total() > 0) {
            pageNumber = lastPage(overview.total());
            overview = followUps.commitments(new CommitmentFilter(
                    bodyId, yearValue, statusValue, today, (pageNumber - 1) * PAGE_SIZE, PAGE_SIZE));
        }
        Paging paging = paging(query, pageNumber, overview.total());
        model.addAttribute(
                "page",
                new CommitmentsPage(
                        commitmentRows(overview.rows()),
                        overview.total(),
                        filters(bodies(), bodyId, overview.years(), yearValue),
                        options(CommitmentStatus.values(), CommitmentStatus::code, statusValue),
                        statusValue == CommitmentStatus.OVERDUE,
                        counts(
                                query,
                                "status",
                                CommitmentStatus.values(),
                                CommitmentStatus::code,
                                overview.statuses(),
                                statusValue),
                        paging,
                        (paging.current() - 1) * PAGE_SIZE + 1,
                        today,
                        query.as("/toezeggingen.csv")));
        return "portal/commitments";
    }

    @GetMapping("/moties.csv")
    ResponseEntity<String> motionsCsv(
            @RequestParam(name = "staten", required = false) @Nullable String body,
            @RequestParam(name = "fractie", required = false) @Nullable String fractie,
            @RequestParam(name = "jaar", required = false) @Nullable String year,
            @RequestParam(name = "uitkomst", required = false) @Nullable String outcome,
            @RequestParam(name = "afdoening", required = false) @Nullable String followUp) {
        MotionOverview overview = followUps.motions(new MotionFilter(
                MeetingController.optionalId(body),
                MeetingController.optionalId(fractie),
                year(year),
                MotionOutcome.ofCode(outcome),
                FollowUpStatus.ofCode(followUp),
                0,
                CSV_LIMIT));
        Csv csv = new Csv(
                "titel", "kenmerk", "datum", "uitkomst", "afdoening", "afdoeningsdatum", "toelichting", "adres");
        for (MotionRow r : overview.rows()) {
            FollowUpStatus status = r.followUp();
            csv.row(
                    r.name(),
                    r.reference(),
                    r.date(),
                    r.outcome().code(),
                    status == null ? null : status.code(),
                    r.recorded() == null ? null : r.recorded().statusDate(),
                    r.recorded() == null ? null : r.recorded().note(),
                    "/stukken/" + r.paperId());
        }
        return csv.response("moties.csv");
    }

    @GetMapping("/toezeggingen.csv")
    ResponseEntity<String> commitmentsCsv(
            @RequestParam(name = "staten", required = false) @Nullable String body,
            @RequestParam(name = "jaar", required = false) @Nullable String year,
            @RequestParam(name = "status", required = false) @Nullable String status,
            @RequestParam(name = "verlopen", required = false) @Nullable String overdue) {
        CommitmentOverview overview = followUps.commitments(new CommitmentFilter(
                MeetingController.optionalId(body),
                year(year),
                overdue != null && !overdue.isBlank() ? CommitmentStatus.OVERDUE : CommitmentStatus.ofCode(status),
                LocalDate.now(clock),
                0,
                CSV_LIMIT));
        Csv csv = new Csv(
                "toezegging",
                "toegezegd_door",
                "portefeuille",
                "datum",
                "termijn",
                "status",
                "afdoeningsdatum",
                "toelichting",
                "vergadering");
        for (CommitmentRow r : overview.rows()) {
            csv.row(
                    r.text(),
                    r.promisedBy(),
                    r.portfolio(),
                    r.date(),
                    r.dueDate(),
                    r.status().code(),
                    r.statusDate(),
                    r.note(),
                    r.meetingId() == null ? null : "/vergaderingen/" + r.meetingId());
        }
        return csv.response("toezeggingen.csv");
    }

    /** RFC 4180 with semicolons, which spreadsheets set to Dutch expect, and a byte order mark for UTF-8. */
    private static final class Csv {
        private final StringBuilder text = new StringBuilder("\uFEFF");

        Csv(String... header) {
            row((Object[]) header);
        }

        void row(@Nullable Object... values) {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    text.append(';');
                }
                String value = values[i] == null ? "" : values[i].toString();
                // a leading = + - @ would be a formula to a spreadsheet: quote it as text
                if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) {
                    value = "'" + value;
                }
                text.append('"').append(value.replace("\"", "\"\"")).append('"');
            }
            text.append("\r\n");
        }

        ResponseEntity<String> response(String fileName) {
            return ResponseEntity.ok()
                    .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                    .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                    .body(text.toString());
        }
    }

    private List<MotionRowView> motionRows(List<MotionRow> rows) {
        Council council = views.council();
        // one query per kind for the whole page: submitters, their people and fracties, the settling papers
        List<UUID> paperIds = rows.stream().map(MotionRow::paperId).toList();
        List<PaperSubmitter> submitters = council.related(PaperSubmitter.class, "paper_id", paperIds, true);
        Map<UUID, Person> people = byId(
                council.related(
                        Person.class,
                        "id",
                        submitters.stream()
                                .map(PaperSubmitter::personId)
                                .filter(Objects::nonNull)
                                .toList(),
                        true),
                Person::id);
        Map<UUID, Organization> organizations = byId(
                council.related(
                        Organization.class,
                        "id",
                        submitters.stream()
                                .map(PaperSubmitter::organizationId)
                                .filter(Objects::nonNull)
                                .toList(),
                        true),
                Organization::id);
        Map<UUID, List<NamedLink>> names = new HashMap<>();
        for (PaperSubmitter s : submitters) {
            NamedLink name = s.personId() != null && people.containsKey(s.personId())
                    ? new NamedLink(people.get(s.personId()).name(), "/personen/" + s.personId())
                    : s.organizationId() != null && organizations.containsKey(s.organizationId())
                            ? views.organization(organizations.get(s.organizationId()))
                            : s.name() != null ? new NamedLink(s.name(), null) : null;
            if (name != null) {
                names.computeIfAbsent(s.paperId(), k -> new ArrayList<>()).add(name);
            }
        }
        Map<UUID, PaperLink> settling = settlingPapers(rows.stream()
                .map(r -> r.recorded() == null ? null : r.recorded().settledBy())
                .filter(Objects::nonNull)
                .toList());
        return rows.stream()
                .map(r -> new MotionRowView(
                        "/stukken/" + r.paperId(),
                        r.name(),
                        r.reference(),
                        r.date(),
                        names.getOrDefault(r.paperId(), List.of()),
                        r.outcome(),
                        r.followUp(),
                        r.recorded() == null ? null : r.recorded().statusDate(),
                        r.recorded() == null ? null : r.recorded().note(),
                        r.recorded() == null || r.recorded().settledBy() == null
                                ? null
                                : settling.get(r.recorded().settledBy()),
                        r.meetingId() == null ? null : "/vergaderingen/" + r.meetingId(),
                        r.meetingDate()))
                .toList();
    }

    private List<CommitmentRowView> commitmentRows(List<CommitmentRow> rows) {
        List<UUID> paperIds = new ArrayList<>();
        for (CommitmentRow r : rows) {
            if (r.paperId() != null) {
                paperIds.add(r.paperId());
            }
            if (r.settledBy() != null) {
                paperIds.add(r.settledBy());
            }
        }
        Map<UUID, PaperLink> papers = settlingPapers(paperIds);
        return rows.stream()
                .map(r -> new CommitmentRowView(
                        r.text(),
                        r.promisedBy(),
                        r.portfolio(),
                        r.paperId() == null ? null : papers.get(r.paperId()),
                        r.meetingId() == null ? null : "/vergaderingen/" + r.meetingId(),
                        r.agendaItem(),
                        r.date(),
                        r.dueDate(),
                        r.status(),
                        r.statusDate(),
                        r.note(),
                        r.settledBy() == null ? null : papers.get(r.settledBy())))
                .toList();
    }

    /** The public papers among the ids, in one query. */
    private Map<UUID, PaperLink> settlingPapers(Collection<UUID> ids) {
        Map<UUID, PaperLink> papers = new HashMap<>();
        for (Paper p : views.council().related(Paper.class, "id", ids, true)) {
            papers.put(Objects.requireNonNull(p.id()), views.paper(p));
        }
        return papers;
    }

    private static <T> Map<UUID, T> byId(List<T> objects, Function<T, @Nullable UUID> id) {
        Map<UUID, T> map = new HashMap<>();
        for (T object : objects) {
            map.put(Objects.requireNonNull(id.apply(object)), object);
        }
        return map;
    }

    private List<Body> bodies() {
        return views.council().list(Body.class, ListQuery.publicFirstPage(100)).items().stream()
                .sorted(Comparator.comparing(Body::name))
                .toList();
    }

    private static FollowUpFilters filters(
            List<Body> bodies, @Nullable UUID bodyId, List<Integer> years, @Nullable Integer year) {
        List<Option> yearOptions = new ArrayList<>(years.stream()
                .map(y -> new Option(y.toString(), y.toString(), y.equals(year)))
                .toList());
        // a chosen year without objects stays in the form, so the reader sees what was asked
        if (year != null && !years.contains(year)) {
            yearOptions.addFirst(new Option(year.toString(), year.toString(), true));
        }
        return new FollowUpFilters(
                bodies.stream()
                        .map(b ->
                                new Option(Objects.requireNonNull(b.id()).toString(), b.name(), b.id().equals(bodyId)))
                        .toList(),
                yearOptions,
                bodies.size() > 1);
    }

    /** The fracties of the chosen Staten, or of all with their Staten's short name when several are shown. */
    private List<Option> fracties(List<Body> bodies, @Nullable UUID bodyId, @Nullable UUID fractieId) {
        Map<UUID, Body> byId = byId(bodies, Body::id);
        return views
                .council()
                .list(
                        Organization.class,
                        new ListQuery(bodyId, null, null, 1000, true, false, OrganizationClassification.FRACTIE))
                .items()
                .stream()
                .map(o -> {
                    Body b = byId.get(o.bodyId());
                    String label = bodyId == null && bodies.size() > 1 && b != null
                            ? o.name() + " (" + Objects.requireNonNullElse(b.shortName(), b.name()) + ")"
                            : o.name();
                    return new Option(Objects.requireNonNull(o.id()).toString(), label, o.id().equals(fractieId));
                })
                .sorted(Comparator.comparing(Option::label))
                .toList();
    }

    private static <E extends Enum<E>> List<StatusOption> options(
            E[] values, Function<E, String> code, @Nullable E chosen) {
        return java.util.Arrays.stream(values)
                .map(v -> new StatusOption(code.apply(v), v, v == chosen))
                .toList();
    }

    /** "All" and each status with its count, as links that choose it; statuses that none has are left out. */
    private static <E extends Enum<E>> List<StatusCount> counts(
            Query query, String key, E[] values, Function<E, String> code, Map<E, Integer> counts, @Nullable E chosen) {
        List<StatusCount> links = new ArrayList<>();
        links.add(new StatusCount(
                null,
                counts.values().stream().mapToInt(Integer::intValue).sum(),
                query.with(key, null),
                chosen == null));
        for (E value : values) {
            int count = counts.getOrDefault(value, 0);
            if (count > 0 || value == chosen) {
                links.add(new StatusCount(value, count, query.with(key, code.apply(value)), value == chosen));
            }
        }
        return links;
    }

    private static @Nullable Integer year(@Nullable String year) {
        if (year == null || !year.strip().matches("\\d{4}")) {
            return null;
        }
        return Integer.valueOf(year.strip());
    }

    private static int pageNumber(@Nullable String page) {
        if (page == null || !page.strip().matches("\\d{1,4}")) {
            return 1;
        }
        return Math.max(1, Integer.parseInt(page.strip()));
    }

    /** The first and last page, and two either side of the current one, as on the search page. */
    private static int lastPage(int total) {
        return Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    private static Paging paging(Query query, int requested, int total) {
        return Paging.around(requested, lastPage(total), query::page);
    }
}
