package nl.statenwerk.identity;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of sign-on.
 *
 * @param secretKey base64 of 32 bytes that encrypt the TOTP secrets; empty: a key file in STATENWERK_HOME
 * @param lockout how long an account stays locked after {@link SignIn#MAX_FAILURES} failures in a row
 * @param secondFactorClaims the {@code amr} values of an OIDC provider's ID token that show it checked a second factor;
 *     roles that need one are refused without any of them
 * @param oidcName the OIDC provider's name on the sign-in button
 */
@ConfigurationProperties("statenwerk.identity")
record IdentityProperties(String secretKey, Duration lockout, List<String> secondFactorClaims, String oidcName) {

    IdentityProperties {
        secretKey = secretKey == null ? "" : secretKey;
        lockout = lockout == null ? Duration.ofMinutes(15) : lockout;
        secondFactorClaims =
                secondFactorClaims == null ? List.of("mfa", "otp", "hwk", "swk", "sc", "fido") : secondFactorClaims;
        oidcName = oidcName == null || oidcName.isBlank() ? "de provincie" : oidcName;
    }
}
