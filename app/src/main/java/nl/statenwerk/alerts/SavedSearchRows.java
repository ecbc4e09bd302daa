package nl.statenwerk.alerts;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.statenwerk.search.SearchQuery;
import org.springframework.jdbc.core.RowMapper;

/** Reads a {@code saved_search} row; the query is read as a saved search is used: newest first, first page. */
final class SavedSearchRows {

    private SavedSearchRows() {}

    static final RowMapper<SavedSearch> ROW = (rs, n) -> {
        int year = rs.getInt("year_of");
        Integer yearOf = rs.wasNull() ? null : year;
        OffsetDateTime lastChecked = rs.getObject("last_checked_at", OffsetDateTime.class);
        return new SavedSearch(
                rs.getObject("id", UUID.class),
                rs.getObject("account_id", UUID.class),
                rs.getString("name"),
                new SearchQuery(
                        rs.getString("query_text"),
                        rs.getString("object_type"),
                        yearOf,
                        rs.getObject("from_date", LocalDate.class),
                        rs.getObject("to_date", LocalDate.class),
                        rs.getString("body_name"),
                        rs.getString("meeting_type"),
                        rs.getString("fractie"),
                        rs.getString("vote_result"),
                        null,
                        SearchQuery.Sort.DATE,
                        1,
                        10),
                rs.getBoolean("alerts"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                lastChecked == null ? null : lastChecked.toInstant());
    };
}
