package nl.statenwerk.notifications;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.statenwerk.accounts.UserAccount;
import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes the daily digest of one user as plain text and HTML, from message keys ({@code mail.digest.*}). Everything
 * that comes from data (names, titles, urls) is escaped in the HTML: a title is whatever a source wrote.
 */
final class DigestMail {

    /** Accounts have no language yet; the platform's is Dutch, and sign-on can add a per-user one. */
    static final Locale DUTCH = Locale.forLanguageTag("nl");

    /** A long list per topic is cut: the digest points to the application, it does not replace it. */
    static final int MAX_PER_TOPIC = 20;

    record Message(String subject, String text, String html) {}

    private final MessageSource messages;

    DigestMail(MessageSource messages) {
        this.messages = messages;
    }

    Message compose(UserAccount account, List<Notification> notifications) {
        Map<String, List<Notification>> byTopic = new LinkedHashMap<>();
        for (Notification n : notifications) {
            byTopic.computeIfAbsent(t("notification.kind." + n.kind().name(), n.topic()), k -> new ArrayList<>())
                    .add(n);
        }
        String subject = t("mail.digest.subject", notifications.size());
        String greeting = t("mail.digest.greeting", account.displayName());
        String intro = t("mail.digest.intro");
        String footer = t("mail.digest.footer");

        StringBuilder text = new StringBuilder()
                .append(greeting)
                .append("\n\n")
                .append(intro)
                .append("\n\n");
        StringBuilder html = new StringBuilder()
                .append("<!DOCTYPE html>\n<html lang=\"")
                .append(DUTCH.getLanguage())
                .append("\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(subject))
                .append("</title></head><body>\n<p>")
                .append(escape(greeting))
                .append("</p>\n<p>")
                .append(escape(intro))
                .append("</p>\n");
        byTopic.forEach((heading, items) -> {
            text.append(heading).append('\n');
            html.append("<h2>").append(escape(heading)).append("</h2>\n<ul>\n");
            for (Notification n : items.subList(0, Math.min(items.size(), MAX_PER_TOPIC))) {
                text.append("- ")
                        .append(n.title())
                        .append("\n  ")
                        .append(n.url())
                        .append('\n');
                html.append("<li><a href=\"")
                        .append(escape(n.url()))
                        .append("\">")
                        .append(escape(n.title()))
                        .append("</a></li>\n");
            }
            html.append("</ul>\n");
            if (items.size() > MAX_PER_TOPIC) {
                String more = t("mail.digest.more", items.size() - MAX_PER_TOPIC);
                text.append(more).append('\n');
                html.append("<p>").append(escape(more)).append("</p>\n");
            }
            text.append('\n');
        });
        text.append("-- \n").append(footer).append('\n');
        html.append("<p>").append(escape(footer)).append("</p>\n</body></html>\n");
        return new Message(subject, text.toString(), html.toString());
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, DUTCH);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
