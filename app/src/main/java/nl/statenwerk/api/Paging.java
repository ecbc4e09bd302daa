package nl.statenwerk.api;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;
import nl.statenwerk.council.Cursor;
import nl.statenwerk.council.ListQuery;
import nl.statenwerk.council.OrganizationClassification;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The paging and sync parameters the standard APIs share, checked so that bad input is a 400 and never a 500.
 *
 * @param limit objects per page
 * @param after the position of the opaque page token, {@code null} for the first page
 * @param modifiedSince only objects changed after this moment, {@code null} for all
 */
record Paging(int limit, @Nullable Cursor after, @Nullable OffsetDateTime modifiedSince) {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;
    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    static Paging of(@Nullable String limit, @Nullable String page, @Nullable String modifiedSince, String sinceName) {
        return new Paging(parseLimit(limit), parsePage(page), parseMoment(modifiedSince, sinceName));
    }

    ListQuery query(@Nullable UUID bodyId, boolean includeDeleted) {
        return query(bodyId, includeDeleted, null);
    }

    ListQuery query(
            @Nullable UUID bodyId,
            boolean includeDeleted,
            @Nullable OrganizationClassification organizationClassification) {
        return new ListQuery(bodyId, modifiedSince, after, limit, true, includeDeleted, organizationClassification);
    }

    /**
     * The link to the page after {@code next}: the current request under the public base URL (not the host the
     * request reached, which may be behind a proxy), keeping every other parameter.
     */
    static String nextLink(String baseUrl, Cursor next) {
        var current = ServletUriComponentsBuilder.fromCurrentRequest().build();
        String query = current.getQuery() == null ? "" : "?" + current.getQuery();
        return UriComponentsBuilder.fromUriString(baseUrl + current.getPath() + query)
                .replaceQueryParam("page", next.token())
                .build()
                .toUriString();
    }

    private static int parseLimit(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value.strip());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiProblem.badRequest("Het paginaformaat moet een getal van 1 tot en met " + MAX_LIMIT + " zijn.");
    }

    private static @Nullable Cursor parsePage(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Cursor.parse(value.strip())
                .orElseThrow(
                        () -> ApiProblem.badRequest("Onbekende pagina; volg de next-link van een eerdere pagina."));
    }

    /** ISO 8601; without an offset the moment is taken in Dutch time, a bare date as its start. */
    static @Nullable OffsetDateTime parseMoment(@Nullable String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeException e) {
            // try the looser forms
        }
        try {
            return LocalDateTime.parse(text).atZone(AMSTERDAM).toOffsetDateTime();
        } catch (DateTimeException e) {
            // try a date
        }
        try {
            return LocalDate.parse(text).atStartOfDay(AMSTERDAM).toOffsetDateTime();
        } catch (DateTimeException e) {
            throw ApiProblem.badRequest(name + " moet een ISO 8601-tijdstip zijn, bijvoorbeeld 2025-01-31T12:00:00Z.");
        }
    }
}
