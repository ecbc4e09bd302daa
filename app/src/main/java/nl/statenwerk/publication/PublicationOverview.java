package nl.statenwerk.publication;

import java.util.List;

/**
 * The state of active publication.
 *
 * @param categories the categories that have papers, public or not, or had published ones
 * @param problems bodies whose papers cannot be published, with the reason (no TOOI code for the publisher)
 * @param robotsUrl where the Woo-index is told of the sitemap indexes
 */
public record PublicationOverview(List<CategoryOverview> categories, List<String> problems, String robotsUrl) {}
