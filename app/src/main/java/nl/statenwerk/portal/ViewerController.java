package nl.statenwerk.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.statenwerk.access.Viewer;
import nl.statenwerk.access.Viewers;
import nl.statenwerk.annotations.Annotations;
import nl.statenwerk.council.Meeting;
import nl.statenwerk.council.Paper;
import nl.statenwerk.portal.view.DiscussionViews.AnnotationPanel;
import nl.statenwerk.portal.view.SignInViews.Csrf;
import nl.statenwerk.portal.view.Views.FileLink;
import nl.statenwerk.portal.view.Views.NamedLink;
import nl.statenwerk.portal.view.Views.TextPage;
import nl.statenwerk.portal.view.Views.ViewerPage;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The document viewer: a file of a paper or a meeting, as a PDF (PDF.js) and always as its extracted text, page by
 * page, each page an anchor ({@code #pagina-3}) so that a search hit opens at its page without JavaScript too. Only a
 * file the reader may read ({@code Readings.file}) of an owner the reader may read, that it belongs to, is shown;
 * anything else is the same 404 as an unknown address.
 */
@Controller
class ViewerController {

    private final PortalViews views;
    private final Annotations annotations;
    private final Viewers viewers;

    ViewerController(PortalViews views, Annotations annotations, Viewers viewers) {
        this.views = views;
        this.annotations = annotations;
        this.viewers = viewers;
    }

    /** The viewer at a page: {@code ?pagina=} for the PDF, the anchor for the text. */
    static String href(UUID paperId, UUID fileId, int page) {
        return "/stukken/" + paperId + "/bestanden/" + fileId + "?pagina=" + page + "#pagina-" + page;
    }

    @GetMapping("/stukken/{paperId}/bestanden/{fileId}")
    String paperFile(
            @PathVariable String paperId,
            @PathVariable String fileId,
            @RequestParam(name = "pagina", required = false) @Nullable String page,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        UUID file = PortalViews.parseId(fileId);
        Paper paper = views.readablePaper(paperId, "bestand-bekeken").getKey();
        UUID ownerId = Objects.requireNonNull(paper.id());
        if (views.council().links().paperFiles(ownerId).stream()
                .noneMatch(f -> f.fileId().equals(file))) {
            throw new NotFound();
        }
        recordFileRead(file);
        return viewer(new NamedLink(paper.name(), "/stukken/" + ownerId), file, page, request, response, model);
    }

    @GetMapping("/vergaderingen/{meetingId}/bestanden/{fileId}")
    String meetingFile(
            @PathVariable String meetingId,
            @PathVariable String fileId,
            @RequestParam(name = "pagina", required = false) @Nullable String page,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Meeting meeting = views.findPublic(Meeting.class, meetingId);
        UUID ownerId = Objects.requireNonNull(meeting.id());
        UUID file = PortalViews.parseId(fileId);
        if (views.council().links().meetingFiles(ownerId).stream()
                .noneMatch(f -> f.fileId().equals(file))) {
            throw new NotFound();
        }
        recordFileRead(file);
        return viewer(
                new NamedLink(views.meeting(meeting).name(), "/vergaderingen/" + ownerId),
                file,
                page,
                request,
                response,
                model);
    }

    /** The text of a file that is not public is information too: its reading is on record before it is shown. */
    private void recordFileRead(UUID file) {
        var reader = views.viewer();
        views.readings().file(reader, file).filter(r -> !r.isPublic()).ifPresent(r -> {
            views.personal();
            views.readings().recordRead(reader, "StoredFile", file, r, "bestand-bekeken");
        });
    }

    private String viewer(
            NamedLink owner,
            UUID fileId,
            @Nullable String page,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        String ownerPath = Objects.requireNonNull(owner.href());
        FileLink file = views.file(fileId, ownerPath).orElseThrow(NotFound::new);
        // a geheim file's text would be an unmarked copy: its reader gets the watermarked PDF only
        boolean secret = views.readings()
                .file(views.viewer(), fileId)
                .map(r -> r.watermarked())
                .orElse(true);
        List<TextPage> pages = secret ? List.of() : views.pages(fileId);
        model.addAttribute(
                "page",
                new ViewerPage(
                        file.name(),
                        owner,
                        file,
                        "application/pdf".equals(file.mimeType()),
                        pageNumber(page, pages.size()),
                        pages));
        Viewer viewer = viewers.current();
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        if (viewer.signedIn() && token != null && annotations.mayAnnotate(viewer, fileId)) {
            // the panel carries the reader's token and leads to their notes: a page for this reader alone
            response.setHeader("Cache-Control", PortalCaching.NEVER);
            model.addAttribute(
                    "annotations",
                    new AnnotationPanel(
                            new Csrf(token.getParameterName(), token.getToken()),
                            token.getHeaderName(),
                            "/annotaties?bestand=" + fileId,
                            annotations.fractieOf(viewer).isPresent()));
        }
        return "portal/viewer";
    }

    /** The page asked for, within the document; the first for anything else. */
    private static int pageNumber(@Nullable String page, int pages) {
        try {
            int n = page == null ? 1 : Integer.parseInt(page.strip());
            return Math.max(1, pages == 0 ? n : Math.min(n, pages));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
