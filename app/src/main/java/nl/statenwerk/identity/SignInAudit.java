package nl.statenwerk.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.UUID;
import nl.statenwerk.audit.Actor;
import nl.statenwerk.audit.AuditContext;
import nl.statenwerk.audit.AuditEvent;
import nl.statenwerk.audit.AuditLog;
import nl.statenwerk.audit.Client;
import nl.statenwerk.audit.ProcessingActivity;
import nl.statenwerk.audit.Subject;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Every sign-in step in the audit log (BIO2 8.15: log-on and failed log-on attempts), with the account when it is
 * known; an address typed for an unknown account is not kept, so the log holds no one's address by mistake.
 */
@Component
class SignInAudit {

    static final Actor UNKNOWN = new Actor("onbekend", "bezoeker");
    private final AuditLog audit;

    SignInAudit(AuditLog audit) {
        this.audit = audit;
    }

    void record(String name, @Nullable UUID account, boolean succeeded, String outcome) {
        record(name, account, succeeded, outcome, client());
    }

    /** With the client as resolved behind the proxies, rather than the peer the request came from. */
    void record(String name, @Nullable UUID account, boolean succeeded, String outcome, String clientAddress) {
        HttpServletRequest request = request();
        record(
                name,
                account,
                succeeded,
                outcome,
                Client.of(clientAddress, request == null ? null : request.getHeader("User-Agent")));
    }

    private void record(
            String name, @Nullable UUID account, boolean succeeded, String outcome, @Nullable Client client) {
        Actor actor = account == null ? UNKNOWN : Actor.account(account);
        audit.record(AuditContext.start(actor, ProcessingActivity.ADMINISTRATION, client)
                .summary(
                        name,
                        Instant.now(),
                        succeeded ? AuditEvent.Status.OK : AuditEvent.Status.UNSET,
                        account == null ? null : Subject.ofAccount("UserAccount", account, account),
                        outcome));
    }

    private static @Nullable Client client() {
        HttpServletRequest request = request();
        return request == null ? null : Client.of(request.getRemoteAddr(), request.getHeader("User-Agent"));
    }

    private static @Nullable HttpServletRequest request() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest()
                : null;
    }
}
