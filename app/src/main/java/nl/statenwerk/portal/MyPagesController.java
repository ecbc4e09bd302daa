package nl.statenwerk.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.statenwerk.access.Viewer;
import nl.statenwerk.access.Viewers;
import nl.statenwerk.agenda.MemberAgenda;
import nl.statenwerk.notifications.Delivery;
import nl.statenwerk.notifications.NotificationKind;
import nl.statenwerk.notifications.NotificationPreferences;
import nl.statenwerk.notifications.NotificationSettings;
import nl.statenwerk.notifications.Notifications;
import nl.statenwerk.portal.view.MyViews.AgendaPage;
import nl.statenwerk.portal.view.MyViews.KindSetting;
import nl.statenwerk.portal.view.MyViews.NotificationsPage;
import nl.statenwerk.portal.view.MyViews.SettingsPage;
import nl.statenwerk.portal.view.SignInViews.Csrf;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The signed-in member's own pages: notifications ({@code /mijn/meldingen}), their settings
 * ({@code /mijn/instellingen}) and the agenda ({@code /mijn/agenda}). Every page and action is for the signed-in
 * account only; the security configuration keeps {@code /mijn} for signed-in users, and PortalCaching keeps their pages
 * out of every cache. Forms post back with a CSRF token and redirect (post, redirect, get), and work without script.
 */
@Controller
class MyPagesController {

    static final int PAGE_SIZE = 25;

    private final Viewers viewers;
    private final Notifications notifications;
    private final NotificationPreferences preferences;
    private final MemberAgenda agenda;
    private final Clock clock;

    MyPagesController(
            Viewers viewers,
            Notifications notifications,
            NotificationPreferences preferences,
            MemberAgenda agenda,
            ObjectProvider<Clock> clock) {
        this.viewers = viewers;
        this.notifications = notifications;
        this.preferences = preferences;
        this.agenda = agenda;
        this.clock = clock.getIfAvailable(() -> Clock.system(ZoneId.of("Europe/Amsterdam")));
    }

    /** The signed-in account; one whose roles need a second factor it did not give is not signed in here. */
    private UUID account() {
        return account(viewers.current());
    }

    /** The reader's account; a reader who is not signed in gets the page that does not exist. */
    static UUID account(Viewer reader) {
        UUID account = reader.account();
        if (account == null) {
            throw new NotFound();
        }
        return account;
    }

    @GetMapping("/mijn/meldingen")
    String notificationsPage(
            @RequestParam(name = "pagina", defaultValue = "1") int page, HttpServletRequest request, Model model) {
        UUID account = account();
        long total = notifications.count(account);
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        if (page < 1 || page > pages) {
            throw new NotFound();
        }
        model.addAttribute(
                "page",
                new NotificationsPage(
                        csrf(request),
                        notifications.page(account, (page - 1) * PAGE_SIZE, PAGE_SIZE),
                        notifications.countUnread(account),
                        total,
                        page,
                        pages,
                        page > 1 ? "/mijn/meldingen?pagina=" + (page - 1) : null,
                        page < pages ? "/mijn/meldingen?pagina=" + (page + 1) : null));
        return "portal/my-notifications";
    }

    @PostMapping("/mijn/meldingen/{id}/gelezen")
    String markRead(@PathVariable UUID id, @RequestParam(name = "pagina", defaultValue = "1") int page) {
        notifications.markRead(account(), id);
        return "redirect:/mijn/meldingen" + (page > 1 ? "?pagina=" + page : "");
    }

    @PostMapping("/mijn/meldingen/gelezen")
    String markAllRead() {
        notifications.markAllRead(account());
        return "redirect:/mijn/meldingen";
    }

    @GetMapping("/mijn/instellingen")
    String settingsPage(
            @RequestParam(name = "opgeslagen", required = false) @Nullable String saved,
            HttpServletRequest request,
            Model model) {
        NotificationSettings settings = preferences.settings(account());
        List<KindSetting> kinds = Arrays.stream(NotificationKind.values())
                .map(kind -> new KindSetting(kind, settings.delivery(kind)))
                .toList();
        model.addAttribute(
                "page",
                new SettingsPage(
                        csrf(request),
                        kinds,
                        List.of(Delivery.values()),
                        settings.digestAt().toString(),
                        times(),
                        saved != null));
        return "portal/my-settings";
    }

    /**
     * Saves the form: one radio group per kind ({@code kind.NAME}) and the digest's time ({@code digest}). A value
     * that is not one of the choices is a 400, never a guess.
     */
    @PostMapping("/mijn/instellingen")
    String saveSettings(@RequestParam Map<String, String> form) {
        Map<NotificationKind, Delivery> deliveries = new EnumMap<>(NotificationKind.class);
        LocalTime at;
        try {
            for (NotificationKind kind : NotificationKind.values()) {
                deliveries.put(kind, Delivery.valueOf(form.getOrDefault("kind." + kind.name(), "")));
            }
            at = LocalTime.parse(form.getOrDefault("digest", ""));
            preferences.save(account(), new NotificationSettings(deliveries, at));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        return "redirect:/mijn/instellingen?opgeslagen";
    }

    @GetMapping("/mijn/agenda")
    String agendaPage(HttpServletRequest request, Model model) {
        return agenda(request, model, null);
    }

    /** A new feed link, shown on the page it answers with: only its hash is kept, so it is shown this once. */
    @PostMapping("/mijn/agenda/feed")
    String newFeed(HttpServletRequest request, Model model, HttpServletResponse response) {
        String token = agenda.newFeedToken(account());
        response.setHeader("Referrer-Policy", "no-referrer");
        return agenda(request, model, base(request) + "/mijn/agenda/feed/" + token + ".ics");
    }

    @PostMapping("/mijn/agenda/feed/intrekken")
    String revokeFeed() {
        agenda.revokeFeedToken(account());
        return "redirect:/mijn/agenda";
    }

    private String agenda(HttpServletRequest request, Model model, @Nullable String feedUrl) {
        Viewer viewer = viewers.current();
        UUID account = account();
        model.addAttribute(
                "page",
                new AgendaPage(
                        csrf(request),
                        agenda.of(viewer, LocalDate.now(clock)),
                        feedUrl,
                        agenda.hasFeed(account),
                        viewer.person() != null,
                        viewer.isGriffie()));
        return "portal/my-agenda";
    }

    /** The address the request came to, without path: for links that are copied out of the page. */
    static String base(HttpServletRequest request) {
        return request.getScheme() + "://" + request.getServerName()
                + (isDefaultPort(request) ? "" : ":" + request.getServerPort());
    }

    private static boolean isDefaultPort(HttpServletRequest request) {
        return ("http".equals(request.getScheme()) && request.getServerPort() == 80)
                || ("https".equals(request.getScheme()) && request.getServerPort() == 443);
    }

    /** Every quarter of an hour of the day, as the job runs. */
    private static List<String> times() {
        List<String> times = new ArrayList<>();
        for (LocalTime t = LocalTime.MIDNIGHT; ; t = t.plusMinutes(15)) {
            times.add(t.toString());
            if (t.equals(LocalTime.of(23, 45))) {
                return times;
            }
        }
    }

    static Csrf csrf(HttpServletRequest request) {
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return token == null ? new Csrf("_csrf", "") : new Csrf(token.getParameterName(), token.getToken());
    }
}
