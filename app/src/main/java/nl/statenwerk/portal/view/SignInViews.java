package nl.statenwerk.portal.view;

import java.util.List;
import nl.statenwerk.accounts.Role;
import org.jspecify.annotations.Nullable;

/** The records of the sign-in pages and the signed-in user's own page. */
public final class SignInViews {

    private SignInViews() {}

    /** The form's CSRF token, as a hidden field. */
    public record Csrf(String parameter, String token) {}

    /**
     * @param error message key of what went wrong, or null
     * @param notice message key of a notice (signed out), or null
     */
    public record SignInPage(
            Csrf csrf,
            String email,
            @Nullable String error,
            @Nullable String notice,
            boolean oidc,
            String oidcName,
            boolean firstRun) {}

    public record CodePage(Csrf csrf, @Nullable String error) {}

    public record EnrolPage(
            Csrf csrf, String secret, String uri, @Nullable String error) {}

    public record SetupPage(
            Csrf csrf, String name, String email, @Nullable String error) {}

    public record AccountPage(
            Csrf csrf, String name, String email, List<Role> roles, String method, boolean secondFactor) {}

    /**
     * The griffie's page of exports to the e-Depot.
     *
     * @param error message key of what was wrong with the request, or null
     */
    public record ArchivePage(
            Csrf csrf,
            List<String> bodies,
            List<ArchiveRunRow> runs,
            @Nullable String error) {}

    /** One export on that page; {@code download} is set when its zip can be downloaded. */
    public record ArchiveRunRow(
            String requestedAt,
            String selection,
            String status,
            @Nullable String summary,
            @Nullable String error,
            @Nullable String download) {}
}
