package nl.statenwerk.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.statenwerk.access.Viewer;
import nl.statenwerk.accounts.Accounts;
import nl.statenwerk.accounts.UserAccount;
import nl.statenwerk.alerts.SavedSearch;
import nl.statenwerk.alerts.SavedSearches;
import nl.statenwerk.dossiers.Dossier;
import nl.statenwerk.dossiers.DossierView;
import nl.statenwerk.dossiers.Dossiers;
import nl.statenwerk.portal.view.DossierViews.DossierOption;
import nl.statenwerk.portal.view.DossierViews.DossierPage;
import nl.statenwerk.portal.view.DossierViews.DossierRow;
import nl.statenwerk.portal.view.DossierViews.DossiersPage;
import nl.statenwerk.portal.view.DossierViews.MatchRow;
import nl.statenwerk.portal.view.DossierViews.PinnedRow;
import nl.statenwerk.portal.view.DossierViews.SearchSection;
import nl.statenwerk.portal.view.DossierViews.ShareRow;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The signed-in user's dossiers ({@code /mijn/dossiers}): those they own and those shared with them. The owner
 * renames, deletes, adds and removes saved searches, pins and unpins papers with a note, shares with other accounts
 * and publishes a public link; a reader it is shared with reads it. A dossier the user may not read, and any change
 * by one who does not own it, is "not found". What a dossier shows is what this reader may read
 * ({@link Dossiers#view}). Forms post with a CSRF token and redirect (post, redirect, get).
 */
@Controller
class MyDossiersController {

    static final String PATH = "/mijn/dossiers";

    /** The newest matches a dossier's page shows per saved search. */
    static final int MATCHES_PER_SEARCH = 5;

    /** As the dossiers module holds them. */
    static final int MAX_NOTE = 2000;

    private static final Set<String> NOTICES = Set.of(
            "aangemaakt",
            "hernoemd",
            "verwijderd",
            "zoekopdracht",
            "zoekopdrachtWeg",
            "notitie",
            "losgemaakt",
            "gedeeld",
            "nietGedeeld",
            "link",
            "linkIngetrokken");

    private static final Set<String> ERRORS = Set.of("naam", "notitie", "delen", "zelf", "zoekopdracht", "dossier");

    private final PortalViews views;
    private final Dossiers dossiers;
    private final SavedSearches savedSearches;
    private final Accounts accounts;

    MyDossiersController(PortalViews views, Dossiers dossiers, SavedSearches savedSearches, Accounts accounts) {
        this.views = views;
        this.dossiers = dossiers;
        this.savedSearches = savedSearches;
        this.accounts = accounts;
    }

    private UUID account() {
        return MyPagesController.account(views.viewer());
    }

    @GetMapping(PATH)
    String list(
            @RequestParam(name = "melding", required = false) @Nullable String notice,
            @RequestParam(name = "fout", required = false) @Nullable String error,
            HttpServletRequest request,
            Model model) {
        UUID account = account();
        List<DossierRow> own = new ArrayList<>();
        List<DossierRow> shared = new ArrayList<>();
        for (Dossier d : dossiers.readableBy(account)) {
            boolean owned = d.ownerId().equals(account);
            (owned ? own : shared)
                    .add(new DossierRow(
                            d.id(),
                            d.name(),
                            owned
                                    ? null
                                    : accounts.find(d.ownerId())
                                            .map(UserAccount::displayName)
                                            .orElse(""),
                            d.savedSearchIds().size(),
                            d.pins().size(),
                            owned && d.shareToken() != null));
        }
        model.addAttribute(
                "page",
                new DossiersPage(
                        MyPagesController.csrf(request),
                        own,
                        shared,
                        MySavedSearchesController.oneOf(NOTICES, notice),
                        MySavedSearchesController.oneOf(ERRORS, error)));
        return "portal/my-dossiers";
    }

    /**
     * Creates a dossier; with {@code stuk} (from a paper's page) the paper is pinned to it with the note, and the user
     * goes back to the paper.
     */
    @PostMapping(PATH)
    String create(
            @RequestParam(name = "naam", defaultValue = "") String name,
            @RequestParam(name = "stuk", required = false) @Nullable String paper,
            @RequestParam(name = "notitie", defaultValue = "") String note) {
        UUID account = account();
        UUID paperId = paper == null ? null : readablePaper(paper);
        if (paperId != null && note.strip().length() > MAX_NOTE) {
            return paperError(paperId, "notitie");
        }
        Dossier dossier;
        try {
            dossier = dossiers.create(account, name);
        } catch (IllegalArgumentException e) {
            return paperId == null ? "redirect:" + PATH + "?fout=naam" : paperError(paperId, "naam");
        }
        if (paperId == null) {
            return "redirect:" + PATH + "/" + dossier.id() + "?melding=aangemaakt";
        }
        dossiers.pin(account, dossier.id(), paperId, note);
        return "redirect:/stukken/" + paperId + "?vastgepind=" + dossier.id() + "#vastpinnen";
    }

    /** Pins a paper from its page to one of the user's dossiers, and goes back to the paper. */
    @PostMapping(PATH + "/vastpinnen")
    String pinFromPaper(
            @RequestParam(name = "stuk", defaultValue = "") String paper,
            @RequestParam(name = "dossier", defaultValue = "") String dossier,
            @RequestParam(name = "notitie", defaultValue = "") String note) {
        UUID account = account();
        UUID paperId = readablePaper(paper);
        UUID dossierId = MySavedSearchesController.uuid(dossier);
        if (dossierId == null) {
            return paperError(paperId, "dossier");
        }
        if (note.strip().length() > MAX_NOTE) {
            return paperError(paperId, "notitie");
        }
        try {
            dossiers.pin(account, dossierId, paperId, note);
        } catch (NoSuchElementException e) {
            throw new NotFound();
        }
        return "redirect:/stukken/" + paperId + "?vastgepind=" + dossierId + "#vastpinnen";
    }

    @GetMapping(PATH + "/{id}")
    String dossier(
            @PathVariable UUID id,
            @RequestParam(name = "melding", required = false) @Nullable String notice,
            @RequestParam(name = "fout", required = false) @Nullable String error,
            HttpServletRequest request,
            Model model) {
        Viewer reader = views.viewer();
        UUID account = MyPagesController.account(reader);
        Dossier dossier = dossiers.find(account, id).orElseThrow(NotFound::new);
        DossierView view = dossiers.view(reader, id, MATCHES_PER_SEARCH).orElseThrow(NotFound::new);
        boolean owner = dossier.ownerId().equals(account);
        List<SavedSearch> inDossier = dossier.savedSearchIds().stream()
                .map(savedSearches::find)
                .flatMap(Optional::stream)
                .toList();
        List<SearchSection> searches = new ArrayList<>();
        for (int i = 0; i < view.searches().size(); i++) {
            DossierView.SearchMatches matches = view.searches().get(i);
            // the view lists the dossier's searches in the same order; it names them, the ids are the owner's
            SavedSearch saved = i < inDossier.size() ? inDossier.get(i) : null;
            searches.add(new SearchSection(
                    owner && saved != null ? saved.id() : null,
                    matches.name(),
                    matches.query(),
                    saved == null ? List.of() : MySavedSearchesController.filters(saved.query()),
                    saved == null ? null : SearchParams.of(saved.query()).href(),
                    matches.total(),
                    matches.latest().stream()
                            .map(h -> new MatchRow(h.title(), SharedDossierController.href(h), h.date(), h.level()))
                            .toList()));
        }
        model.addAttribute(
                "page",
                new DossierPage(
                        MyPagesController.csrf(request),
                        id,
                        dossier.name(),
                        owner,
                        owner
                                ? null
                                : accounts.find(dossier.ownerId())
                                        .map(UserAccount::displayName)
                                        .orElse(""),
                        view.papers().stream()
                                .map(p -> new PinnedRow(
                                        UUID.fromString(p.id()),
                                        p.title(),
                                        "/stukken/" + p.id(),
                                        p.date(),
                                        p.note(),
                                        p.level()))
                                .toList(),
                        searches,
                        owner
                                ? dossier.sharedWith().stream()
                                        .map(a -> new ShareRow(
                                                a,
                                                accounts.find(a)
                                                        .map(UserAccount::email)
                                                        .orElse("")))
                                        .toList()
                                : List.of(),
                        owner && dossier.shareToken() != null
                                ? MyPagesController.base(request) + "/dossiers/" + dossier.shareToken()
                                : null,
                        owner
                                ? savedSearches.of(account).stream()
                                        .filter(s -> !dossier.savedSearchIds().contains(s.id()))
                                        .map(s -> new DossierOption(s.id(), s.name()))
                                        .toList()
                                : List.of(),
                        MySavedSearchesController.oneOf(NOTICES, notice),
                        MySavedSearchesController.oneOf(ERRORS, error)));
        return "portal/my-dossier";
    }

    @PostMapping(PATH + "/{id}/naam")
    String rename(@PathVariable UUID id, @RequestParam(name = "naam", defaultValue = "") String name) {
        UUID account = account();
        owned(account, id);
        try {
            dossiers.rename(account, id, name);
        } catch (IllegalArgumentException e) {
            return error(id, "naam");
        }
        return done(id, "hernoemd");
    }

    @PostMapping(PATH + "/{id}/verwijderen")
    String delete(@PathVariable UUID id) {
        UUID account = account();
        owned(account, id);
        dossiers.delete(account, id);
        return "redirect:" + PATH + "?melding=verwijderd";
    }

    @PostMapping(PATH + "/{id}/zoekopdrachten")
    String addSearch(@PathVariable UUID id, @RequestParam(name = "zoekopdracht", defaultValue = "") String search) {
        UUID account = account();
        owned(account, id);
        UUID searchId = MySavedSearchesController.uuid(search);
        if (searchId == null) {
            return error(id, "zoekopdracht");
        }
        try {
            dossiers.addSavedSearch(account, id, searchId);
        } catch (NoSuchElementException e) {
            throw new NotFound();
        }
        return done(id, "zoekopdracht");
    }

    @PostMapping(PATH + "/{id}/zoekopdrachten/{search}/verwijderen")
    String removeSearch(@PathVariable UUID id, @PathVariable UUID search) {
        UUID account = account();
        owned(account, id);
        dossiers.removeSavedSearch(account, id, search);
        return done(id, "zoekopdrachtWeg");
    }

    /** Changes the note of a pinned paper; a paper that is not pinned to this dossier is not found. */
    @PostMapping(PATH + "/{id}/stukken/{paper}/notitie")
    String note(
            @PathVariable UUID id,
            @PathVariable UUID paper,
            @RequestParam(name = "notitie", defaultValue = "") String note) {
        UUID account = account();
        Dossier dossier = owned(account, id);
        if (dossier.pins().stream().noneMatch(p -> p.paperId().equals(paper))) {
            throw new NotFound();
        }
        if (note.strip().length() > MAX_NOTE) {
            return error(id, "notitie");
        }
        dossiers.pin(account, id, paper, note);
        return done(id, "notitie");
    }

    @PostMapping(PATH + "/{id}/stukken/{paper}/losmaken")
    String unpin(@PathVariable UUID id, @PathVariable UUID paper) {
        UUID account = account();
        owned(account, id);
        dossiers.unpin(account, id, paper);
        return done(id, "losgemaakt");
    }

    /**
     * Shares the dossier with the account of an e-mail address. An address without an account gets the same answer
     * as one that is not an address, so the form tells no more than that it could not share.
     */
    @PostMapping(PATH + "/{id}/delen")
    String share(@PathVariable UUID id, @RequestParam(name = "email", defaultValue = "") String email) {
        UUID account = account();
        owned(account, id);
        Optional<UserAccount> other = email.isBlank() ? Optional.empty() : accounts.findByEmail(email.strip());
        if (other.isEmpty()) {
            return error(id, "delen");
        }
        if (other.get().id().equals(account)) {
            return error(id, "zelf");
        }
        dossiers.shareWith(account, id, other.get().id());
        return done(id, "gedeeld");
    }

    @PostMapping(PATH + "/{id}/delen/{other}/intrekken")
    String unshare(@PathVariable UUID id, @PathVariable UUID other) {
        UUID account = account();
        owned(account, id);
        dossiers.unshare(account, id, other);
        return done(id, "nietGedeeld");
    }

    /** Makes a public link, or a new one in place of the old, which then stops working. */
    @PostMapping(PATH + "/{id}/link")
    String publish(@PathVariable UUID id) {
        UUID account = account();
        owned(account, id);
        dossiers.publish(account, id);
        return done(id, "link");
    }

    @PostMapping(PATH + "/{id}/link/intrekken")
    String unpublish(@PathVariable UUID id) {
        UUID account = account();
        owned(account, id);
        dossiers.unpublish(account, id);
        return done(id, "linkIngetrokken");
    }

    /** The user's own dossier; one they only read, or may not, is not found. */
    private Dossier owned(UUID account, UUID id) {
        return dossiers.find(account, id)
                .filter(d -> d.ownerId().equals(account))
                .orElseThrow(NotFound::new);
    }

    /** A paper this reader may read; any other, and an id that is not one, is not found. */
    private UUID readablePaper(String id) {
        UUID paperId = MySavedSearchesController.uuid(id);
        if (paperId == null || views.readings().paper(views.viewer(), paperId).isEmpty()) {
            throw new NotFound();
        }
        return paperId;
    }

    private static String done(UUID id, String notice) {
        return "redirect:" + PATH + "/" + id + "?melding=" + notice;
    }

    private static String error(UUID id, String error) {
        return "redirect:" + PATH + "/" + id + "?fout=" + error;
    }

    private static String paperError(UUID paper, String error) {
        return "redirect:/stukken/" + paper + "?vastpinfout=" + error + "#vastpinnen";
    }
}
