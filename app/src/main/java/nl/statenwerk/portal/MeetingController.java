package nl.statenwerk.portal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import nl.statenwerk.council.Body;
import nl.statenwerk.council.ListQuery;
import nl.statenwerk.council.Meeting;
import nl.statenwerk.council.Organization;
import nl.statenwerk.council.OrganizationClassification;
import nl.statenwerk.portal.view.Views.DayCell;
import nl.statenwerk.portal.view.Views.MeetingLink;
import nl.statenwerk.portal.view.Views.MeetingPage;
import nl.statenwerk.portal.view.Views.MeetingsPage;
import nl.statenwerk.portal.view.Views.MonthView;
import nl.statenwerk.portal.view.Views.Option;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The meetings: a list newest first or a month grid ({@code ?weergave=maand&maand=2025-03}), both with filters per
 * Staten and per commissie, and one meeting with its agenda.
 */
@Controller
class MeetingController {

    private final PortalViews views;
    private final Clock clock;

    MeetingController(PortalViews views, ObjectProvider<Clock> clock) {
        this.views = views;
        // a test fixes the day the month view marks as today
        this.clock = clock.getIfAvailable(() -> Clock.system(ZoneId.of("Europe/Amsterdam")));
    }

    @GetMapping("/vergaderingen")
    String meetings(
            @RequestParam(name = "staten", required = false) @Nullable String body,
            @RequestParam(name = "orgaan", required = false) @Nullable String organization,
            @RequestParam(name = "weergave", required = false) @Nullable String view,
            @RequestParam(name = "maand", required = false) @Nullable String month,
            Model model) {
        UUID bodyId = optionalId(body);
        UUID organizationId = optionalId(organization);
        var council = views.council();
        List<Option> bodies = council.list(Body.class, ListQuery.publicFirstPage(100)).items().stream()
                .map(b -> new Option(Objects.requireNonNull(b.id()).toString(), b.name(), b.id().equals(bodyId)))
                .sorted(Comparator.comparing(Option::label))
                .toList();
        List<Option> organizations = council
                .list(
                        Organization.class,
                        new ListQuery(null, null, null, 500, true, false, OrganizationClassification.COMMISSIE))
                .items()
                .stream()
                .map(o ->
                        new Option(Objects.requireNonNull(o.id()).toString(), o.name(), o.id().equals(organizationId)))
                .sorted(Comparator.comparing(Option::label))
                .toList();
        LocalDate today = LocalDate.now(clock);
        YearMonth chosen = yearMonth(month);
        boolean monthView = "maand".equals(view) || chosen != null;
        YearMonth shown = chosen != null ? chosen : YearMonth.from(today);
        String filters = filterQuery(bodyId, organizationId);
        MonthView grid = null;
        List<MeetingLink> meetings;
        if (monthView) {
            meetings =
                    council
                            .meetingsByDate(bodyId, organizationId, shown.atDay(1), shown.atEndOfMonth(), false, 1000)
                            .stream()
                            .map(views::meeting)
                            .toList();
            grid = month(shown, today, meetings, filters);
        } else {
            meetings = council.meetingsByDate(bodyId, organizationId, null, null, true, 200).stream()
                    .map(views::meeting)
                    .toList();
        }
        model.addAttribute(
                "page",
                new MeetingsPage(
                        meetings,
                        organizations,
                        bodies,
                        calendarFeed(bodyId, organizationId),
                        "/vergaderingen" + (filters.isEmpty() ? "" : "?" + filters),
                        monthHref(shown, filters),
                        grid));
        return "portal/meetings";
    }

    /**
     * The month's weeks from Monday to Sunday, each day with its meetings; days of the weeks around the month are in
     * the grid, but without meetings (those are in the neighbouring month's view).
     */
    static MonthView month(YearMonth month, LocalDate today, List<MeetingLink> meetings, String filters) {
        Map<LocalDate, List<MeetingLink>> byDay = new TreeMap<>();
        for (MeetingLink m : meetings) {
            if (m.date() != null) {
                byDay.computeIfAbsent(m.date(), d -> new ArrayList<>()).add(m);
            }
        }
        LocalDate first = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        List<List<DayCell>> weeks = new ArrayList<>();
        List<DayCell> days = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.MONDAY) {
                weeks.add(new ArrayList<>());
            }
            boolean inMonth = YearMonth.from(day).equals(month);
            DayCell cell = new DayCell(
                    day, inMonth, day.equals(today), inMonth ? byDay.getOrDefault(day, List.of()) : List.of());
            weeks.getLast().add(cell);
            if (!cell.meetings().isEmpty()) {
                days.add(cell);
            }
        }
        YearMonth current = YearMonth.from(today);
        return new MonthView(
                month.atDay(1),
                List.of(DayOfWeek.values()),
                weeks.stream().map(List::copyOf).toList(),
                days,
                monthHref(month.minusMonths(1), filters),
                month.minusMonths(1).atDay(1),
                monthHref(month.plusMonths(1), filters),
                month.plusMonths(1).atDay(1),
                month.equals(current) ? null : monthHref(current, filters));
    }

    private static String monthHref(YearMonth month, String filters) {
        return "/vergaderingen?weergave=maand&maand=" + month + (filters.isEmpty() ? "" : "&" + filters);
    }

    private static String filterQuery(@Nullable UUID bodyId, @Nullable UUID organizationId) {
        List<String> parts = new ArrayList<>();
        if (bodyId != null) {
            parts.add("staten=" + bodyId);
        }
        if (organizationId != null) {
            parts.add("orgaan=" + organizationId);
        }
        return String.join("&", parts);
    }

    /** A month as {@code 2025-03}; {@code null} when absent or not a month between the years 1900 and 2200. */
    static @Nullable YearMonth yearMonth(@Nullable String value) {
        if (value == null || !value.strip().matches("\\d{4}-\\d{2}")) {
            return null;
        }
        try {
            YearMonth month = YearMonth.parse(value.strip());
            return month.getYear() < 1900 || month.getYear() > 2200 ? null : month;
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    @GetMapping("/vergaderingen/{id}")
    String meeting(@PathVariable String id, Model model) {
        Meeting meeting = views.findPublic(Meeting.class, id);
        UUID meetingId = Objects.requireNonNull(meeting.id());
        model.addAttribute(
                "page",
                new MeetingPage(
                        views.meeting(meeting),
                        meeting.location(),
                        meeting.endAt() != null ? meeting.endAt() : meeting.plannedEndAt(),
                        meeting.description(),
                        meeting.livestreamUrl(),
                        views.agenda(meetingId),
                        views.council().links().meetingFiles(meetingId).stream()
                                .map(f -> views.file(f.fileId(), "/vergaderingen/" + meetingId))
                                .flatMap(Optional::stream)
                                .toList()));
        return "portal/meeting";
    }

    private static String calendarFeed(@Nullable UUID bodyId, @Nullable UUID organizationId) {
        StringBuilder feed = new StringBuilder("/vergaderingen.ics");
        if (bodyId != null) {
            feed.append("?staten=").append(bodyId);
        }
        if (organizationId != null) {
            feed.append(bodyId == null ? '?' : '&').append("orgaan=").append(organizationId);
        }
        return feed.toString();
    }

    /** A filter's id, or {@code null} when absent or not an id (an unknown filter matches nothing, a bad one all). */
    static @Nullable UUID optionalId(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
