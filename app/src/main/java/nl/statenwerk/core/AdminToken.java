package nl.statenwerk.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The guard of the griffie's write endpoints under {@code /api/beheer} until sign-on with roles arrives: a bearer
 * token set in {@code statenwerk.admin-token} (environment STATENWERK_ADMIN_TOKEN). Without a token set, the
 * endpoints do not exist (404); with a wrong or missing one, the request is unauthorised (401).
 */
@Component
public final class AdminToken {

    private final byte @Nullable [] token;

    AdminToken(@Value("${statenwerk.admin-token:}") String token) {
        this.token = token.isBlank() ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    /** Checks the request's {@code Authorization} header; compares in constant time, so the token cannot be timed. */
    public void check(@Nullable String authorization) {
        if (token == null) {
            throw new Disabled();
        }
        byte[] given = authorization != null && authorization.startsWith("Bearer ")
                ? authorization.substring(7).getBytes(StandardCharsets.UTF_8)
                : new byte[0];
        if (!MessageDigest.isEqual(given, token)) {
            throw new Unauthorized();
        }
    }

    @ResponseStatus(HttpStatus.NOT_FOUND)
    static final class Disabled extends RuntimeException {}

    /** A missing or wrong token: answered 401; callers may record the refusal before letting it through. */
    @ResponseStatus(HttpStatus.UNAUTHORIZED)
    public static final class Unauthorized extends RuntimeException {}
}
