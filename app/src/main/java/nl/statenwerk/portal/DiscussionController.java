package nl.statenwerk.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import nl.statenwerk.access.Viewers;
import nl.statenwerk.discussions.DiscussionRefused;
import nl.statenwerk.discussions.Discussions;
import nl.statenwerk.discussions.Post;
import nl.statenwerk.discussions.Topic;
import nl.statenwerk.discussions.Visibility;
import nl.statenwerk.portal.view.DiscussionViews.DiscussionPage;
import nl.statenwerk.portal.view.SignInViews.Csrf;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The discussion of a paper ({@code /stukken/{id}/discussie}) or an agenda item ({@code /agendapunten/{id}/discussie})
 * for signed-in members: threads with replies, and forms that post and redirect back (POST-redirect-GET), so that it
 * works without JavaScript. What the reader may not see is the same 404 as an unknown address. Never cached.
 */
@Controller
class DiscussionController {

    private static final Set<String> ERRORS = Set.of(
            "discussion.error.empty",
            "discussion.error.tooLong",
            "discussion.error.noFractie",
            "discussion.error.notYours",
            "discussion.error.tooLate");

    private final Discussions discussions;
    private final Viewers viewers;

    DiscussionController(Discussions discussions, Viewers viewers) {
        this.discussions = discussions;
        this.viewers = viewers;
    }

    @GetMapping({"/stukken/{id}/discussie", "/agendapunten/{id}/discussie"})
    String discussion(
            @PathVariable String id,
            @RequestParam(name = "fout", required = false) @Nullable String error,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        response.setHeader("Cache-Control", PortalCaching.NEVER);
        Topic topic = topic(request, id);
        var discussion = discussions.read(viewers.current(), topic).orElseThrow(NotFound::new);
        model.addAttribute(
                "page",
                new DiscussionPage(
                        csrf(request),
                        discussion,
                        path(topic),
                        error != null && ERRORS.contains(error) ? error : null));
        return "portal/discussion";
    }

    @PostMapping({"/stukken/{id}/discussie", "/agendapunten/{id}/discussie"})
    String post(
            @PathVariable String id,
            @RequestParam("tekst") String text,
            @RequestParam(name = "zichtbaarheid", defaultValue = "STATEN") String visibility,
            @RequestParam(name = "antwoordOp", required = false) @Nullable String parent,
            HttpServletRequest request) {
        Topic topic = topic(request, id);
        Visibility shown = "FRACTIE".equals(visibility) ? Visibility.FRACTIE : Visibility.STATEN;
        UUID parentId = parent == null || parent.isBlank() ? null : PortalViews.parseId(parent);
        return act(topic, () -> discussions.post(viewers.current(), topic, parentId, shown, text));
    }

    @PostMapping({"/stukken/{id}/discussie/{post}/bewerken", "/agendapunten/{id}/discussie/{post}/bewerken"})
    String edit(
            @PathVariable String id,
            @PathVariable String post,
            @RequestParam("tekst") String text,
            HttpServletRequest request) {
        Topic topic = topic(request, id);
        UUID postId = postOf(topic, post);
        return act(topic, () -> discussions.edit(viewers.current(), postId, text));
    }

    @PostMapping({"/stukken/{id}/discussie/{post}/verwijderen", "/agendapunten/{id}/discussie/{post}/verwijderen"})
    String delete(@PathVariable String id, @PathVariable String post, HttpServletRequest request) {
        Topic topic = topic(request, id);
        UUID postId = postOf(topic, post);
        return act(topic, () -> {
            discussions.delete(viewers.current(), postId);
            return null;
        });
    }

    private interface Action {
        @Nullable
        Post run();
    }

    private String act(Topic topic, Action action) {
        try {
            Post done = action.run();
            return "redirect:" + path(topic) + (done == null ? "" : "#bijdrage-" + done.id());
        } catch (NoSuchElementException e) {
            throw new NotFound();
        } catch (DiscussionRefused e) {
            return "redirect:" + path(topic) + "?fout=" + e.messageKey();
        }
    }

    /** The post, when it is one of this topic's that the reader sees. */
    private UUID postOf(Topic topic, String post) {
        UUID id = PortalViews.parseId(post);
        if (!discussions.topicOf(viewers.current(), id).map(topic::equals).orElse(false)) {
            throw new NotFound();
        }
        return id;
    }

    private static Topic topic(HttpServletRequest request, String id) {
        UUID uuid = PortalViews.parseId(id);
        return request.getRequestURI().startsWith("/agendapunten/") ? Topic.agendaItem(uuid) : Topic.paper(uuid);
    }

    private static String path(Topic topic) {
        return (topic.kind() == Topic.Kind.PAPER ? "/stukken/" : "/agendapunten/") + topic.id() + "/discussie";
    }

    private static Csrf csrf(HttpServletRequest request) {
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return token == null ? new Csrf("_csrf", "") : new Csrf(token.getParameterName(), token.getToken());
    }
}
