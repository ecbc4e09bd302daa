package nl.statenwerk.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.statenwerk.access.AccessKeys;
import nl.statenwerk.access.Viewer;
import nl.statenwerk.access.Viewers;
import nl.statenwerk.council.AgendaItem;
import nl.statenwerk.council.Body;
import nl.statenwerk.council.Meeting;
import nl.statenwerk.council.Organization;
import nl.statenwerk.council.Paper;
import nl.statenwerk.council.Person;
import nl.statenwerk.council.Vote;
import nl.statenwerk.portal.view.DossierViews.QueryFilter;
import nl.statenwerk.portal.view.DossierViews.SaveSearchForm;
import nl.statenwerk.portal.view.SafeHtml;
import nl.statenwerk.portal.view.Views.ActiveFilter;
import nl.statenwerk.portal.view.Views.Facet;
import nl.statenwerk.portal.view.Views.FacetValue;
import nl.statenwerk.portal.view.Views.Paging;
import nl.statenwerk.portal.view.Views.SearchHit;
import nl.statenwerk.portal.view.Views.SearchPage;
import nl.statenwerk.portal.view.Views.SearchPeriod;
import nl.statenwerk.search.SearchIndex;
import nl.statenwerk.search.SearchQuery;
import nl.statenwerk.search.SearchResult;
import nl.statenwerk.search.SearchResult.Hit;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search page: a GET form over {@link SearchIndex}, with facets as filter links, sorting, paging and the spelling
 * suggestion. It searches what the reader may read; a page that may hold more than what is public is never kept by a
 * cache. The links this page makes go to pages that check again.
 */
@Controller
class PortalSearchController {

    static final int PAGE_SIZE = 10;
    /** Facet values shown per facet; the rest is reached by searching. */
    private static final int FACET_VALUES = 10;
    /** A hit's file, in the {@code url} the index gives for a snippet from a file. */
    private static final Pattern FILE_URL = Pattern.compile("/api/files/([0-9a-fA-F-]{36})/");

    private final SearchIndex index;
    private final PortalViews views;
    private final Viewers viewers;

    PortalSearchController(SearchIndex index, PortalViews views, Viewers viewers) {
        this.index = index;
        this.views = views;
        this.viewers = viewers;
    }

    @GetMapping(SearchParams.PATH)
    String search(
            @RequestParam MultiValueMap<String, String> params,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        SearchParams p = SearchParams.from(params);
        Viewer reader = viewers.current();
        if (!AccessKeys.of(reader).equals(AccessKeys.ANONYMOUS)) {
            // counts and facets, not only hits, may come from papers that are not public
            response.setHeader("Cache-Control", "private, no-store");
        }
        SearchResult result = null;
        boolean badQuery = false;
        if (p.asked()) {
            try {
                result = index.search(p.query(PAGE_SIZE), reader);
            } catch (IllegalArgumentException e) {
                // too long, too complex or too deep a page: the reader gets the form back with an explanation
                badQuery = true;
                response.setStatus(HttpStatus.BAD_REQUEST.value());
            }
        }
        long total = result == null ? 0 : result.total();
        Map<UUID, Optional<String>> bodies = new HashMap<>();
        model.addAttribute(
                "page",
                new SearchPage(
                        p.q(),
                        p.asked(),
                        badQuery,
                        total,
                        result == null
                                ? List.of()
                                : result.hits().stream()
                                        .map(h -> hit(h, bodies))
                                        .toList(),
                        result == null ? List.of() : facets(result, p),
                        active(p),
                        result == null ? null : result.didYouMean(),
                        result == null || result.didYouMean() == null ? null : p.withQuery(result.didYouMean()),
                        p.byDate(),
                        p.withSort(false),
                        p.withSort(true),
                        paging(p, total),
                        reader.signedIn() && p.asked() && !badQuery ? saveForm(p, params, request) : null,
                        period(p)));
        return "portal/search";
    }

    private static SearchPeriod period(SearchParams p) {
        List<QueryFilter> hidden = new ArrayList<>();
        hidden.add(new QueryFilter("q", p.q()));
        for (String facet : SearchParams.FACETS) {
            String value = p.filter(facet);
            if (value != null) {
                hidden.add(new QueryFilter(facet, value));
            }
        }
        if (p.byDate()) {
            hidden.add(new QueryFilter("sortering", "datum"));
        }
        return new SearchPeriod(p.filter("van"), p.filter("tot"), hidden);
    }

    /**
     * The form that saves this search for a signed-in reader: its words, filters and sort in hidden fields, the name
     * the words (or else the filters' values), and whether the last try saved it ({@code bewaren}).
     */
    private static SaveSearchForm saveForm(
            SearchParams p, MultiValueMap<String, String> params, HttpServletRequest request) {
        List<QueryFilter> fields = new ArrayList<>();
        fields.add(new QueryFilter("q", p.q()));
        for (String facet : SearchParams.FILTERS) {
            String value = p.filter(facet);
            if (value != null) {
                fields.add(new QueryFilter(facet, value));
            }
        }
        if (p.byDate()) {
            fields.add(new QueryFilter("sortering", "datum"));
        }
        String name = !p.q().isEmpty()
                ? p.q()
                : String.join(
                        ", ",
                        SearchParams.FACETS.stream()
                                .map(p::filter)
                                .filter(java.util.Objects::nonNull)
                                .toList());
        String outcome = params.getFirst("bewaren");
        return new SaveSearchForm(
                MyPagesController.csrf(request),
                name.length() > 200 ? name.substring(0, 200) : name,
                fields,
                "bewaard".equals(outcome),
                "fout".equals(outcome));
    }

    private SearchHit hit(Hit h, Map<UUID, Optional<String>> bodies) {
        UUID id = id(h.id());
        Target target =
                id == null ? new Target(null, null, false) : h.level() != null ? paperTarget(id) : target(h.type(), id);
        String pageHref = null;
        if (h.page() != null && target.paper && id != null) {
            Matcher file = FILE_URL.matcher(h.url());
            if (file.find()) {
                pageHref = ViewerController.href(id, UUID.fromString(file.group(1)), h.page());
            }
        }
        String body = target.bodyId == null
                ? null
                : bodies.computeIfAbsent(
                                target.bodyId,
                                b -> views.council().findPublic(Body.class, b).map(Body::name))
                        .orElse(null);
        return new SearchHit(
                h.title(),
                target.href,
                h.type(),
                h.date(),
                body,
                h.snippet() == null ? null : SafeHtml.snippet(h.snippet()),
                h.page(),
                pageHref,
                h.level());
    }

    /** A paper that is not public: the index gave it to a reader who may read it, and its page checks again. */
    private Target paperTarget(UUID id) {
        return views.council()
                .find(Paper.class, id)
                .map(x -> new Target("/stukken/" + id, x.bodyId(), true))
                .orElse(new Target(null, null, false));
    }

    /** The hit's id; {@code null} for one that is not ours, which is then shown without a link. */
    private static @Nullable UUID id(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Where a hit is read on the portal, and its body. */
    private record Target(@Nullable String href, @Nullable UUID bodyId, boolean paper) {}

    private Target target(String type, UUID id) {
        var council = views.council();
        return switch (type) {
            case "vergadering" ->
                council.findPublic(Meeting.class, id)
                        .map(m -> new Target("/vergaderingen/" + id, m.bodyId(), false))
                        .orElse(new Target(null, null, false));
            case "agendapunt" ->
                council.findPublic(AgendaItem.class, id)
                        .map(a -> new Target("/vergaderingen/" + a.meetingId(), a.bodyId(), false))
                        .orElse(new Target(null, null, false));
            case "stemming" ->
                council.findPublic(Vote.class, id).map(this::voteTarget).orElse(new Target(null, null, false));
            case "persoon" ->
                council.findPublic(Person.class, id)
                        .map(x -> new Target("/personen/" + id, x.bodyId(), false))
                        .orElse(new Target(null, null, false));
            case "fractie" ->
                council.findPublic(Organization.class, id)
                        .map(o -> new Target("/fracties/" + id, o.bodyId(), false))
                        .orElse(new Target(null, null, false));
            default ->
                council.findPublic(Paper.class, id)
                        .map(x -> new Target("/stukken/" + id, x.bodyId(), true))
                        .orElse(new Target(null, null, false));
        };
    }

    /** A vote is read on its paper's page, or else on its meeting's. */
    private Target voteTarget(Vote v) {
        var council = views.council();
        if (v.paperId() != null && council.findPublic(Paper.class, v.paperId()).isPresent()) {
            return new Target("/stukken/" + v.paperId(), v.bodyId(), false);
        }
        String meeting = v.agendaItemId() == null
                ? null
                : council.findPublic(AgendaItem.class, v.agendaItemId())
                        .map(a -> "/vergaderingen/" + a.meetingId())
                        .orElse(null);
        return new Target(meeting, v.bodyId(), false);
    }

    private static List<Facet> facets(SearchResult result, SearchParams p) {
        List<Facet> facets = new ArrayList<>();
        for (String name : SearchParams.FACETS) {
            // a facet in force has one value left, which the active filters already show
            if (p.filter(name) != null) {
                continue;
            }
            List<SearchResult.FacetValue> values = result.facets().getOrDefault(name, List.of());
            if (values.isEmpty()) {
                continue;
            }
            facets.add(new Facet(
                    name,
                    values.stream()
                            .limit(FACET_VALUES)
                            .map(v -> new FacetValue(name, v.value(), v.count(), p.withFilter(name, v.value())))
                            .toList()));
        }
        return facets;
    }

    private static List<ActiveFilter> active(SearchParams p) {
        List<ActiveFilter> active = new ArrayList<>();
        for (String name : SearchParams.FILTERS) {
            String value = p.filter(name);
            if (value != null) {
                active.add(new ActiveFilter(name, value, p.withFilter(name, null)));
            }
        }
        return active;
    }

    /** The first and last page, and two either side of the current one; gaps between them as one entry. */
    static Paging paging(SearchParams p, long total) {
        int last = (int) Math.min(Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE), SearchQuery.MAX_WINDOW / PAGE_SIZE);
        return Paging.around(p.page(), last, p::withPage);
    }
}
