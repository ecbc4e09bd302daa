package nl.statenwerk.publication;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * What one information category publishes, for the griffie.
 *
 * @param published public papers in the category (of bodies with a publisher)
 * @param notPublished papers in the category that are not public (and not deleted)
 * @param entries files in the category's sitemaps
 * @param lastModified the category's last change: its newest entry, or the last entry that left it; {@code null}
 *     when it never had one
 * @param indexUrl the sitemap index's address; {@code null} when the category has no entries (robots.txt leaves it out)
 */
public record CategoryOverview(
        InformationCategory category,
        long published,
        long notPublished,
        long entries,
        @Nullable OffsetDateTime lastModified,
        @Nullable String indexUrl) {}
