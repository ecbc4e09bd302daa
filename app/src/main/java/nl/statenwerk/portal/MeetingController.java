package nl.statenwerk.portal;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.statenwerk.council.Body;
import nl.statenwerk.council.ListQuery;
import nl.statenwerk.council.Meeting;
import nl.statenwerk.council.Organization;
import nl.statenwerk.council.OrganizationClassification;
import nl.statenwerk.portal.view.Views.MeetingPage;
import nl.statenwerk.portal.view.Views.MeetingsPage;
import nl.statenwerk.portal.view.Views.Option;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The meetings list, newest first with filters per Staten and per commissie, and one meeting with its agenda. */
@Controller
class MeetingController {

    private final PortalViews views;

    MeetingController(PortalViews views) {
        this.views = views;
    }

    @GetMapping("/vergaderingen")
    String meetings(
            @RequestParam(name = "staten", required = false) @Nullable String body,
            @RequestParam(name = "orgaan", required = false) @Nullable String organization,
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
        model.addAttribute(
                "page",
                new MeetingsPage(
                        council.meetingsByDate(bodyId, organizationId, null, null, true, 200).stream()
                                .map(views::meeting)
                                .toList(),
                        organizations,
                        bodies,
                        calendarFeed(bodyId, organizationId)));
        return "portal/meetings";
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
