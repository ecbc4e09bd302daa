package nl.statenwerk.portal.view;

import java.util.List;
import nl.statenwerk.agenda.Agenda;
import nl.statenwerk.notifications.Delivery;
import nl.statenwerk.notifications.Notification;
import nl.statenwerk.notifications.NotificationKind;
import nl.statenwerk.portal.view.SignInViews.Csrf;
import org.jspecify.annotations.Nullable;

/** The records of the signed-in member's own pages: notifications, settings and agenda. */
public final class MyViews {

    private MyViews() {}

    /**
     * The list of notifications, unread first.
     *
     * @param previous the address of the previous page, or null
     * @param next the address of the next page, or null
     */
    public record NotificationsPage(
            Csrf csrf,
            List<Notification> notifications,
            long unread,
            long total,
            int page,
            int pages,
            @Nullable String previous,
            @Nullable String next) {}

    /**
     * The settings form.
     *
     * @param times the times the digest can go out, {@code HH:mm}
     * @param saved whether the settings were just saved
     */
    public record SettingsPage(
            Csrf csrf,
            List<KindSetting> kinds,
            List<Delivery> deliveries,
            String digestAt,
            List<String> times,
            boolean saved) {}

    public record KindSetting(NotificationKind kind, Delivery delivery) {}

    /**
     * The member's agenda.
     *
     * @param feedUrl the new feed address, shown once after it was made; null otherwise
     * @param hasFeed whether a feed exists
     * @param linked whether the account is linked to a person in the council's data (else no committees are known)
     */
    public record AgendaPage(
            Csrf csrf, Agenda agenda, @Nullable String feedUrl, boolean hasFeed, boolean linked, boolean griffie) {}
}
