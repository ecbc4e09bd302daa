package nl.statenwerk.identity;

import java.util.Collection;
import java.util.UUID;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** A user signed in through the OIDC provider, with the account it resolved to. */
final class AccountOidcUser extends DefaultOidcUser {

    private final UUID account;
    private final boolean secondFactor;

    AccountOidcUser(
            Collection<? extends GrantedAuthority> authorities,
            OidcIdToken idToken,
            OidcUserInfo userInfo,
            UUID account,
            boolean secondFactor) {
        super(authorities, idToken, userInfo);
        this.account = account;
        this.secondFactor = secondFactor;
    }

    UUID account() {
        return account;
    }

    boolean secondFactor() {
        return secondFactor;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccountOidcUser o && o.account.equals(account) && super.equals(other);
    }

    @Override
    public int hashCode() {
        return account.hashCode();
    }
}
