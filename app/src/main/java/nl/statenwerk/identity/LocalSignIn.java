package nl.statenwerk.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.statenwerk.accounts.Accounts;
import nl.statenwerk.accounts.DigestPreference;
import nl.statenwerk.accounts.Role;
import nl.statenwerk.accounts.UserAccount;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional
class LocalSignIn implements SignIn {

    static final String SECOND_FACTOR = "FACTOR_SECOND";
    private static final String PENDING = LocalSignIn.class.getName() + ".pending";
    private static final Duration PENDING_FOR = Duration.ofMinutes(5);
    private static final int MIN_PASSWORD = 12;
    // BCrypt reads no further than 72 bytes: a longer password would be checked on its start only
    private static final int MAX_PASSWORD_BYTES = 72;

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final SecretBox secrets;
    private final SecurityContextRepository contexts;
    private final FirstRunCode firstRunCode;
    private final IdentityProperties properties;
    private final boolean oidc;
    private final SignInAudit audit;
    // the real time, whatever clock the pages are given: codes are made by phones that know no other
    private final Clock clock = Clock.systemUTC();
    // checked against when the address is unknown, so that an unknown address takes as long as a wrong password
    private final String decoy;

    LocalSignIn(
            JdbcClient jdbc,
            Accounts accounts,
            PasswordEncoder encoder,
            SecretBox secrets,
            SecurityContextRepository contexts,
            FirstRunCode firstRunCode,
            IdentityProperties properties,
            OidcRegistration oidc,
            SignInAudit audit) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.encoder = encoder;
        this.secrets = secrets;
        this.contexts = contexts;
        this.firstRunCode = firstRunCode;
        this.properties = properties;
        this.oidc = oidc.enabled();
        this.audit = audit;
        this.decoy = encoder.encode("decoy password that no account has " + UUID.randomUUID());
    }

    private record Credential(
            UUID account,
            String passwordHash,
            @Nullable String totpSecret,
            @Nullable OffsetDateTime totpConfirmedAt,
            @Nullable Long totpLastStep,
            int failedAttempts,
            @Nullable OffsetDateTime lockedUntil) {

        boolean lockedAt(Instant now) {
            return lockedUntil != null && lockedUntil.toInstant().isAfter(now);
        }

        boolean hasSecondFactor() {
            return totpSecret != null && totpConfirmedAt != null;
        }
    }

    private Optional<Credential> credential(UUID account) {
        return jdbc.sql("select * from local_credential where account_id = :id")
                .param("id", account)
                .query((rs, n) -> new Credential(
                        rs.getObject("account_id", UUID.class),
                        rs.getString("password_hash"),
                        rs.getString("totp_secret"),
                        rs.getObject("totp_confirmed_at", OffsetDateTime.class),
                        rs.getObject("totp_last_step", Long.class),
                        rs.getInt("failed_attempts"),
                        rs.getObject("locked_until", OffsetDateTime.class)))
                .optional();
    }

    @Override
    public FirstStep password(String email, String password) {
        Instant now = clock.instant();
        Optional<Credential> found = accounts.findByEmail(email).flatMap(a -> credential(a.id()));
        if (found.isEmpty()) {
            encoder.matches(password, decoy);
            audit.record("inloggen-wachtwoord", null, false, "geweigerd: onbekend account");
            return new Rejected();
        }
        Credential credential = found.get();
        if (credential.lockedAt(now)) {
            audit.record("inloggen-wachtwoord", credential.account(), false, "geweigerd: account geblokkeerd");
            return new Rejected();
        }
        if (!encoder.matches(password, credential.passwordHash())) {
            fail(credential, now);
            return new Rejected();
        }
        UUID account = credential.account();
        if (credential.hasSecondFactor()) {
            audit.record("inloggen-wachtwoord", account, true, "juist; code van de tweede factor volgt");
            return new CodeNeeded(account);
        }
        if (accounts.roles(account).stream().anyMatch(Role::needsSecondFactor)) {
            audit.record("inloggen-wachtwoord", account, true, "juist; tweede factor instellen volgt");
            return new EnrolmentNeeded(account);
        }
        succeed(account);
        audit.record("inloggen-wachtwoord", account, true, "juist");
        return new Done(account);
    }

    @Override
    public boolean code(UUID account, String code) {
        Instant now = clock.instant();
        Optional<Credential> found = credential(account);
        if (found.isEmpty() || !found.get().hasSecondFactor() || found.get().lockedAt(now)) {
            return false;
        }
        Credential credential = found.get();
        long step = Totp.matchingStep(secrets.open(credential.totpSecret()), code, now);
        // a code is good once: not again, and no older one after it
        if (step < 0 || (credential.totpLastStep() != null && step <= credential.totpLastStep())) {
            fail(credential, now);
            return false;
        }
        jdbc.sql("update local_credential set totp_last_step = :step, failed_attempts = 0, locked_until = null"
                        + " where account_id = :id")
                .param("step", step)
                .param("id", account)
                .update();
        audit.record("inloggen-code", account, true, "juist");
        return true;
    }

    @Override
    public Enrolment enrol(UUID account) {
        Credential credential = credential(account).orElseThrow(() -> new IllegalStateException("No credential"));
        if (credential.hasSecondFactor()) {
            throw new IllegalStateException("The second factor is set up already.");
        }
        byte[] secret = Totp.newSecret();
        jdbc.sql("update local_credential set totp_secret = :secret, totp_confirmed_at = null, totp_last_step = null,"
                        + " changed_at = :now where account_id = :id")
                .param("secret", secrets.seal(secret))
                .param("now", now())
                .param("id", account)
                .update();
        String email = accounts.find(account).map(UserAccount::email).orElse("");
        String label = "Statenwerk:" + email;
        return new Enrolment(
                Totp.base32(secret),
                "otpauth://totp/" + encode(label) + "?secret=" + Totp.base32(secret)
                        + "&issuer=Statenwerk&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS);
    }

    @Override
    public boolean confirmEnrolment(UUID account, String code) {
        Instant now = clock.instant();
        Optional<Credential> found = credential(account);
        if (found.isEmpty()
                || found.get().totpSecret() == null
                || found.get().hasSecondFactor()
                || found.get().lockedAt(now)) {
            return false;
        }
        Credential credential = found.get();
        long step = Totp.matchingStep(secrets.open(credential.totpSecret()), code, now);
        if (step < 0) {
            fail(credential, now);
            return false;
        }
        jdbc.sql("update local_credential set totp_confirmed_at = :now, totp_last_step = :step, failed_attempts = 0,"
                        + " locked_until = null, changed_at = :now where account_id = :id")
                .param("now", now())
                .param("step", step)
                .param("id", account)
                .update();
        audit.record("tweede-factor-ingesteld", account, true, "TOTP bevestigd");
        return true;
    }

    @Override
    public void setPassword(UUID account, String password) {
        checkPassword(password);
        String hash = encoder.encode(password);
        int updated = jdbc.sql("update local_credential set password_hash = :hash, failed_attempts = 0,"
                        + " locked_until = null, changed_at = :now where account_id = :id")
                .param("hash", hash)
                .param("now", now())
                .param("id", account)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into local_credential (account_id, password_hash, failed_attempts, changed_at)"
                            + " values (:id, :hash, 0, :now)")
                    .param("id", account)
                    .param("hash", hash)
                    .param("now", now())
                    .update();
        }
    }

    static void checkPassword(String password) {
        if (password.length() < MIN_PASSWORD || password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new IllegalArgumentException("A password has 12 to 72 bytes.");
        }
    }

    private record Pending(UUID account, Instant since) implements Serializable {}

    @Override
    public void pend(HttpServletRequest request, UUID account) {
        newSessionId(request).setAttribute(PENDING, new Pending(account, clock.instant()));
    }

    @Override
    public Optional<UUID> pending(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(PENDING) instanceof Pending pending)) {
            return Optional.empty();
        }
        if (pending.since().plus(PENDING_FOR).isBefore(clock.instant())) {
            session.removeAttribute(PENDING);
            return Optional.empty();
        }
        return Optional.of(pending.account());
    }

    @Override
    public void establish(
            UUID account, boolean secondFactor, HttpServletRequest request, HttpServletResponse response) {
        UserAccount user = accounts.find(account).orElseThrow();
        HttpSession session = newSessionId(request);
        session.removeAttribute(PENDING);
        SignedIn signedIn =
                new SignedIn(account, user.displayName(), user.email(), accounts.roles(account), secondFactor, "local");
        Authentication authentication =
                UsernamePasswordAuthenticationToken.authenticated(signedIn, null, authorities(signedIn));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        audit.record("ingelogd", account, true, secondFactor ? "met tweede factor" : "zonder tweede factor");
    }

    /** The session under a new id: whoever knew the id from before signing in does not share what comes after. */
    private static HttpSession newSessionId(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return request.getSession(true);
        }
        request.changeSessionId();
        return request.getSession(false);
    }

    static List<GrantedAuthority> authorities(SignedIn user) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        user.roles().forEach(r -> authorities.add(new SimpleGrantedAuthority("ROLE_" + r.name())));
        if (user.secondFactor()) {
            authorities.add(new SimpleGrantedAuthority(SECOND_FACTOR));
        }
        return authorities;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SignedIn> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        // the account and its roles as they are now: a role taken away counts at once, not at the next sign-in
        return switch (authentication.getPrincipal()) {
            case SignedIn s -> refreshed(s.account(), s.secondFactor(), s.method());
            case AccountOidcUser u -> refreshed(u.account(), u.secondFactor(), "oidc");
            case null, default -> Optional.empty();
        };
    }

    private Optional<SignedIn> refreshed(UUID account, boolean secondFactor, String method) {
        return accounts.find(account)
                .map(a -> new SignedIn(
                        account, a.displayName(), a.email(), accounts.roles(account), secondFactor, method));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean firstRunOpen() {
        return !accounts.anyHas(Role.GRIFFIE);
    }

    @Override
    public synchronized UUID firstRun(String setupCode, String displayName, String email, String password) {
        if (!firstRunOpen()) {
            throw new IllegalArgumentException("The first run is over.");
        }
        if (!MessageDigest.isEqual(
                firstRunCode.code().getBytes(StandardCharsets.UTF_8),
                setupCode.strip().toUpperCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8))) {
            throw new IllegalArgumentException("Wrong setup code.");
        }
        checkPassword(password);
        UserAccount account = accounts.create(displayName, email, DigestPreference.DAILY);
        accounts.grant(account.id(), Role.GRIFFIE);
        setPassword(account.id(), password);
        audit.record("eerste-gebruik", account.id(), true, "eerste griffie-account gemaakt met de installatiecode");
        return account.id();
    }

    @Override
    public boolean oidcEnabled() {
        return oidc;
    }

    private void fail(Credential credential, Instant now) {
        int failures = credential.failedAttempts() + 1;
        boolean lock = failures >= MAX_FAILURES;
        audit.record(
                "inloggen-mislukt",
                credential.account(),
                false,
                lock ? "geweigerd; account geblokkeerd na " + MAX_FAILURES + " pogingen" : "geweigerd");
        jdbc.sql("update local_credential set failed_attempts = :failures, locked_until = :until"
                        + " where account_id = :id")
                .param("failures", lock ? 0 : failures)
                .param("until", lock ? OffsetDateTime.ofInstant(now.plus(properties.lockout()), ZoneOffset.UTC) : null)
                .param("id", credential.account())
                .update();
    }

    private void succeed(UUID account) {
        jdbc.sql("update local_credential set failed_attempts = 0, locked_until = null where account_id = :id")
                .param("id", account)
                .update();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
