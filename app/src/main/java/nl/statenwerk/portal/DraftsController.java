package nl.statenwerk.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import nl.statenwerk.access.Viewer;
import nl.statenwerk.access.Viewers;
import nl.statenwerk.accounts.Accounts;
import nl.statenwerk.accounts.Role;
import nl.statenwerk.accounts.UserAccount;
import nl.statenwerk.audit.Actor;
import nl.statenwerk.audit.AuditContext;
import nl.statenwerk.audit.Client;
import nl.statenwerk.audit.ProcessingActivity;
import nl.statenwerk.drafts.Draft;
import nl.statenwerk.drafts.DraftKind;
import nl.statenwerk.drafts.DraftText;
import nl.statenwerk.drafts.Drafts;
import nl.statenwerk.drafts.SyncReply;
import nl.statenwerk.portal.view.DraftViews.EditorPage;
import nl.statenwerk.portal.view.DraftViews.ListPage;
import nl.statenwerk.portal.view.DraftViews.Person;
import nl.statenwerk.portal.view.DraftViews.Row;
import nl.statenwerk.portal.view.SignInViews.Csrf;
import nl.statenwerk.portal.view.Texts;
import nl.statenwerk.portal.view.Views.Option;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.util.HtmlUtils;

/**
 * Drafts (concepten) under {@value #PATH}: the list of one's drafts, and the editor. The editor is a form with a
 * textarea that works without JavaScript (a save is merged against the version the form was loaded from); with
 * JavaScript, Automerge in the browser syncs every edit through {@code POST /concepten/{id}/sync} and hears of others'
 * edits through the server-sent events of {@code /concepten/{id}/stroom}. Everything needs a signed-in user
 * (SecurityConfiguration); a draft the user does not take part in answers 404, as one that does not exist. Never
 * cached.
 */
@Controller
class DraftsController {

    static final String PATH = "/concepten";

    /** Automerge's ES modules, vendored by frontend/build.sh into a directory named by version. */
    static final String AUTOMERGE = "/vendor/automerge-3.5.0";

    private final Drafts drafts;
    private final Accounts accounts;
    private final Viewers viewers;
    private final DraftStreams streams;

    DraftsController(Drafts drafts, Accounts accounts, Viewers viewers, DraftStreams streams) {
        this.drafts = drafts;
        this.accounts = accounts;
        this.viewers = viewers;
        this.streams = streams;
    }

    @GetMapping(PATH)
    String list(
            @RequestParam(name = "fout", required = false) @Nullable String error,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        response.setHeader("Cache-Control", PortalCaching.NEVER);
        Viewer viewer = viewer();
        UUID me = account(viewer);
        List<Row> rows = drafts.of(me).stream()
                .map(d -> new Row(d, name(d.owner()), d.isOwner(me)))
                .toList();
        List<Option> kinds = Arrays.stream(DraftKind.values())
                .map(k -> new Option(k.name(), "drafts.kind." + k.name(), k == DraftKind.MOTION))
                .toList();
        model.addAttribute(
                "page",
                new ListPage(
                        csrf(request), rows, kinds, mayCreate(viewer), error == null ? null : "drafts.error.invalid"));
        return "portal/drafts";
    }

    @PostMapping(PATH)
    String create(@RequestParam("soort") String kind, @RequestParam("titel") String title, HttpServletRequest request) {
        Viewer viewer = viewer();
        if (!mayCreate(viewer)) {
            throw new NotFound();
        }
        try {
            Draft draft =
                    audited(viewer, request, () -> drafts.create(account(viewer), DraftKind.valueOf(kind), title));
            return "redirect:" + PATH + "/" + draft.id();
        } catch (IllegalArgumentException e) {
            return "redirect:" + PATH + "?fout";
        }
    }

    @GetMapping(PATH + "/{id}")
    String editor(
            @PathVariable UUID id,
            @RequestParam(name = "fout", required = false) @Nullable String error,
            @RequestParam(name = "opgeslagen", required = false) @Nullable String saved,
            @RequestParam(name = "uitgenodigd", required = false) @Nullable String invited,
            @RequestParam(name = "verwijderd", required = false) @Nullable String removed,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        response.setHeader("Cache-Control", PortalCaching.NEVER);
        Viewer viewer = viewer();
        UUID me = account(viewer);
        DraftText text = audited(viewer, request, () -> drafts.read(id, me)).orElseThrow(NotFound::new);
        Draft draft = text.draft();
        List<Person> people = new ArrayList<>();
        people.add(new Person(draft.owner(), name(draft.owner()), true));
        draft.participants().forEach(p -> people.add(new Person(p, name(p), false)));
        Texts t = (Texts) model.getAttribute("t");
        model.addAttribute(
                "page",
                new EditorPage(
                        csrf(request),
                        draft,
                        text.text(),
                        String.join(",", text.heads()),
                        people,
                        streams.editing(id),
                        draft.isOwner(me),
                        t == null ? AUTOMERGE + "/entrypoints/slim.js" : t.asset(AUTOMERGE + "/entrypoints/slim.js"),
                        t == null ? AUTOMERGE + "/automerge.wasm" : t.asset(AUTOMERGE + "/automerge.wasm"),
                        saved != null
                                ? "drafts.saved"
                                : invited != null ? "drafts.invited" : removed != null ? "drafts.removed" : null,
                        error == null
                                ? null
                                : error.equals("deelnemer") ? "drafts.error.invite" : "drafts.error.invalid"));
        return "portal/draft";
    }

    /** The save of the form without JavaScript. */
    @PostMapping(PATH + "/{id}")
    String save(
            @PathVariable UUID id,
            @RequestParam("tekst") String text,
            @RequestParam(name = "versie", defaultValue = "") String heads,
            HttpServletRequest request) {
        Viewer viewer = viewer();
        try {
            DraftText saved = audited(viewer, request, () -> drafts.save(id, account(viewer), split(heads), text));
            streams.changed(id, saved.heads(), this::mayRead);
            return "redirect:" + PATH + "/" + id + "?opgeslagen";
        } catch (NoSuchElementException e) {
            throw new NotFound();
        } catch (IllegalArgumentException e) {
            return "redirect:" + PATH + "/" + id + "?fout";
        }
    }

    @PostMapping(PATH + "/{id}/deelnemers")
    String invite(@PathVariable UUID id, @RequestParam("email") String email, HttpServletRequest request) {
        Viewer viewer = viewer();
        UUID me = account(viewer);
        ownedBy(id, me);
        try {
            audited(viewer, request, () -> drafts.invite(id, me, email));
            return "redirect:" + PATH + "/" + id + "?uitgenodigd#deelnemers";
        } catch (NoSuchElementException e) {
            // the same answer for an unknown address as for a refused one: the form does not tell who has an account
            return "redirect:" + PATH + "/" + id + "?fout=deelnemer#deelnemers";
        }
    }

    /** Only the owner changes who takes part; to anyone else the draft is not there. */
    private void ownedBy(UUID id, UUID me) {
        if (!drafts.find(id, me).orElseThrow(NotFound::new).isOwner(me)) {
            throw new NotFound();
        }
    }

    /** The owner removes a participant; the participant's open editor stops hearing of the draft at once. */
    @PostMapping(PATH + "/{id}/deelnemers/{account}/verwijderen")
    String removeParticipant(@PathVariable UUID id, @PathVariable UUID account, HttpServletRequest request) {
        Viewer viewer = viewer();
        UUID me = account(viewer);
        ownedBy(id, me);
        try {
            audited(viewer, request, () -> drafts.removeParticipant(id, me, account));
        } catch (NoSuchElementException e) {
            throw new NotFound();
        }
        streams.recheck(id, this::mayRead);
        return "redirect:" + PATH + "/" + id + "?verwijderd#deelnemers";
    }

    /**
     * One sync of the browser's Automerge: its changes since the server's last version in the body, its own version
     * in {@code X-Heads}; the answer is what it lacks, and the server's version in {@code X-Heads}. A POST, so CSRF
     * applies (the token in the {@code X-CSRF-TOKEN} header).
     */
    @PostMapping(value = PATH + "/{id}/sync", consumes = MediaType.APPLICATION_OCTET_STREAM_VALUE)
    @ResponseBody
    ResponseEntity<byte[]> sync(
            @PathVariable UUID id,
            @RequestHeader(name = "X-Heads", defaultValue = "") String heads,
            @RequestBody(required = false) byte @Nullable [] changes,
            HttpServletRequest request) {
        Viewer viewer = viewer();
        try {
            SyncReply reply = audited(
                    viewer,
                    request,
                    () -> drafts.sync(id, account(viewer), changes == null ? new byte[0] : changes, split(heads)));
            if (reply.changed()) {
                streams.changed(id, reply.heads(), this::mayRead);
            }
            return ResponseEntity.ok()
                    .header("Cache-Control", PortalCaching.NEVER)
                    .header("X-Heads", String.join(",", reply.heads()))
                    .contentType(MediaType.APPLICATION_OCTET_STREAM)
                    .body(reply.changes());
        } catch (NoSuchElementException e) {
            throw new NotFound();
        } catch (IllegalArgumentException e) {
            return ResponseEntity.badRequest().build();
        }
    }

    /** The editor's stream: who is editing, and a nudge when the text changed. */
    @GetMapping(value = PATH + "/{id}/stroom", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@PathVariable UUID id, HttpServletResponse response) {
        Viewer viewer = viewer();
        UUID me = account(viewer);
        drafts.find(id, me).orElseThrow(NotFound::new);
        response.setHeader("Cache-Control", PortalCaching.NEVER);
        return streams.open(id, me, name(me), this::mayRead);
    }

    /** The text as a plain text file. */
    @GetMapping(PATH + "/{id}/tekst.txt")
    ResponseEntity<byte[]> text(@PathVariable UUID id, HttpServletRequest request) {
        Viewer viewer = viewer();
        DraftText text = audited(viewer, request, () -> drafts.export(id, account(viewer)))
                .orElseThrow(NotFound::new);
        String name = text.draft().title().replaceAll("[^\\p{L}\\p{N} ._-]", "").strip();
        return ResponseEntity.ok()
                .header("Cache-Control", PortalCaching.NEVER)
                .header(
                        "Content-Disposition",
                        ContentDisposition.attachment()
                                .filename((name.isEmpty() ? "concept" : name) + ".txt", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .body(text.text().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A motie as the griffie receives it: a tagged PDF/UA-1 and PDF/A-2 (the route of the compliance report), with the
     * text as written and the names of those who wrote it.
     */
    @GetMapping(PATH + "/{id}/motie.pdf")
    ResponseEntity<byte[]> motion(@PathVariable UUID id, HttpServletRequest request) {
        Viewer viewer = viewer();
        DraftText text = audited(viewer, request, () -> drafts.export(id, account(viewer)))
                .filter(d -> d.draft().kind() == DraftKind.MOTION)
                .orElseThrow(NotFound::new);
        Draft draft = text.draft();
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"nl\"><head><title>")
                .append(HtmlUtils.htmlEscape(draft.title()))
                .append("</title><meta name=\"subject\" content=\"Motie\"/><meta name=\"author\" content=\"")
                .append(HtmlUtils.htmlEscape(name(draft.owner())))
                .append("\"/><style>body { font-family: 'DejaVu Sans'; font-size: 11pt; }"
                        + " p { white-space: pre-wrap; margin: 0 0 0.8em 0; }</style></head><body>")
                .append("<h1>")
                .append(HtmlUtils.htmlEscape(draft.title()))
                .append("</h1>");
        for (String paragraph : text.text().split("\n\\s*\n")) {
            if (!paragraph.isBlank()) {
                html.append("<p>")
                        .append(HtmlUtils.htmlEscape(paragraph.strip()))
                        .append("</p>");
            }
        }
        html.append("<h2>Opgesteld door</h2><ul>");
        html.append("<li>").append(HtmlUtils.htmlEscape(name(draft.owner()))).append("</li>");
        draft.participants()
                .forEach(p -> html.append("<li>")
                        .append(HtmlUtils.htmlEscape(name(p)))
                        .append("</li>"));
        html.append("</ul></body></html>");
        return ResponseEntity.ok()
                .header("Cache-Control", PortalCaching.NEVER)
                .header(
                        "Content-Disposition",
                        ContentDisposition.attachment()
                                .filename("motie.pdf", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(MediaType.APPLICATION_PDF)
                .body(ComplianceController.pdf(html.toString()));
    }

    private boolean mayRead(UUID draft, UUID account) {
        return drafts.find(draft, account).isPresent();
    }

    private Viewer viewer() {
        return viewers.current();
    }

    /** The security configuration lets only signed-in users here; one without a second factor it needs is not. */
    private static UUID account(Viewer viewer) {
        if (viewer.account() == null) {
            throw new NotFound();
        }
        return viewer.account();
    }

    /** Members, their staff, the griffie: everyone with a role beyond a resident's account. */
    private static boolean mayCreate(Viewer viewer) {
        Set<Role> roles = viewer.roles();
        return viewer.signedIn() && roles.stream().anyMatch(r -> r != Role.RESIDENT);
    }

    private String name(UUID account) {
        return accounts.find(account).map(UserAccount::displayName).orElse("?");
    }

    private static <T> T audited(Viewer viewer, HttpServletRequest request, java.util.function.Supplier<T> work) {
        return AuditContext.start(
                        Actor.account(account(viewer)),
                        ProcessingActivity.USER_SERVICES,
                        Client.of(request.getRemoteAddr(), request.getHeader("User-Agent")))
                .call(work::get);
    }

    private static List<String> split(String heads) {
        return Arrays.stream(heads.split(","))
                .map(String::strip)
                .filter(h -> !h.isEmpty())
                .toList();
    }

    private static Csrf csrf(HttpServletRequest request) {
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return token == null ? new Csrf("_csrf", "") : new Csrf(token.getParameterName(), token.getToken());
    }
}
