package nl.statenwerk.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.statenwerk.access.Reading;
import nl.statenwerk.access.Viewers;
import nl.statenwerk.council.AgendaItem;
import nl.statenwerk.council.Consultation;
import nl.statenwerk.council.Meeting;
import nl.statenwerk.council.Paper;
import nl.statenwerk.council.PaperRelation;
import nl.statenwerk.council.PaperSubmitter;
import nl.statenwerk.council.Vote;
import nl.statenwerk.discussions.Discussions;
import nl.statenwerk.discussions.Topic;
import nl.statenwerk.dossiers.Dossiers;
import nl.statenwerk.portal.view.DossierViews.DossierOption;
import nl.statenwerk.portal.view.DossierViews.PinForm;
import nl.statenwerk.portal.view.Views.PaperLink;
import nl.statenwerk.portal.view.Views.PaperPage;
import nl.statenwerk.portal.view.Views.RouteStep;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A paper: its metadata, submitters, route through meetings, files, related papers and votes. A paper that is not
 * public is shown to a reader who may read it, labelled with its level, recorded in the audit log and never cached.
 */
@Controller
class PaperController {

    private static final Set<String> PIN_ERRORS = Set.of("naam", "notitie", "dossier");

    private final PortalViews views;
    private final Discussions discussions;
    private final Viewers viewers;
    private final Dossiers dossiers;

    PaperController(PortalViews views, Discussions discussions, Viewers viewers, Dossiers dossiers) {
        this.views = views;
        this.discussions = discussions;
        this.viewers = viewers;
        this.dossiers = dossiers;
    }

    @GetMapping("/stukken/{id}")
    String paper(
            @PathVariable String id,
            @RequestParam(name = "vastgepind", required = false) @Nullable String pinnedIn,
            @RequestParam(name = "vastpinfout", required = false) @Nullable String pinError,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        var readable = views.readablePaper(id, "stuk-bekeken");
        Paper paper = readable.getKey();
        Reading reading = readable.getValue();
        UUID paperId = Objects.requireNonNull(paper.id());
        if (discussions.mayDiscuss(viewers.current(), Topic.paper(paperId))) {
            // the link is for this reader alone: the page must not be cached for others
            response.setHeader("Cache-Control", PortalCaching.SIGNED_IN);
            model.addAttribute("discussion", "/stukken/" + paperId + "/discussie");
        }
        pinForm(paperId, pinnedIn, pinError, request).ifPresent(form -> model.addAttribute("pin", form));
        var council = views.council();
        // what hangs off a paper that is not public is not public either: for a reader who may read the paper, it is
        boolean publicOnly = reading.isPublic();
        model.addAttribute(
                "page",
                new PaperPage(
                        reading.isPublic() ? null : reading.level(),
                        views.paper(paper),
                        paper.reference(),
                        paper.submittedDate(),
                        paper.author(),
                        paper.description(),
                        paper.portfolioHolder(),
                        council.related(PaperSubmitter.class, "paper_id", paperId, publicOnly).stream()
                                .map(views::submitter)
                                .toList(),
                        council.related(Consultation.class, "paper_id", paperId, publicOnly).stream()
                                .map(this::step)
                                .flatMap(Optional::stream)
                                .toList(),
                        council.links().paperFiles(paperId).stream()
                                .map(f -> views.file(f.fileId(), "/stukken/" + paperId))
                                .flatMap(Optional::stream)
                                .toList(),
                        relatedPapers(paperId),
                        council.related(Vote.class, "paper_id", paperId, publicOnly).stream()
                                .map(views::vote)
                                .toList()));
        return "portal/paper";
    }

    /**
     * For a signed-in reader, the form that pins the paper to one of their dossiers or to a new one, with the dossier
     * it was just pinned to or the error of the last try.
     */
    private Optional<PinForm> pinForm(
            UUID paperId, @Nullable String pinnedIn, @Nullable String error, HttpServletRequest request) {
        UUID account = views.viewer().account();
        if (account == null) {
            return Optional.empty();
        }
        List<DossierOption> own = dossiers.readableBy(account).stream()
                .filter(d -> d.ownerId().equals(account))
                .map(d -> new DossierOption(d.id(), d.name()))
                .toList();
        UUID pinned = MySavedSearchesController.uuid(pinnedIn);
        return Optional.of(new PinForm(
                MyPagesController.csrf(request),
                paperId,
                own,
                own.stream().filter(d -> d.id().equals(pinned)).findFirst().orElse(null),
                error != null && PIN_ERRORS.contains(error) ? error : null));
    }

    private List<PaperLink> relatedPapers(UUID paperId) {
        List<UUID> related = views.council().links().paperRelations(paperId).stream()
                .map(PaperRelation::relatedPaperId)
                .filter(Objects::nonNull)
                .toList();
        Map<UUID, PaperLink> readable = views.readablePapers(related, "stuk-in-lijst-getoond");
        return related.stream()
                .distinct()
                .map(readable::get)
                .filter(Objects::nonNull)
                .toList();
    }

    private Optional<RouteStep> step(Consultation c) {
        var council = views.council();
        UUID meetingId = c.meetingId();
        Optional<AgendaItem> item =
                c.agendaItemId() == null ? Optional.empty() : council.findPublic(AgendaItem.class, c.agendaItemId());
        if (meetingId == null) {
            meetingId = item.map(AgendaItem::meetingId).orElse(null);
        }
        if (meetingId == null) {
            return Optional.empty();
        }
        return council.findPublic(Meeting.class, meetingId)
                .map(m -> new RouteStep(
                        views.meeting(m),
                        item.map(i -> (i.number() == null ? "" : i.number() + " ")
                                        + (i.title() == null ? "" : i.title()))
                                .orElse(null),
                        views.organizationName(c.organizationId()),
                        c.role()));
    }
}
