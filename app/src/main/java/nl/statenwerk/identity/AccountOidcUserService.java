package nl.statenwerk.identity;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.statenwerk.accounts.Accounts;
import nl.statenwerk.accounts.DigestPreference;
import nl.statenwerk.accounts.Role;
import nl.statenwerk.accounts.UserAccount;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Resolves a user of the OIDC provider to an account: by the provider's subject once known; the first time by e-mail
 * address, so that the griffie can register a member (with role) before the first sign-in; otherwise a new resident
 * account. Roles that need a second factor are refused when the ID token does not show one in {@code amr}.
 */
class AccountOidcUserService extends OidcUserService {

    static final String SECOND_FACTOR_REQUIRED = "second_factor_required";

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final IdentityProperties properties;
    private final TransactionTemplate transactions;
    private final SignInAudit audit;

    AccountOidcUserService(
            JdbcClient jdbc,
            Accounts accounts,
            IdentityProperties properties,
            TransactionTemplate transactions,
            SignInAudit audit) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.properties = properties;
        this.transactions = transactions;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser user = super.loadUser(request);
        String issuer = String.valueOf(user.getIssuer());
        UUID account = transactions.execute(status -> resolve(issuer, user));
        boolean secondFactor = secondFactor(user);
        var signedIn = new SignIn.SignedIn(
                account,
                user.getFullName() == null ? "" : user.getFullName(),
                user.getEmail() == null ? "" : user.getEmail(),
                accounts.roles(account),
                secondFactor,
                "oidc");
        if (!secondFactor && signedIn.roles().stream().anyMatch(Role::needsSecondFactor)) {
            transactions.executeWithoutResult(
                    status -> audit.record("inloggen-oidc", account, false, "geweigerd: geen tweede factor"));
            throw new OAuth2AuthenticationException(new OAuth2Error(
                    SECOND_FACTOR_REQUIRED, "The provider did not check a second factor for this role.", null));
        }
        transactions.executeWithoutResult(status ->
                audit.record("ingelogd", account, true, secondFactor ? "via OIDC, met tweede factor" : "via OIDC"));
        return new AccountOidcUser(
                LocalSignIn.authorities(signedIn),
                user.getIdToken(),
                user.getUserInfo() == null ? new OidcUserInfo(user.getClaims()) : user.getUserInfo(),
                account,
                secondFactor);
    }

    private boolean secondFactor(OidcUser user) {
        List<String> amr = user.getAuthenticationMethods();
        return amr != null && amr.stream().anyMatch(properties.secondFactorClaims()::contains);
    }

    private UUID resolve(String issuer, OidcUser user) {
        Optional<UUID> known = jdbc.sql(
                        "select account_id from oidc_identity where issuer = :issuer and subject = :sub")
                .param("issuer", issuer)
                .param("sub", user.getSubject())
                .query(UUID.class)
                .optional();
        if (known.isPresent()) {
            return known.get();
        }
        String email = user.getEmail();
        if (email == null || email.isBlank()) {
            throw new OAuth2AuthenticationException(
                    new OAuth2Error("email_missing", "The provider sent no e-mail address.", null));
        }
        UserAccount account = accounts.findByEmail(email).orElseGet(() -> {
            String name = user.getFullName() != null && !user.getFullName().isBlank() ? user.getFullName() : email;
            UserAccount created = accounts.create(name, email, DigestPreference.DAILY);
            accounts.grant(created.id(), Role.RESIDENT);
            return created;
        });
        jdbc.sql(
                        "insert into oidc_identity (issuer, subject, account_id, created_at) values (:issuer, :sub, :id, :now)")
                .param("issuer", issuer)
                .param("sub", user.getSubject())
                .param("id", account.id())
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        return account.id();
    }
}
