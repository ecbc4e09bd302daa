package nl.statenwerk.council;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/** A position in a list ordered by last change, as an opaque token for {@code next} links. */
public record Cursor(OffsetDateTime modifiedAt, UUID id) {

    public String token() {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((modifiedAt + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor of a token, or empty when the token was not made by {@link #token()}. */
    public static Optional<Cursor> parse(String token) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|");
            return parts.length == 2
                    ? Optional.of(new Cursor(OffsetDateTime.parse(parts[0]), UUID.fromString(parts[1])))
                    : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
