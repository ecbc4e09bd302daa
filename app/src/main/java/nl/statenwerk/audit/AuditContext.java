package nl.statenwerk.audit;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The processing under way: who acts, in which processing activity, in which trace. Whoever starts a processing (a
 * command, a job, a request once sign-on exists) binds one for the code it calls, which then records its events
 * with {@link #event}; changes the audit module follows by event (the stukkenstroom's) take who and why from it.
 *
 * <pre>{@code
 * AuditContext.start(Actor.account(user.id()), ProcessingActivity.CONFIDENTIAL_ACCESS, Client.of(ip, ua))
 *         .run(() -> ...);
 * }</pre>
 *
 * @param traceId the trace all events of this processing share
 * @param spanId this processing's own span, the parent of the events recorded in it
 */
public record AuditContext(
        String traceId,
        String spanId,
        Actor actor,
        ProcessingActivity activity,
        @Nullable Client client) {

    private static final ScopedValue<AuditContext> CURRENT = ScopedValue.newInstance();

    /** A new processing with a new trace. */
    public static AuditContext start(Actor actor, ProcessingActivity activity, @Nullable Client client) {
        return new AuditContext(AuditEvent.newTraceId(), AuditEvent.newSpanId(), actor, activity, client);
    }

    /** The processing bound to this thread, if any. */
    public static Optional<AuditContext> current() {
        return CURRENT.isBound() ? Optional.of(CURRENT.get()) : Optional.empty();
    }

    /**
     * The processing to record a step of {@code activity} in: the bound one (its actor, trace and client) when there
     * is one, else a new one of {@code actor}. For services that know the acting account but not the request.
     */
    public static AuditContext within(ProcessingActivity activity, Actor actor) {
        return current()
                .map(c -> new AuditContext(c.traceId(), c.spanId(), c.actor(), activity, c.client()))
                .orElseGet(() -> start(actor, activity, null));
    }

    /** Runs work with this processing bound. */
    public void run(Runnable work) {
        ScopedValue.where(CURRENT, this).run(work);
    }

    /** Calls work with this processing bound. */
    public <T, X extends Throwable> T call(ScopedValue.CallableOp<T, X> work) throws X {
        return ScopedValue.where(CURRENT, this).call(work);
    }

    /** An action within this processing, as its child span; it ended now. */
    public AuditEvent event(
            String name, Instant start, AuditEvent.Status status, @Nullable Subject subject, @Nullable String outcome) {
        return new AuditEvent(
                traceId,
                AuditEvent.newSpanId(),
                spanId,
                name,
                start,
                Instant.now(),
                status,
                actor,
                activity,
                subject,
                client,
                outcome);
    }

    /** This processing itself as one entry (its own span), e.g. an import run with its counts; it ended now. */
    public AuditEvent summary(
            String name, Instant start, AuditEvent.Status status, @Nullable Subject subject, @Nullable String outcome) {
        return new AuditEvent(
                traceId, spanId, null, name, start, Instant.now(), status, actor, activity, subject, client, outcome);
    }
}
