package nl.statenwerk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class AttemptLimiterTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong(42 * SECOND);
    private final AttemptLimiter limiter = new AttemptLimiter(10, 100, now::get);

    @Test
    void tenFailuresAMinuteGoThroughAndTheEleventhWaitsForTheBucketToRefill() {
        for (int i = 0; i < 10; i++) {
            assertThat(limiter.attempt("192.0.2.1").allowed()).isTrue();
        }
        AttemptLimiter.Decision refused = limiter.attempt("192.0.2.1");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(6);

        now.addAndGet(6 * SECOND);
        assertThat(limiter.attempt("192.0.2.1").allowed()).isTrue();
        assertThat(limiter.attempt("192.0.2.1").allowed()).isFalse();
    }

    @Test
    void aHundredFailuresAnHourEvenWhenSpreadOverTheMinutes() {
        int allowed = 0;
        for (int minute = 0; minute < 30; minute++) {
            for (int i = 0; i < 10; i++) {
                if (limiter.attempt("192.0.2.2").allowed()) {
                    allowed++;
                }
            }
            now.addAndGet(60 * SECOND);
        }
        // 100 at once and the hour bucket's refill over 30 minutes (50), not the 300 the minute bucket allows
        assertThat(allowed).isBetween(100, 151);
        AttemptLimiter.Decision next = limiter.attempt("192.0.2.2");
        while (next.allowed()) {
            next = limiter.attempt("192.0.2.2");
        }
        // with the minute's bucket full, it is the hour's that makes the client wait, longer than six seconds
        assertThat(next.retryAfterSeconds()).isGreaterThan(6);
    }

    @Test
    void successesGiveTheirTokenBackSoAnOfficeBehindOneAddressSignsInFreely() {
        for (int i = 0; i < 50; i++) {
            assertThat(limiter.attempt("192.0.2.3").allowed()).isTrue();
            limiter.succeeded("192.0.2.3");
        }
    }

    @Test
    void oneAddressSpendingItsAttemptsLeavesEveryOtherAddressAlone() {
        for (int i = 0; i < 20; i++) {
            limiter.attempt("192.0.2.4");
        }
        assertThat(limiter.attempt("192.0.2.4").allowed()).isFalse();
        assertThat(limiter.attempt("192.0.2.5").allowed()).isTrue();
        assertThat(limiter.attempt("2001:db8::/64").allowed()).isTrue();
    }

    @Test
    void aFloodIsAuditedOncePerMinuteWithTheNumberRefusedInBetween() {
        for (int i = 0; i < 10; i++) {
            limiter.attempt("192.0.2.6");
        }
        AttemptLimiter.Decision first = limiter.attempt("192.0.2.6");
        assertThat(first.audit()).isTrue();
        assertThat(first.refusedSinceAudit()).isZero();
        for (int i = 0; i < 500; i++) {
            assertThat(limiter.attempt("192.0.2.6").audit()).isFalse();
        }
        now.addAndGet(61 * SECOND);
        AttemptLimiter.Decision later = limiter.attempt("192.0.2.6");
        while (later.allowed()) {
            later = limiter.attempt("192.0.2.6");
        }
        assertThat(later.audit()).isTrue();
        assertThat(later.refusedSinceAudit()).isEqualTo(500);
    }
}
