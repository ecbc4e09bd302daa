package nl.statenwerk.search;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A search. Filters that are {@code null} do not filter.
 *
 * @param q the query: words (stemmed, with synonyms), {@code "phrases"}, {@code AND}/{@code OR}/{@code NOT},
 *     {@code -word}, prefixes ({@code wind*}) and fields ({@code titel:}, {@code type:}, {@code fractie:}); blank
 *     finds everything
 * @param type the kind of object: a paper type ({@code motie}, {@code amendement}, {@code voorstel}, ...),
 *     {@code vergadering}, {@code agendapunt}, {@code stemming}, {@code persoon} or {@code fractie}
 * @param year the year of the object's date
 * @param from objects dated on or after this day
 * @param to objects dated on or before this day
 * @param body the name of the body (orgaan), e.g. {@code Provinciale Staten van Flevoland}
 * @param meetingType the kind of meeting, e.g. {@code statenvergadering}
 * @param fractie the name of a fractie that submitted a paper, voted, or that a person belongs to
 * @param voteResult {@code aangenomen}, {@code verworpen} or {@code staken}
 * @param since objects that entered the system (were first published here) at or after this moment; for alerts
 * @param sort by relevance, or newest first
 * @param page the page, from 1
 * @param size hits per page, 1 to 100
 */
public record SearchQuery(
        String q,
        @Nullable String type,
        @Nullable Integer year,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable String body,
        @Nullable String meetingType,
        @Nullable String fractie,
        @Nullable String voteResult,
        @Nullable Instant since,
        Sort sort,
        int page,
        int size) {

    /** Longer queries are refused: no real question needs more, and parsing cost grows with length. */
    public static final int MAX_LENGTH = 1000;

    /** Deep paging is refused: it costs more with every page and nobody reads that far. */
    public static final int MAX_WINDOW = 10_000;

    public SearchQuery {
        q = q.strip();
        if (q.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("De zoekvraag is langer dan " + MAX_LENGTH + " tekens.");
        }
        if (size < 1 || size > 100) {
            throw new IllegalArgumentException("size moet tussen 1 en 100 liggen.");
        }
        if (page < 1 || (long) page * size > MAX_WINDOW) {
            throw new IllegalArgumentException("page moet tussen 1 en " + MAX_WINDOW / size + " liggen.");
        }
    }

    /** Words only, relevance order, the first ten hits. */
    public static SearchQuery of(String q) {
        return new SearchQuery(q, null, null, null, null, null, null, null, null, null, Sort.RELEVANCE, 1, 10);
    }

    public SearchQuery withSort(Sort sort) {
        return new SearchQuery(
                q, type, year, from, to, body, meetingType, fractie, voteResult, since, sort, page, size);
    }

    public SearchQuery withType(@Nullable String type) {
        return new SearchQuery(
                q, type, year, from, to, body, meetingType, fractie, voteResult, since, sort, page, size);
    }

    public SearchQuery withFractie(@Nullable String fractie) {
        return new SearchQuery(
                q, type, year, from, to, body, meetingType, fractie, voteResult, since, sort, page, size);
    }

    public SearchQuery withSince(@Nullable Instant since) {
        return new SearchQuery(
                q, type, year, from, to, body, meetingType, fractie, voteResult, since, sort, page, size);
    }

    public SearchQuery withPage(int page, int size) {
        return new SearchQuery(
                q, type, year, from, to, body, meetingType, fractie, voteResult, since, sort, page, size);
    }

    public enum Sort {
        RELEVANCE,
        DATE
    }
}
