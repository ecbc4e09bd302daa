package nl.statenwerk.identity;

import java.time.Instant;

/** The codes of an authenticator app, for tests outside this package that sign in through the browser. */
public final class TestTotp {

    private TestTotp() {}

    public static String code(byte[] secret, Instant at) {
        return Totp.code(secret, Totp.step(at));
    }

    public static byte[] decode(String base32) {
        return SignInIntegrationTest.base32Decode(base32);
    }
}
