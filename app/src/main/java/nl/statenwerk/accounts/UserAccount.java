package nl.statenwerk.accounts;

import java.time.Instant;
import java.util.UUID;

/**
 * A user of the platform.
 *
 * @param email lower case; where notifications and the daily digest go
 */
public record UserAccount(UUID id, String displayName, String email, DigestPreference digest, Instant createdAt) {}
