package nl.statenwerk.alerts;

import java.time.Instant;
import java.util.UUID;
import nl.statenwerk.search.SearchQuery;
import org.jspecify.annotations.Nullable;

/**
 * A search a user saved under a name.
 *
 * @param query the query and its filters, newest first, the first page; {@link SearchQuery#since()} is never set
 * @param alerts whether newly published matches become notifications
 * @param lastCheckedAt when the alerts were last checked; {@code null} until the first check, which only sets the
 *     baseline
 */
public record SavedSearch(
        UUID id,
        UUID accountId,
        String name,
        SearchQuery query,
        boolean alerts,
        Instant createdAt,
        @Nullable Instant lastCheckedAt) {}
