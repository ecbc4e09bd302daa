package nl.statenwerk.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import nl.statenwerk.audit.Actor;
import nl.statenwerk.council.Body;
import nl.statenwerk.council.Council;
import nl.statenwerk.council.ListQuery;
import nl.statenwerk.identity.SignIn;
import nl.statenwerk.identity.SignIn.SignedIn;
import nl.statenwerk.portal.view.SignInViews.ArchivePage;
import nl.statenwerk.portal.view.SignInViews.ArchiveRunRow;
import nl.statenwerk.portal.view.SignInViews.Csrf;
import nl.statenwerk.records.ArchiveExports;
import nl.statenwerk.records.ExportRun;
import nl.statenwerk.records.ExportSelection;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The griffie's transfer to the e-Depot: choose a body and a period, start an export as a background job, see how it
 * went and download the SIP as a zip. Only the griffie and administrators reach it (see SecurityConfiguration).
 */
@Controller
class ArchivePagesController {

    static final String PATH = "/beheer/archief";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ArchiveExports exports;
    private final Council council;
    private final SignIn signIn;

    ArchivePagesController(ArchiveExports exports, Council council, SignIn signIn) {
        this.exports = exports;
        this.council = council;
        this.signIn = signIn;
    }

    @GetMapping(PATH)
    String page(
            @RequestParam(name = "fout", required = false) @Nullable String error,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        response.setHeader("Cache-Control", PortalCaching.NEVER);
        List<String> bodies =
                council.list(Body.class, new ListQuery(null, null, null, 1000, false, false)).items().stream()
                        .map(b -> b.code() != null ? b.code() : String.valueOf(b.id()))
                        .toList();
        List<ArchiveRunRow> runs =
                exports.recent(50).stream().map(ArchivePagesController::row).toList();
        model.addAttribute(
                "page",
                new ArchivePage(csrf(request), bodies, runs, "periode".equals(error) ? "archive.error.period" : null));
        return "portal/archive";
    }

    @PostMapping(PATH)
    String start(
            @RequestParam(name = "staten", required = false) @Nullable String body,
            @RequestParam(name = "van", required = false) @Nullable String from,
            @RequestParam(name = "tot", required = false) @Nullable String to) {
        SignedIn user = signIn.current().orElseThrow(NotFound::new);
        ExportSelection selection;
        try {
            selection = new ExportSelection(body, date(from), date(to));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return "redirect:" + PATH + "?fout=periode";
        }
        exports.start(selection, Actor.account(user.account()));
        return "redirect:" + PATH;
    }

    @GetMapping(PATH + "/{id}.zip")
    void download(@PathVariable String id, HttpServletResponse response) throws IOException {
        SignedIn user = signIn.current().orElseThrow(NotFound::new);
        UUID runId;
        try {
            runId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFound();
        }
        ExportRun run = exports.find(runId)
                .filter(r -> r.status() == ExportRun.Status.DONE)
                .orElseThrow(NotFound::new);
        response.setContentType("application/zip");
        response.setHeader("Cache-Control", PortalCaching.NEVER);
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"sip-" + run.id().toString().substring(0, 8) + ".zip\"");
        exports.zip(run.id(), Actor.account(user.account()), response.getOutputStream());
    }

    private static ArchiveRunRow row(ExportRun r) {
        String selection = (r.body() == null ? "alle" : r.body())
                + (r.periodFrom() == null && r.periodTo() == null
                        ? ""
                        : ", " + (r.periodFrom() == null ? "…" : r.periodFrom()) + " – "
                                + (r.periodTo() == null ? "…" : r.periodTo()));
        return new ArchiveRunRow(
                WHEN.format(r.requestedAt().atZoneSameInstant(ZoneId.of("Europe/Amsterdam"))),
                selection,
                "archive.status." + r.status().name().toLowerCase(java.util.Locale.ROOT),
                r.summary(),
                r.error(),
                r.status() == ExportRun.Status.DONE ? PATH + "/" + r.id() + ".zip" : null);
    }

    private static @Nullable LocalDate date(@Nullable String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
    }

    private static Csrf csrf(HttpServletRequest request) {
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return token == null ? new Csrf("_csrf", "") : new Csrf(token.getParameterName(), token.getToken());
    }
}
