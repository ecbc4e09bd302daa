package nl.statenwerk.publication;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The publisher of each body's papers: the TOOI code configured for it (by id, source id or name), else the province
 * its name names ("Provinciale Staten van Flevoland": provincie Flevoland). A body with neither cannot publish: its
 * papers stay out of the sitemaps, since a DiWoo document without a valid publisher is invalid.
 */
final class Publishers {

    /** A body's publisher, or why it has none. */
    record Resolution(
            @Nullable Publisher publisher, @Nullable String problem) {}

    record Publisher(String uri, String label) {}

    private final Organisations organisations;
    private final Map<String, String> configured;

    Publishers(Organisations organisations, Map<String, String> configured) {
        this.organisations = organisations;
        this.configured = configured;
        configured.forEach((key, uri) -> {
            if (!organisations.all().containsKey(uri.strip())) {
                throw new IllegalStateException("statenwerk.publication.publishers." + key + " = " + uri
                        + " is not an organisation in the TOOI lists of DiWoo 0.9.8 (e.g."
                        + " https://identifier.overheid.nl/tooi/id/provincie/pv24 for Flevoland)");
            }
        });
    }

    Resolution resolve(UUID id, @Nullable String sourceId, String name) {
        String uri = configured.get(id.toString());
        if (uri == null && sourceId != null) {
            uri = configured.get(sourceId);
        }
        if (uri == null) {
            uri = configured.get(name);
        }
        if (uri != null) {
            return new Resolution(new Publisher(uri.strip(), organisations.all().get(uri.strip())), null);
        }
        String lower = name.toLowerCase(Locale.ROOT);
        Map.Entry<String, String> best = null;
        for (Map.Entry<String, String> province : organisations.provinces().entrySet()) {
            String provinceName =
                    province.getValue().replaceFirst("^provincie ", "").toLowerCase(Locale.ROOT);
            if (lower.contains(provinceName)
                    && (best == null || provinceName.length() > best.getValue().length() - "provincie ".length())) {
                best = province;
            }
        }
        if (best != null) {
            return new Resolution(new Publisher(best.getKey(), best.getValue()), null);
        }
        return new Resolution(
                null,
                "'" + name + "' (" + id + ") names no province: set statenwerk.publication.publishers." + id
                        + " to its TOOI code");
    }
}
