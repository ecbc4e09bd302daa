package nl.statenwerk.portal.view;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * The user-facing text of one request: message keys in the request's language, dates and times in the Dutch time
 * zone, and the link that switches language. A missing key throws, so that a page never shows a raw key.
 */
public final class Texts {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final MessageSource messages;
    private final Locale locale;
    private final String path;
    private final UnaryOperator<String> assets;
    private final long unread;

    /**
     * @param path the page's path and query, for the language switch
     * @param assets the address to link a static file by, which changes when its content does
     */
    public Texts(MessageSource messages, Locale locale, String path, UnaryOperator<String> assets) {
        this(messages, locale, path, assets, -1);
    }

    /** @param unread the signed-in user's unread notifications, for the header; -1 when nobody is signed in */
    public Texts(MessageSource messages, Locale locale, String path, UnaryOperator<String> assets, long unread) {
        this.messages = messages;
        this.locale = locale;
        this.path = path;
        this.assets = assets;
        this.unread = unread;
    }

    /** Whether a user is signed in: the header then links to their own pages. */
    public boolean signedIn() {
        return unread >= 0;
    }

    /** The signed-in user's unread notifications; -1 when nobody is signed in. */
    public long unread() {
        return unread;
    }

    /** The text of a message key, with its arguments filled in. */
    public String t(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /**
     * The text of the key {@code prefix.name} with arguments, for keys a template composes (a standard, a topic);
     * their tests list the names that must exist.
     */
    public String keyed(String prefix, String name, Object... args) {
        return t(prefix + "." + name, args);
    }

    /** The text of a value of a value list, under {@code prefix.NAME}; empty for {@code null}. */
    public String value(String prefix, @Nullable Enum<?> value) {
        return value == null ? "" : t(prefix + "." + value.name());
    }

    /**
     * The text of a code of the search index (a kind of object, meeting or vote result) under {@code prefix.code};
     * the code itself for a code that has no text yet, as the index may learn new ones before the portal does.
     */
    public String code(String prefix, String code) {
        return Objects.requireNonNullElse(messages.getMessage(prefix + "." + code, null, code, locale), code);
    }

    /** The name of a facet of the search page ({@code type}, {@code jaar}, ...). */
    public String facetName(String facet) {
        return t("search.facet." + facet);
    }

    /** A value of a facet as a reader knows it: coded values get their text, names and years are shown as they are. */
    public String facetValue(String facet, String value) {
        return switch (facet) {
            case "type" -> code("search.type", value);
            case "vergadertype" -> code("search.meetingType", value);
            case "uitslag" -> code("search.result", value);
            case "van", "tot" -> {
                try {
                    yield date(LocalDate.parse(value));
                } catch (java.time.format.DateTimeParseException e) {
                    yield value;
                }
            }
            default -> value;
        };
    }

    /** The address of a static file (CSS, JavaScript) with its content hash, so that it can be cached for a year. */
    public String asset(String path) {
        return assets.apply(path);
    }

    /** The language of the page, for the {@code lang} attribute. */
    public String lang() {
        return locale.getLanguage();
    }

    /** The other language: English on a Dutch page, Dutch on an English one. */
    public String otherLang() {
        return "en".equals(lang()) ? "nl" : "en";
    }

    /** This page in the other language. */
    public String switchUrl() {
        return path + (path.contains("?") ? "&" : "?") + "lang=" + otherLang();
    }

    public String date(@Nullable LocalDate date) {
        return date == null
                ? ""
                : date.format(
                        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }

    /** A month and its year, "maart 2025"; {@code date} is any day in it. */
    public String month(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("LLLL yyyy", locale));
    }

    /** A day of the month with its month, "12 maart", for a day in a month that is already named. */
    public String dayAndMonth(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("d MMMM", locale));
    }

    /** The day of the week in full ("maandag") or short ("ma"). */
    public String weekday(java.time.DayOfWeek day, boolean full) {
        return day.getDisplayName(full ? java.time.format.TextStyle.FULL : java.time.format.TextStyle.SHORT, locale);
    }

    /** A day with its day of the week, "woensdag 12 maart". */
    public String dayWithWeekday(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("EEEE d MMMM", locale));
    }

    public String time(@Nullable OffsetDateTime time) {
        return time == null ? "" : time.atZoneSameInstant(ZONE).format(DateTimeFormatter.ofPattern("HH:mm", locale));
    }

    /** A number, or empty when unknown. */
    public String n(@Nullable Number number) {
        return number == null ? "" : String.format(locale, "%,d", number.longValue());
    }

    /** A file size in kB or MB; empty when unknown. */
    public String size(@Nullable Long bytes) {
        if (bytes == null) {
            return "";
        }
        return bytes < 1_000_000
                ? t("file.size.kb", Math.max(1, Math.round(bytes / 1000.0)))
                : t("file.size.mb", String.format(locale, "%.1f", bytes / 1_000_000.0));
    }
}
