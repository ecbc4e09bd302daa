package nl.statenwerk.woorequests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import nl.statenwerk.woorequests.WooTerms.Extension;
import nl.statenwerk.woorequests.WooTerms.Suspension;
import org.junit.jupiter.api.Test;

class WooTermsUnitTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void decidesWithinFourCalendarWeeksOfReceipt() {
        // Monday 2 March 2026 + 4 weeks = Monday 30 March, a working day
        assertThat(WooTerms.deadline(d("2026-03-02"), List.of(), null)).isEqualTo(d("2026-03-30"));
        // weekends inside the term count: Friday 6 March + 4 weeks = Friday 3 April
        assertThat(WooTerms.deadline(d("2026-03-06"), List.of(), null)).isEqualTo(d("2026-04-03"));
    }

    @Test
    void aTermEndingOnAWeekendOrHolidayMovesToTheNextWorkingDay() {
        // Saturday 4 April 2026, then Easter Sunday and Easter Monday: Tuesday 7 April
        assertThat(WooTerms.deadline(d("2026-03-07"), List.of(), null)).isEqualTo(d("2026-04-07"));
        // Koningsdag, Monday 27 April 2026
        assertThat(WooTerms.deadline(d("2026-03-30"), List.of(), null)).isEqualTo(d("2026-04-28"));
        // Ascension Day 2026 is Thursday 14 May
        assertThat(WooTerms.deadline(d("2026-04-16"), List.of(), null)).isEqualTo(d("2026-05-15"));
        // Good Friday is no holiday of the Algemene termijnenwet: Friday 3 April 2026 stays
        assertThat(WooTerms.deadline(d("2026-03-06"), List.of(), null)).isEqualTo(d("2026-04-03"));
        // Christmas Friday 25 December 2026, then the weekend: Monday 28 December
        assertThat(WooTerms.deadline(d("2026-11-27"), List.of(), null)).isEqualTo(d("2026-12-28"));
    }

    @Test
    void knowsTheMovableHolidays() {
        assertThat(WooTerms.easterSunday(2024)).isEqualTo(d("2024-03-31"));
        assertThat(WooTerms.easterSunday(2025)).isEqualTo(d("2025-04-20"));
        assertThat(WooTerms.easterSunday(2026)).isEqualTo(d("2026-04-05"));
        assertThat(WooTerms.easterSunday(2027)).isEqualTo(d("2027-03-28"));
        // 27 April 2025 is a Sunday: Koningsdag is kept on Saturday the 26th
        assertThat(WooTerms.kingsDay(2025)).isEqualTo(d("2025-04-26"));
        assertThat(WooTerms.isPublicHoliday(d("2026-05-25"))).as("Whit Monday").isTrue();
        assertThat(WooTerms.isPublicHoliday(d("2026-05-05"))).as("5 mei").isTrue();
        assertThat(WooTerms.isPublicHoliday(d("2026-04-03"))).as("Good Friday").isFalse();
    }

    @Test
    void anExtensionAddsItsDaysToTheTerm() {
        Extension twoWeeks = new Extension(d("2026-03-20"), 14, "omvangrijk verzoek");

        assertThat(WooTerms.deadline(d("2026-03-02"), List.of(), twoWeeks)).isEqualTo(d("2026-04-13"));
        assertThat(WooTerms.firstDeadline(d("2026-03-02"), List.of())).isEqualTo(d("2026-03-30"));
    }

    @Test
    void anExtensionIsAtMostTwoWeeksAndHasAReason() {
        assertThatThrownBy(() -> new Extension(d("2026-03-20"), 15, "reden"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Extension(d("2026-03-20"), 7, " ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aZienswijzeSuspendsTheTermUntilItIsReceived() {
        Suspension received = new Suspension(d("2026-03-10"), d("2026-03-24"), d("2026-03-12"));

        // two days still: Monday 30 March becomes Wednesday 1 April
        assertThat(WooTerms.deadline(d("2026-03-02"), List.of(received), null)).isEqualTo(d("2026-04-01"));
        assertThat(received.suspends(d("2026-03-11"))).isTrue();
        assertThat(received.suspends(d("2026-03-12"))).isFalse();
    }

    @Test
    void aSuspensionEndsWhenTheTermForTheZienswijzePassesEvenIfItComesLaterOrNever() {
        Suspension open = new Suspension(d("2026-03-10"), d("2026-03-24"), null);
        Suspension late = new Suspension(d("2026-03-10"), d("2026-03-24"), d("2026-04-02"));

        assertThat(WooTerms.deadline(d("2026-03-02"), List.of(open), null)).isEqualTo(d("2026-04-13"));
        assertThat(WooTerms.deadline(d("2026-03-02"), List.of(late), null)).isEqualTo(d("2026-04-13"));
    }

    @Test
    void suspensionAndExtensionAddUp() {
        Suspension week = new Suspension(d("2026-03-10"), d("2026-03-31"), d("2026-03-17"));
        Extension extension = new Extension(d("2026-03-30"), 7, "afstemming met derden");

        // 30 March + 7 + 7 = 13 April
        assertThat(WooTerms.deadline(d("2026-03-02"), List.of(week), extension)).isEqualTo(d("2026-04-13"));
    }
}
