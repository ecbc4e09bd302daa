package nl.statenwerk.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits the password, code and setup-code attempts per client address (ASVS 2.2.1), besides the lockout per
 * account: too many failures from one address answer 429 with a Retry-After header and the portal's Dutch error page,
 * before the password is even checked. Only the real client address counts (see {@link ClientAddress}), so one
 * address's failures never refuse another address, and the limit blocks an address, never an account. Refusals are
 * audited once per address per minute, with the number refused in between, so a flood does not flood the log.
 * Runs before Spring Security, after the security headers.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class SignInRateLimit extends OncePerRequestFilter {

    private static final Set<String> ATTEMPTS =
            Set.of("/inloggen", "/inloggen/code", "/inloggen/tweede-factor", "/eerste-gebruik");

    private final AttemptLimiter limiter;
    private final ClientAddress clients;
    private final SignInAudit audit;
    private final TransactionTemplate transactions;

    SignInRateLimit(IdentityProperties properties, SignInAudit audit, TransactionTemplate transactions) {
        this.limiter =
                new AttemptLimiter(properties.attemptsPerMinute(), properties.attemptsPerHour(), System::nanoTime);
        this.clients = new ClientAddress(properties.trustedProxies());
        this.audit = audit;
        this.transactions = transactions;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !ATTEMPTS.contains(request.getServletPath());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String client = clients.of(request);
        AttemptLimiter.Decision decision = limiter.attempt(client);
        if (!decision.allowed()) {
            if (decision.audit()) {
                String outcome = "geweigerd: te veel mislukte pogingen vanaf dit adres"
                        + (decision.refusedSinceAudit() > 0
                                ? " (" + decision.refusedSinceAudit() + " eerdere weigeringen niet apart gelogd)"
                                : "");
                transactions.executeWithoutResult(
                        s -> audit.record("inloggen-te-vaak", null, false, outcome, client.replace("/64", "")));
            }
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
            response.sendError(429);
            return;
        }
        chain.doFilter(request, response);
        // a wrong password, code or setup code answers 401 or 400 and keeps its token spent; anything else (a step
        // that went through, a form without its CSRF token) checked no secret and costs nothing
        int status = response.getStatus();
        if (status != HttpServletResponse.SC_UNAUTHORIZED && status != HttpServletResponse.SC_BAD_REQUEST) {
            limiter.succeeded(client);
        }
    }
}
