/**
 * Sign-on: local accounts with a password and a TOTP second factor, or the province's OIDC provider; lockout after
 * repeated failures, the first griffie account at first run, and the web security of the whole application (which
 * paths need a signed-in user, CSRF, the session cookie). The portal draws the sign-in pages through {@link
 * nl.statenwerk.identity.SignIn}.
 */
@NullMarked
package nl.statenwerk.identity;

import org.jspecify.annotations.NullMarked;
