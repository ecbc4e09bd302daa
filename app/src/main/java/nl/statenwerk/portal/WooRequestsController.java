package nl.statenwerk.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.statenwerk.audit.Actor;
import nl.statenwerk.council.Body;
import nl.statenwerk.council.ListQuery;
import nl.statenwerk.files.FileCatalog;
import nl.statenwerk.files.FileRejectedException;
import nl.statenwerk.files.StoredContent;
import nl.statenwerk.files.StoredFile;
import nl.statenwerk.identity.SignIn;
import nl.statenwerk.portal.view.SignInViews.Csrf;
import nl.statenwerk.portal.view.Views.Option;
import nl.statenwerk.portal.view.WooViews.DetailPage;
import nl.statenwerk.portal.view.WooViews.OverviewPage;
import nl.statenwerk.portal.view.WooViews.Row;
import nl.statenwerk.woorequests.Assessment;
import nl.statenwerk.woorequests.Channel;
import nl.statenwerk.woorequests.DecisionOutcome;
import nl.statenwerk.woorequests.NewWooRequest;
import nl.statenwerk.woorequests.WooActionRefused;
import nl.statenwerk.woorequests.WooRequest;
import nl.statenwerk.woorequests.WooRequests;
import nl.statenwerk.woorequests.WooTerms.Extension;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The griffie's screens for Woo requests under {@value #PATH} (only the griffie and administrators reach them, see
 * identity's SecurityConfiguration): the overview of deadlines, registering a request, and one page per request with
 * its term, inventory, decision and publication. Forms post and redirect back (POST-redirect-GET); a refused action
 * comes back as a message on the page. Never cached: they show the requester's personal data.
 */
@Controller
class WooRequestsController {

    static final String PATH = "/beheer/woo-verzoeken";

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final WooRequests requests;
    private final FileCatalog files;
    private final PortalViews views;
    private final SignIn signIn;

    WooRequestsController(WooRequests requests, FileCatalog files, PortalViews views, SignIn signIn) {
        this.requests = requests;
        this.files = files;
        this.views = views;
        this.signIn = signIn;
    }

    @GetMapping(PATH)
    String overview(
            @RequestParam(name = "fout", required = false) @Nullable String error,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        response.setHeader("Cache-Control", PortalCaching.NEVER);
        LocalDate today = LocalDate.now(ZONE);
        List<Row> rows =
                requests.open().stream().map(r -> new Row(r, urgency(r, today))).toList();
        List<Option> bodies = views.council().list(Body.class, ListQuery.publicFirstPage(100)).items().stream()
                .map(b -> new Option(String.valueOf(b.id()), b.name(), false))
                .toList();
        List<Option> channels = Arrays.stream(Channel.values())
                .map(c -> new Option(c.name(), "woo.channel." + c.name(), c == Channel.EMAIL))
                .toList();
        model.addAttribute("page", new OverviewPage(csrf(request), rows, bodies, channels, errorKey(error)));
        return "portal/woo-requests";
    }

    @PostMapping(PATH)
    String register(
            @RequestParam("staten") String body,
            @RequestParam("onderwerp") String subject,
            @RequestParam("kanaal") String channel,
            @RequestParam("ontvangen") String received,
            @RequestParam("verzoeker") String requester,
            @RequestParam(name = "contact", required = false) @Nullable String contact) {
        try {
            WooRequest registered = requests.register(
                    new NewWooRequest(
                            UUID.fromString(body.strip()),
                            subject.strip(),
                            Channel.valueOf(channel),
                            LocalDate.parse(received.strip()),
                            requester.strip(),
                            contact == null || contact.isBlank() ? null : contact.strip()),
                    actor());
            return "redirect:" + PATH + "/" + registered.id();
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return "redirect:" + PATH + "?fout=invalid";
        }
    }

    @GetMapping(PATH + "/{id}")
    String detail(
            @PathVariable UUID id,
            @RequestParam(name = "fout", required = false) @Nullable String error,
            @RequestParam(name = "gedaan", required = false) @Nullable String done,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        response.setHeader("Cache-Control", PortalCaching.NEVER);
        WooRequest woo = requests.find(id).orElseThrow(NotFound::new);
        List<Option> assessments = Arrays.stream(Assessment.values())
                .map(a -> new Option(a.name(), "woo.assessment." + a.name(), false))
                .toList();
        List<Option> outcomes = Arrays.stream(DecisionOutcome.values())
                .map(o -> new Option(o.name(), "woo.outcome." + o.name(), false))
                .toList();
        model.addAttribute(
                "page",
                new DetailPage(
                        csrf(request),
                        woo,
                        urgency(woo, LocalDate.now(ZONE)),
                        woo.suspensions().stream().anyMatch(s -> s.receivedOn() == null),
                        requests.documents(id),
                        assessments,
                        outcomes,
                        woo.publishedPaperId() == null ? null : "/stukken/" + woo.publishedPaperId(),
                        errorKey(error),
                        done == null ? null : "woo.done"));
        return "portal/woo-request";
    }

    @PostMapping(PATH + "/{id}/verdagen")
    String extend(
            @PathVariable UUID id,
            @RequestParam("datum") String date,
            @RequestParam("dagen") String days,
            @RequestParam("reden") String reason) {
        return act(
                id,
                () -> requests.extend(
                        id,
                        new Extension(LocalDate.parse(date.strip()), Integer.parseInt(days.strip()), reason),
                        actor()));
    }

    @PostMapping(PATH + "/{id}/zienswijze")
    String askZienswijze(
            @PathVariable UUID id, @RequestParam("gevraagd") String asked, @RequestParam("termijn") String term) {
        return act(
                id,
                () -> requests.askZienswijze(
                        id, LocalDate.parse(asked.strip()), LocalDate.parse(term.strip()), actor()));
    }

    @PostMapping(PATH + "/{id}/zienswijze-ontvangen")
    String zienswijzeReceived(@PathVariable UUID id, @RequestParam("ontvangen") String received) {
        return act(id, () -> requests.zienswijzeReceived(id, LocalDate.parse(received.strip()), actor()));
    }

    @PostMapping(PATH + "/{id}/documenten")
    String addDocument(
            @PathVariable UUID id,
            @RequestParam("titel") String title,
            @RequestParam(name = "datum", required = false) @Nullable String date,
            @RequestParam("bestand") MultipartFile file) {
        return act(id, () -> {
            WooRequest woo = requests.find(id).orElseThrow(NotFound::new);
            UUID fileId = upload(woo, file, title);
            requests.addDocument(
                    id,
                    title.strip(),
                    date == null || date.isBlank() ? null : LocalDate.parse(date.strip()),
                    fileId,
                    null,
                    actor());
        });
    }

    @PostMapping(PATH + "/{id}/documenten/{number}")
    String assess(
            @PathVariable UUID id,
            @PathVariable int number,
            @RequestParam("beoordeling") String assessment,
            @RequestParam(name = "gronden", required = false, defaultValue = "") String grounds,
            @RequestParam(name = "gelakt", required = false) @Nullable MultipartFile redacted) {
        return act(id, () -> {
            WooRequest woo = requests.find(id).orElseThrow(NotFound::new);
            UUID redactedId = redacted == null || redacted.isEmpty()
                    ? null
                    : upload(woo, redacted, "Document " + number + " (gelakt)");
            requests.assess(
                    id,
                    number,
                    Assessment.valueOf(assessment),
                    Arrays.stream(grounds.split("[,\\s]+"))
                            .filter(g -> !g.isBlank())
                            .toList(),
                    redactedId,
                    actor());
        });
    }

    @PostMapping(PATH + "/{id}/besluit")
    String decide(
            @PathVariable UUID id,
            @RequestParam("datum") String date,
            @RequestParam("uitkomst") String outcome,
            @RequestParam("bestand") MultipartFile file) {
        return act(id, () -> {
            WooRequest woo = requests.find(id).orElseThrow(NotFound::new);
            UUID fileId = upload(woo, file, "Besluit " + woo.reference());
            requests.decide(id, LocalDate.parse(date.strip()), DecisionOutcome.valueOf(outcome), fileId, actor());
        });
    }

    @PostMapping(PATH + "/{id}/publiceren")
    String publish(@PathVariable UUID id) {
        return act(id, () -> requests.publish(id, actor()));
    }

    private String act(UUID id, Runnable action) {
        try {
            action.run();
            return "redirect:" + PATH + "/" + id + "?gedaan";
        } catch (WooActionRefused e) {
            return "redirect:" + PATH + "/" + id + "?fout=" + URLEncoder.encode(e.messageKey(), StandardCharsets.UTF_8);
        } catch (RejectedFile e) {
            return "redirect:" + PATH + "/" + id + "?fout=woo.error.file";
        } catch (IllegalArgumentException | DateTimeParseException | java.util.NoSuchElementException e) {
            return "redirect:" + PATH + "/" + id + "?fout=woo.error.invalid";
        }
    }

    private UUID upload(WooRequest woo, MultipartFile file, String name) {
        if (file.isEmpty()) {
            throw new IllegalArgumentException("no file");
        }
        try (InputStream in = file.getInputStream()) {
            StoredContent content = files.store(in, file.getContentType(), file.getOriginalFilename());
            return files.save(
                            StoredFile.of(
                                    woo.bodyId(),
                                    null,
                                    name,
                                    file.getOriginalFilename(),
                                    file.getContentType(),
                                    content),
                            null)
                    .id();
        } catch (FileRejectedException e) {
            throw new RejectedFile(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static @Nullable String urgency(WooRequest request, LocalDate today) {
        return request.overdue(today) ? "woo.urgency.overdue" : request.dueThisWeek(today) ? "woo.urgency.week" : null;
    }

    /** Only the keys this controller itself can send, so an address cannot make the page say anything else. */
    private static @Nullable String errorKey(@Nullable String error) {
        if (error == null) {
            return null;
        }
        return ERRORS.getOrDefault(error, "woo.error.invalid");
    }

    private static final Map<String, String> ERRORS = Map.ofEntries(
            Map.entry("invalid", "woo.error.invalid"),
            Map.entry("woo.error.invalid", "woo.error.invalid"),
            Map.entry("woo.error.file", "woo.error.file"),
            Map.entry("woo.refused.secondExtension", "woo.refused.secondExtension"),
            Map.entry("woo.refused.extensionTooLate", "woo.refused.extensionTooLate"),
            Map.entry("woo.refused.suspensionOpen", "woo.refused.suspensionOpen"),
            Map.entry("woo.refused.noSuspension", "woo.refused.noSuspension"),
            Map.entry("woo.refused.unknownGround", "woo.refused.unknownGround"),
            Map.entry("woo.refused.groundsRequired", "woo.refused.groundsRequired"),
            Map.entry("woo.refused.notDecided", "woo.refused.notDecided"),
            Map.entry("woo.refused.notAssessed", "woo.refused.notAssessed"),
            Map.entry("woo.refused.redactedVersionMissing", "woo.refused.redactedVersionMissing"),
            Map.entry("woo.refused.decided", "woo.refused.decided"),
            Map.entry("woo.refused.published", "woo.refused.published"));

    private Actor actor() {
        return signIn.current()
                .map(user -> Actor.account(user.account()))
                .orElseThrow(() -> new IllegalStateException("the security configuration lets only the griffie here"));
    }

    private static Csrf csrf(HttpServletRequest request) {
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return token == null ? new Csrf("_csrf", "") : new Csrf(token.getParameterName(), token.getToken());
    }

    /** An upload the file store refused, carried out of the action to become a message. */
    private static final class RejectedFile extends RuntimeException {
        RejectedFile(FileRejectedException cause) {
            super(cause);
        }
    }
}
