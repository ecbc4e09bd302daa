package nl.statenwerk.identity;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Two token buckets per client address: one that fills in a minute and one that fills in an hour. An attempt takes
 * a token from both; one that succeeds gives them back, so only failures count and a busy office behind one address
 * signs in freely. In memory: on more than one node each node counts for itself, so the limit is per node.
 */
final class AttemptLimiter {

    private static final long MINUTE = 60_000_000_000L;
    private static final long HOUR = 60 * MINUTE;
    /** Above this many addresses, those with full buckets (nothing to remember) are dropped. */
    private static final int MAX_ADDRESSES = 100_000;

    /** A refusal of an address is audited at most once per this interval; the ones in between are counted. */
    private static final long AUDIT_EVERY = MINUTE;

    private final int perMinute;
    private final int perHour;
    private final LongSupplier nanos;
    private final Map<String, Buckets> addresses = new ConcurrentHashMap<>();

    AttemptLimiter(int perMinute, int perHour, LongSupplier nanos) {
        if (perMinute < 1 || perHour < 1) {
            throw new IllegalArgumentException("Attempt limits must be at least 1.");
        }
        this.perMinute = perMinute;
        this.perHour = perHour;
        this.nanos = nanos;
    }

    /**
     * The outcome of asking for an attempt.
     *
     * @param retryAfterSeconds 0 when the attempt may go ahead, else when the next one may
     * @param audit whether this refusal is to be written to the audit log (the first in its interval)
     * @param refusedSinceAudit the refusals not audited since the last audited one
     */
    record Decision(long retryAfterSeconds, boolean audit, long refusedSinceAudit) {

        boolean allowed() {
            return retryAfterSeconds == 0;
        }
    }

    Decision attempt(String address) {
        long now = nanos.getAsLong();
        if (addresses.size() > MAX_ADDRESSES) {
            addresses.values().removeIf(b -> b.idleAt(now));
        }
        return addresses.computeIfAbsent(address, a -> new Buckets(now)).take(now);
    }

    /** Gives back the tokens of an attempt that checked no secret or succeeded. */
    void succeeded(String address) {
        Buckets buckets = addresses.get(address);
        if (buckets != null) {
            buckets.refund();
        }
    }

    private final class Buckets {

        private double minute = perMinute;
        private double hour = perHour;
        private long filledAt;
        private long auditedAt = Long.MIN_VALUE;
        private long refusedSinceAudit;

        Buckets(long now) {
            filledAt = now;
        }

        synchronized Decision take(long now) {
            fill(now);
            if (minute >= 1 && hour >= 1) {
                minute--;
                hour--;
                return new Decision(0, false, 0);
            }
            double waitMinute = minute >= 1 ? 0 : (1 - minute) * MINUTE / perMinute;
            double waitHour = hour >= 1 ? 0 : (1 - hour) * HOUR / perHour;
            long retryAfter = Math.max(1, (long) Math.ceil(Math.max(waitMinute, waitHour) / 1e9));
            boolean audit = auditedAt == Long.MIN_VALUE || now - auditedAt >= AUDIT_EVERY;
            if (audit) {
                long skipped = refusedSinceAudit;
                auditedAt = now;
                refusedSinceAudit = 0;
                return new Decision(retryAfter, true, skipped);
            }
            refusedSinceAudit++;
            return new Decision(retryAfter, false, refusedSinceAudit);
        }

        synchronized void refund() {
            minute = Math.min(perMinute, minute + 1);
            hour = Math.min(perHour, hour + 1);
        }

        synchronized boolean idleAt(long now) {
            fill(now);
            return minute >= perMinute && hour >= perHour;
        }

        private void fill(long now) {
            long elapsed = Math.max(0, now - filledAt);
            minute = Math.min(perMinute, minute + (double) elapsed * perMinute / MINUTE);
            hour = Math.min(perHour, hour + (double) elapsed * perHour / HOUR);
            filledAt = now;
        }
    }
}
