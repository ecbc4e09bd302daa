package nl.statenwerk.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.statenwerk.access.AccessKeys;
import nl.statenwerk.access.Viewer;
import nl.statenwerk.access.Viewers;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * {@code GET /api/search} and {@code GET /api/search/suggest}, over what the caller may read; bad input is a 400
 * problem, never a 500. An answer that may hold more than what is public is never kept by a cache.
 */
@RestController
class SearchController {

    private final SearchIndex index;
    private final Viewers viewers;

    SearchController(SearchIndex index, Viewers viewers) {
        this.index = index;
        this.viewers = viewers;
    }

    private static <T> ResponseEntity<T> answer(Viewer reader, T body) {
        return AccessKeys.of(reader).equals(AccessKeys.ANONYMOUS)
                ? ResponseEntity.ok(body)
                : ResponseEntity.ok()
                        .header("Cache-Control", "private, no-store")
                        .body(body);
    }

    @GetMapping(path = "/api/search", produces = "application/json")
    ResponseEntity<SearchResult> search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) @Nullable String type,
            @RequestParam(required = false) @Nullable Integer jaar,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate van,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate tot,
            @RequestParam(required = false) @Nullable String orgaan,
            @RequestParam(required = false) @Nullable String vergadertype,
            @RequestParam(required = false) @Nullable String fractie,
            @RequestParam(required = false) @Nullable String uitslag,
            @RequestParam(defaultValue = "relevantie") String sort,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "10") int size) {
        SearchQuery.Sort order = switch (sort.toLowerCase(Locale.ROOT)) {
            case "relevantie" -> SearchQuery.Sort.RELEVANCE;
            case "datum" -> SearchQuery.Sort.DATE;
            default -> throw new IllegalArgumentException("sort is relevantie of datum.");
        };
        Viewer reader = viewers.current();
        return answer(
                reader,
                index.search(
                        new SearchQuery(
                                q,
                                type,
                                jaar,
                                van,
                                tot,
                                orgaan,
                                vergadertype,
                                fractie,
                                uitslag,
                                null,
                                order,
                                page,
                                size),
                        reader));
    }

    @GetMapping(path = "/api/search/suggest", produces = "application/json")
    ResponseEntity<List<String>> suggest(@RequestParam(defaultValue = "") String q) {
        if (q.length() > SearchQuery.MAX_LENGTH) {
            throw new IllegalArgumentException("De zoekvraag is langer dan " + SearchQuery.MAX_LENGTH + " tekens.");
        }
        Viewer reader = viewers.current();
        return answer(reader, index.suggest(q, 10, reader));
    }

    @RestControllerAdvice(assignableTypes = SearchController.class)
    static class Problems {

        @ExceptionHandler(IllegalArgumentException.class)
        ProblemDetail badQuery(IllegalArgumentException e) {
            return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        }

        @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
        ProblemDetail badParameter(Exception e) {
            return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Ongeldige parameter.");
        }
    }
}
