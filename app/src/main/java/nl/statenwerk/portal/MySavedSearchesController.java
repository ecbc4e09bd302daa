package nl.statenwerk.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import nl.statenwerk.alerts.SavedSearch;
import nl.statenwerk.alerts.SavedSearches;
import nl.statenwerk.dossiers.Dossiers;
import nl.statenwerk.portal.view.DossierViews.DossierOption;
import nl.statenwerk.portal.view.DossierViews.QueryFilter;
import nl.statenwerk.portal.view.DossierViews.SavedSearchRow;
import nl.statenwerk.portal.view.DossierViews.SavedSearchesPage;
import nl.statenwerk.search.SearchQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The signed-in user's saved searches ({@code /mijn/zoekopdrachten}): saved from the search page, run, renamed,
 * alerts on or off, deleted and added to a dossier. Every form posts with a CSRF token and redirects (post, redirect,
 * get); another user's search is "not found", as {@link SavedSearches} has it.
 */
@Controller
class MySavedSearchesController {

    static final String PATH = "/mijn/zoekopdrachten";

    /** The notices and errors the page shows, by the value of its {@code melding} and {@code fout} parameters. */
    private static final Set<String> NOTICES = Set.of("hernoemd", "aan", "uit", "verwijderd");

    private static final Set<String> ERRORS = Set.of("naam", "dossier");

    private final PortalViews views;
    private final SavedSearches savedSearches;
    private final Dossiers dossiers;

    MySavedSearchesController(PortalViews views, SavedSearches savedSearches, Dossiers dossiers) {
        this.views = views;
        this.savedSearches = savedSearches;
        this.dossiers = dossiers;
    }

    private UUID account() {
        return MyPagesController.account(views.viewer());
    }

    @GetMapping(PATH)
    String page(
            @RequestParam(name = "melding", required = false) @Nullable String notice,
            @RequestParam(name = "fout", required = false) @Nullable String error,
            @RequestParam(name = "zoekopdracht", required = false) @Nullable String errorFor,
            HttpServletRequest request,
            Model model) {
        UUID account = account();
        List<DossierOption> own = dossiers.readableBy(account).stream()
                .filter(d -> d.ownerId().equals(account))
                .map(d -> new DossierOption(d.id(), d.name()))
                .toList();
        model.addAttribute(
                "page",
                new SavedSearchesPage(
                        MyPagesController.csrf(request),
                        savedSearches.of(account).stream()
                                .map(MySavedSearchesController::row)
                                .toList(),
                        own,
                        MySavedSearchesController.oneOf(NOTICES, notice),
                        MySavedSearchesController.oneOf(ERRORS, error),
                        uuid(errorFor)));
        return "portal/my-searches";
    }

    /**
     * Saves the search the search page's form repeats in its fields, and goes back to it with a confirmation. A name
     * that is empty or too long, or a query the index refuses, goes back with an error instead.
     */
    @PostMapping(PATH)
    String save(@RequestParam MultiValueMap<String, String> form) {
        UUID account = account();
        SearchParams search = SearchParams.from(form);
        String name = form.getFirst("naam");
        try {
            savedSearches.save(
                    account,
                    name == null ? "" : name,
                    search.query(PortalSearchController.PAGE_SIZE),
                    form.containsKey("attendering"));
        } catch (IllegalArgumentException e) {
            return "redirect:" + search.href() + "&bewaren=fout#bewaren";
        }
        return "redirect:" + search.href() + "&bewaren=bewaard#bewaren";
    }

    @PostMapping(PATH + "/{id}/naam")
    String rename(@PathVariable UUID id, @RequestParam(name = "naam", defaultValue = "") String name) {
        UUID account = account();
        try {
            savedSearches.rename(account, id, name);
        } catch (NoSuchElementException e) {
            throw new NotFound();
        } catch (IllegalArgumentException e) {
            own(account, id);
            return "redirect:" + PATH + "?fout=naam&zoekopdracht=" + id + "#zoekopdracht-" + id;
        }
        return "redirect:" + PATH + "?melding=hernoemd#zoekopdracht-" + id;
    }

    @PostMapping(PATH + "/{id}/attendering")
    String alerts(@PathVariable UUID id, @RequestParam(name = "attendering", defaultValue = "") String alerts) {
        boolean on = switch (alerts) {
            case "aan" -> true;
            case "uit" -> false;
            default ->
                throw new org.springframework.web.server.ResponseStatusException(
                        org.springframework.http.HttpStatus.BAD_REQUEST);
        };
        try {
            savedSearches.setAlerts(account(), id, on);
        } catch (NoSuchElementException e) {
            throw new NotFound();
        }
        return "redirect:" + PATH + "?melding=" + alerts + "#zoekopdracht-" + id;
    }

    @PostMapping(PATH + "/{id}/verwijderen")
    String delete(@PathVariable UUID id) {
        try {
            savedSearches.delete(account(), id);
        } catch (NoSuchElementException e) {
            throw new NotFound();
        }
        return "redirect:" + PATH + "?melding=verwijderd";
    }

    /** Adds the search to one of the user's dossiers, and shows that dossier. */
    @PostMapping(PATH + "/{id}/dossier")
    String addToDossier(@PathVariable UUID id, @RequestParam(name = "dossier", defaultValue = "") String dossier) {
        UUID account = account();
        UUID dossierId = uuid(dossier);
        if (dossierId == null) {
            own(account, id);
            return "redirect:" + PATH + "?fout=dossier&zoekopdracht=" + id + "#zoekopdracht-" + id;
        }
        try {
            dossiers.addSavedSearch(account, dossierId, id);
        } catch (NoSuchElementException e) {
            throw new NotFound();
        }
        return "redirect:" + MyDossiersController.PATH + "/" + dossierId + "?melding=zoekopdracht";
    }

    /** A search of this account, or the page that does not exist. */
    private void own(UUID account, UUID id) {
        savedSearches.find(id).filter(s -> s.accountId().equals(account)).orElseThrow(NotFound::new);
    }

    static SavedSearchRow row(SavedSearch s) {
        return new SavedSearchRow(
                s.id(),
                s.name(),
                s.query().q(),
                filters(s.query()),
                s.query().from(),
                s.query().to(),
                SearchParams.of(s.query()).href(),
                s.alerts());
    }

    /** The filters of a saved query, as the search page names them. */
    static List<QueryFilter> filters(SearchQuery query) {
        SearchParams params = SearchParams.of(query);
        return SearchParams.FACETS.stream()
                .filter(f -> params.filter(f) != null)
                .map(f -> new QueryFilter(f, java.util.Objects.requireNonNull(params.filter(f))))
                .toList();
    }

    /** The value when it is one of these, else {@code null}: a page names only notices and errors it knows. */
    static @Nullable String oneOf(Set<String> values, @Nullable String value) {
        return value != null && values.contains(value) ? value : null;
    }

    static @Nullable UUID uuid(@Nullable String id) {
        if (id == null) {
            return null;
        }
        try {
            return UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
