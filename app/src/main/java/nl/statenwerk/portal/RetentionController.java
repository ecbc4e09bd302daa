package nl.statenwerk.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.statenwerk.accounts.Role;
import nl.statenwerk.audit.Actor;
import nl.statenwerk.council.Body;
import nl.statenwerk.council.Council;
import nl.statenwerk.council.ListQuery;
import nl.statenwerk.identity.SignIn;
import nl.statenwerk.identity.SignIn.SignedIn;
import nl.statenwerk.portal.view.RetentionViews.ListPage;
import nl.statenwerk.portal.view.RetentionViews.ListRow;
import nl.statenwerk.portal.view.RetentionViews.OverviewPage;
import nl.statenwerk.portal.view.RetentionViews.StatementPage;
import nl.statenwerk.portal.view.SignInViews.Csrf;
import nl.statenwerk.records.RecordKind;
import nl.statenwerk.retention.DestructionList;
import nl.statenwerk.retention.DestructionRefused;
import nl.statenwerk.retention.HoldScope;
import nl.statenwerk.retention.LegalHolds;
import nl.statenwerk.retention.ListState;
import nl.statenwerk.retention.Retention;
import nl.statenwerk.retention.RetentionCounts;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The griffie's destruction screens (Archiefwet): proposals and lists, legal holds, approval, destruction and the
 * verklaring van vernietiging. Security guards the path for the roles GRIFFIE and ADMINISTRATOR; approval itself
 * asks the retention module, which accepts only a griffie account. Never cached.
 */
@Controller
class RetentionController {

    static final String PATH = "/beheer/vernietiging";
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final Retention retention;
    private final LegalHolds holds;
    private final Council council;
    private final SignIn signIn;

    RetentionController(Retention retention, LegalHolds holds, Council council, SignIn signIn) {
        this.retention = retention;
        this.holds = holds;
        this.council = council;
        this.signIn = signIn;
    }

    @GetMapping(PATH)
    String overview(
            @RequestParam(name = "melding", required = false) @Nullable String notice,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, PortalCaching.NEVER);
        List<ListRow> rows = retention.lists().stream().map(this::row).toList();
        model.addAttribute(
                "page",
                new OverviewPage(
                        csrf(request),
                        retention.counts(LocalDate.now(ZONE)),
                        rows,
                        holds.all(),
                        notice(notice),
                        error(model)));
        return "portal/retention";
    }

    /** The figures for the compliance dashboard. */
    @GetMapping(path = PATH + "/telling", produces = "application/json")
    @ResponseBody
    RetentionCounts counts(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, PortalCaching.NEVER);
        return retention.counts(LocalDate.now(ZONE));
    }

    @PostMapping(PATH + "/voorstel")
    String propose(RedirectAttributes redirect) {
        Actor actor = actor();
        for (Body body :
                council.list(Body.class, ListQuery.publicFirstPage(1000)).items()) {
            retention.propose(java.util.Objects.requireNonNull(body.id()), LocalDate.now(ZONE), actor);
        }
        redirect.addAttribute("melding", "voorstel");
        return "redirect:" + PATH;
    }

    @PostMapping(PATH + "/bewaarplicht")
    String placeHold(
            @RequestParam String scope,
            @RequestParam String target,
            @RequestParam String reason,
            RedirectAttributes redirect) {
        try {
            holds.place(HoldScope.valueOf(scope), target, reason, actor());
            redirect.addAttribute("melding", "bewaarplicht");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("fout", "Controleer het soort, het kenmerk en de reden van de bewaarplicht.");
        }
        return "redirect:" + PATH + "#bewaarplicht";
    }

    @PostMapping(PATH + "/bewaarplicht/{id}/opheffen")
    String liftHold(@PathVariable UUID id, RedirectAttributes redirect) {
        holds.lift(id, actor());
        redirect.addAttribute("melding", "opgeheven");
        return "redirect:" + PATH + "#bewaarplicht";
    }

    @GetMapping(PATH + "/lijsten/{id}")
    String list(
            @PathVariable String id,
            @RequestParam(name = "melding", required = false) @Nullable String notice,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, PortalCaching.NEVER);
        DestructionList list = find(id);
        boolean griffie =
                signIn.current().map(s -> s.roles().contains(Role.GRIFFIE)).orElse(false);
        model.addAttribute(
                "page",
                new ListPage(
                        csrf(request),
                        row(list),
                        retention.records(list.id()),
                        griffie && list.state() == ListState.DRAFT,
                        notice(notice),
                        error(model)));
        return "portal/retention-list";
    }

    @PostMapping(PATH + "/lijsten/{id}/verwijderen")
    String remove(
            @PathVariable String id,
            @RequestParam String kind,
            @RequestParam UUID record,
            @RequestParam String reason,
            RedirectAttributes redirect) {
        DestructionList list = find(id);
        return act(
                list,
                "verwijderd",
                redirect,
                () -> retention.remove(list.id(), RecordKind.valueOf(kind), record, reason, actor()));
    }

    @PostMapping(PATH + "/lijsten/{id}/goedkeuren")
    String approve(@PathVariable String id, RedirectAttributes redirect) {
        DestructionList list = find(id);
        UUID account = signIn.current().map(SignedIn::account).orElseThrow(NotFound::new);
        return act(list, "goedgekeurd", redirect, () -> retention.approve(list.id(), account));
    }

    @PostMapping(PATH + "/lijsten/{id}/vernietigen")
    String destroy(@PathVariable String id, RedirectAttributes redirect) {
        DestructionList list = find(id);
        return act(list, "vernietigd", redirect, () -> retention.destroy(list.id(), actor()));
    }

    @GetMapping(PATH + "/lijsten/{id}/verklaring")
    String statement(@PathVariable String id, HttpServletResponse response, Model model) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, PortalCaching.NEVER);
        DestructionList list = find(id);
        model.addAttribute("page", new StatementPage(row(list), retention.destructionRecords(list.id())));
        return "portal/retention-statement";
    }

    private String act(DestructionList list, String done, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addAttribute("melding", done);
        } catch (DestructionRefused | IllegalArgumentException e) {
            redirect.addFlashAttribute("fout", e.getMessage());
        }
        return "redirect:" + PATH + "/lijsten/" + list.id();
    }

    private DestructionList find(String id) {
        try {
            return retention.list(UUID.fromString(id)).orElseThrow(NotFound::new);
        } catch (IllegalArgumentException e) {
            throw new NotFound();
        }
    }

    private ListRow row(DestructionList list) {
        String body = council.find(Body.class, list.bodyId())
                .map(Body::name)
                .orElse(list.bodyId().toString());
        return new ListRow(list, body, retention.records(list.id()).size());
    }

    private Actor actor() {
        return signIn.current().map(s -> Actor.account(s.account())).orElseThrow(NotFound::new);
    }

    /** Only the notices this page knows, as message keys: the address cannot put text on the page. */
    private static @Nullable String notice(@Nullable String notice) {
        Map<String, String> known = Map.of(
                "voorstel", "retention.notice.proposed",
                "bewaarplicht", "retention.notice.held",
                "opgeheven", "retention.notice.lifted",
                "verwijderd", "retention.notice.removed",
                "goedgekeurd", "retention.notice.approved",
                "vernietigd", "retention.notice.destroyed");
        return notice == null ? null : known.get(notice);
    }

    /** A refusal travels as a flash attribute, so that an address cannot put text of its own on the page. */
    private static @Nullable String error(Model model) {
        return model.getAttribute("fout") instanceof String s ? s : null;
    }

    private static Csrf csrf(HttpServletRequest request) {
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return token == null ? new Csrf("_csrf", "") : new Csrf(token.getParameterName(), token.getToken());
    }
}
