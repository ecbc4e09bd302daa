package nl.statenwerk.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.statenwerk.accounts.Role;

/**
 * Signing in with a local account, step by step, for the portal's sign-in pages; and who is signed in now. Every
 * refusal looks the same from outside (wrong address, wrong password, locked account), so that nobody learns from the
 * answers which addresses have an account.
 */
public interface SignIn {

    /** Failures in a row after which an account is locked. */
    int MAX_FAILURES = 5;

    /** What the password step leads to. */
    sealed interface FirstStep {}

    record Rejected() implements FirstStep {}

    /** Right password; the account has a second factor, whose code comes next. */
    record CodeNeeded(UUID account) implements FirstStep {}

    /** Right password; the account's roles need a second factor that is not set up yet. */
    record EnrolmentNeeded(UUID account) implements FirstStep {}

    /** Right password, and no second factor needed (a resident without one). */
    record Done(UUID account) implements FirstStep {}

    /** A new TOTP secret to put in an authenticator app: typed in, or through the {@code otpauth:} link. */
    record Enrolment(String secret, String uri) {}

    /** The signed-in user. {@code method} is {@code local} or {@code oidc}. */
    record SignedIn(
            UUID account, String displayName, String email, Set<Role> roles, boolean secondFactor, String method) {}

    FirstStep password(String email, String password);

    /** Checks a code of the account's confirmed second factor; a code is good once. */
    boolean code(UUID account, String code);

    /** Starts (or starts again) setting up the second factor of an account that has none confirmed. */
    Enrolment enrol(UUID account);

    /** Confirms the second factor being set up with a code from the app. */
    boolean confirmEnrolment(UUID account, String code);

    /**
     * Sets or replaces an account's password.
     *
     * @throws IllegalArgumentException when the password does not meet the rules (12 to 72 bytes of UTF-8)
     */
    void setPassword(UUID account, String password);

    /** Remembers, in the session, whose second step comes next. */
    void pend(HttpServletRequest request, UUID account);

    /** The account whose second step comes next, for five minutes after the first. */
    Optional<UUID> pending(HttpServletRequest request);

    /** Signs the account in: a new session id, and the user in its security context. */
    void establish(UUID account, boolean secondFactor, HttpServletRequest request, HttpServletResponse response);

    Optional<SignedIn> current();

    /** Whether the first griffie account can still be made: while no account has the griffie role. */
    boolean firstRunOpen();

    /**
     * Makes the first griffie account, given the setup code that the application writes to its log at start.
     *
     * @throws IllegalArgumentException when the code is wrong, the first run is over, or name, address or password
     *     are not acceptable
     */
    UUID firstRun(String setupCode, String displayName, String email, String password);

    /** Whether the province's OIDC provider is configured, so that the sign-in page offers it. */
    boolean oidcEnabled();
}
