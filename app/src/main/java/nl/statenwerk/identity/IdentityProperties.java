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
 * @param attemptsPerMinute failed sign-in steps (password, code, setup code) one client address may make per minute
 * @param attemptsPerHour the same per hour
 * @param trustedProxies addresses or networks of the reverse proxies in front of the application, whose
 *     X-Forwarded-For header names the client; empty: the header is ignored and the peer is the client
 */
@ConfigurationProperties("statenwerk.identity")
record IdentityProperties(
        String secretKey,
        Duration lockout,
        List<String> secondFactorClaims,
        String oidcName,
        Integer attemptsPerMinute,
        Integer attemptsPerHour,
        List<String> trustedProxies) {

    IdentityProperties {
        secretKey = secretKey == null ? "" : secretKey;
        lockout = lockout == null ? Duration.ofMinutes(15) : lockout;
        secondFactorClaims =
                secondFactorClaims == null ? List.of("mfa", "otp", "hwk", "swk", "sc", "fido") : secondFactorClaims;
        oidcName = oidcName == null || oidcName.isBlank() ? "de provincie" : oidcName;
        attemptsPerMinute = attemptsPerMinute == null ? 10 : attemptsPerMinute;
        attemptsPerHour = attemptsPerHour == null ? 100 : attemptsPerHour;
        trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
    }
}
