package nl.statenwerk.woorequests;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The decision term of a Woo request, as the law counts it (docs/woo-requests.md gives the reading).
 *
 * <ul>
 *   <li>Woo art. 4.4 lid 1: decide within four weeks of receipt. Weeks are calendar weeks: the term starts the day
 *       after receipt (Awb art. 4:13 and the usual reading of "binnen vier weken na ontvangst") and ends on the same
 *       weekday four weeks later.
 *   <li>Woo art. 4.4 lid 2: one extension (verdaging) of at most two weeks, announced with reasons before the first
 *       term ends.
 *   <li>Woo art. 4.4 with Awb art. 4:15: while a third party is asked for a zienswijze the term is suspended,
 *       from the day it is asked until the zienswijze is received or the term given for it has passed, whichever is
 *       first; an open suspension counts until its term.
 *   <li>Algemene termijnenwet art. 1 and 3: a statutory term that ends on a Saturday, Sunday or public holiday (as
 *       listed in art. 3) ends on the next day that is none of these.
 * </ul>
 */
public final class WooTerms {

    /** The first term: four weeks (Woo art. 4.4 lid 1). */
    public static final int TERM_WEEKS = 4;

    /** The longest extension: two weeks (Woo art. 4.4 lid 2). */
    public static final int MAX_EXTENSION_DAYS = 14;

    private WooTerms() {}

    /** The end of the first term, with the suspensions, before any extension. */
    public static LocalDate firstDeadline(LocalDate received, List<Suspension> suspensions) {
        return nextWorkingDay(received.plusWeeks(TERM_WEEKS).plusDays(suspendedDays(suspensions)));
    }

    /** The current deadline: the first term, the suspensions and the extension, if any. */
    public static LocalDate deadline(LocalDate received, List<Suspension> suspensions, @Nullable Extension extension) {
        LocalDate end = received.plusWeeks(TERM_WEEKS).plusDays(suspendedDays(suspensions));
        if (extension != null) {
            end = end.plusDays(extension.days());
        }
        return nextWorkingDay(end);
    }

    /** Days the term stands still for zienswijzen. */
    public static long suspendedDays(List<Suspension> suspensions) {
        return suspensions.stream()
                .mapToLong(s -> ChronoUnit.DAYS.between(s.askedOn(), s.effectiveEnd()))
                .sum();
    }

    /** The day itself when it is a working day, else the next one (Algemene termijnenwet art. 1). */
    public static LocalDate nextWorkingDay(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** Neither a Saturday, a Sunday nor a public holiday of the Algemene termijnenwet art. 3. */
    public static boolean isWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !isPublicHoliday(day);
    }

    /**
     * The algemeen erkende feestdagen of the Algemene termijnenwet art. 3 lid 1: Nieuwjaarsdag, Easter and Whit
     * Sunday and Monday, Ascension Day, both Christmas days, the King's birthday as celebrated, and 5 May. Good Friday
     * is not among them.
     */
    public static boolean isPublicHoliday(LocalDate day) {
        MonthDay monthDay = MonthDay.from(day);
        if (monthDay.equals(MonthDay.of(1, 1))
                || monthDay.equals(MonthDay.of(5, 5))
                || monthDay.equals(MonthDay.of(12, 25))
                || monthDay.equals(MonthDay.of(12, 26))) {
            return true;
        }
        if (day.equals(kingsDay(day.getYear()))) {
            return true;
        }
        LocalDate easter = easterSunday(day.getYear());
        return day.equals(easter)
                || day.equals(easter.plusDays(1))
                || day.equals(easter.plusDays(39))
                || day.equals(easter.plusDays(49))
                || day.equals(easter.plusDays(50));
    }

    /** Koningsdag: 27 April, or 26 April when the 27th is a Sunday. */
    static LocalDate kingsDay(int year) {
        LocalDate day = LocalDate.of(year, 4, 27);
        return day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.minusDays(1) : day;
    }

    /** Easter Sunday of the Gregorian calendar (the anonymous Meeus/Jones/Butcher algorithm). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int dayOfMonth = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, dayOfMonth);
    }

    /**
     * A zienswijze asked of a third party (Awb art. 4:15).
     *
     * @param askedOn the day it was asked: the term stands still from here
     * @param termEnd the last day the third party was given
     * @param receivedOn the day it came in; {@code null} while it has not
     */
    public record Suspension(
            LocalDate askedOn, LocalDate termEnd, @Nullable LocalDate receivedOn) {

        public Suspension {
            if (termEnd.isBefore(askedOn)) {
                throw new IllegalArgumentException("the term for a zienswijze ends before it was asked");
            }
            if (receivedOn != null && receivedOn.isBefore(askedOn)) {
                throw new IllegalArgumentException("a zienswijze received before it was asked");
            }
        }

        /** Where the suspension ends: on receipt, or when the term passes, whichever comes first. */
        public LocalDate effectiveEnd() {
            return receivedOn != null && receivedOn.isBefore(termEnd) ? receivedOn : termEnd;
        }

        /** Whether the term stands still on {@code day}. */
        public boolean suspends(LocalDate day) {
            return !day.isBefore(askedOn) && day.isBefore(effectiveEnd());
        }
    }

    /**
     * The one extension (verdaging) of the term.
     *
     * @param decidedOn the day the requester was told, before the first term ended
     * @param days at most {@link #MAX_EXTENSION_DAYS}
     * @param reason why, as the requester was told (Woo art. 4.4 lid 2 asks for reasons)
     */
    public record Extension(LocalDate decidedOn, int days, String reason) {

        public Extension {
            if (days < 1 || days > MAX_EXTENSION_DAYS) {
                throw new IllegalArgumentException("an extension is 1 to " + MAX_EXTENSION_DAYS + " days: " + days);
            }
            if (reason.isBlank()) {
                throw new IllegalArgumentException("an extension needs a reason");
            }
        }
    }
}
