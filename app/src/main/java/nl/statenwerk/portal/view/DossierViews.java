package nl.statenwerk.portal.view;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.statenwerk.core.AccessLevel;
import nl.statenwerk.portal.view.SignInViews.Csrf;
import org.jspecify.annotations.Nullable;

/**
 * The records of a signed-in user's saved searches and dossiers: their pages under {@code /mijn}, the form that saves
 * a search on the search page and the one that pins a paper on its page. A {@code notice} or {@code error} is the last
 * part of a message key ({@code my.searches.notice.bewaard}, {@code my.dossiers.error.naam}).
 */
public final class DossierViews {

    private DossierViews() {}

    /** A filter of a search as the search page names it: {@code type}, {@code jaar}, ... and its value. */
    public record QueryFilter(String facet, String value) {}

    /**
     * The form that saves the search on the search page.
     *
     * @param name the name it is saved under unless the user changes it
     * @param fields the search's parameters (words, filters, sort) as hidden fields
     * @param saved whether the search was just saved
     * @param error whether saving failed (a name that is empty or too long)
     */
    public record SaveSearchForm(Csrf csrf, String name, List<QueryFilter> fields, boolean saved, boolean error) {}

    /** A dossier to choose from. */
    public record DossierOption(UUID id, String name) {}

    /**
     * A saved search as its owner sees it.
     *
     * @param filters the filters in force, in the search page's words
     * @param from the first day of a date range, when it has one
     * @param runHref the search on the search page, newest first
     */
    public record SavedSearchRow(
            UUID id,
            String name,
            String q,
            List<QueryFilter> filters,
            @Nullable LocalDate from,
            @Nullable LocalDate to,
            String runHref,
            boolean alerts) {}

    /**
     * @param dossiers the user's own dossiers, to add a search to
     * @param errorFor the saved search whose form failed, for the error next to it
     */
    public record SavedSearchesPage(
            Csrf csrf,
            List<SavedSearchRow> searches,
            List<DossierOption> dossiers,
            @Nullable String notice,
            @Nullable String error,
            @Nullable UUID errorFor) {}

    /**
     * A dossier in the list.
     *
     * @param owner the name of who shared it; {@code null} for the user's own
     */
    public record DossierRow(
            UUID id, String name, @Nullable String owner, int searches, int papers, boolean published) {}

    public record DossiersPage(
            Csrf csrf,
            List<DossierRow> own,
            List<DossierRow> shared,
            @Nullable String notice,
            @Nullable String error) {}

    /**
     * A pinned paper the reader may read.
     *
     * @param level its access level when it is not public
     */
    public record PinnedRow(
            UUID paperId,
            String title,
            String href,
            @Nullable LocalDate date,
            @Nullable String note,
            @Nullable AccessLevel level) {}

    /**
     * A saved search in a dossier with its newest matches.
     *
     * @param id the saved search, for its owner's forms; {@code null} for a reader it is shared with
     * @param runHref the search on the search page
     */
    public record SearchSection(
            @Nullable UUID id,
            String name,
            String q,
            List<QueryFilter> filters,
            @Nullable String runHref,
            long total,
            List<MatchRow> latest) {}

    /** @param level the index's code of the access level of a match that is not public */
    public record MatchRow(
            String title,
            String href,
            @Nullable LocalDate date,
            @Nullable String level) {}

    /** An account a dossier is shared with, by the address the owner gave. */
    public record ShareRow(UUID account, String email) {}

    /**
     * A dossier's page.
     *
     * @param owner whether the reader owns it: only then does it have forms
     * @param ownerName the name of who shared it, for a reader who does not own it
     * @param publicLink the full address of its public link, when it has one (shown to the owner only)
     * @param addable the owner's saved searches not in it yet
     */
    public record DossierPage(
            Csrf csrf,
            UUID id,
            String name,
            boolean owner,
            @Nullable String ownerName,
            List<PinnedRow> papers,
            List<SearchSection> searches,
            List<ShareRow> sharedWith,
            @Nullable String publicLink,
            List<DossierOption> addable,
            @Nullable String notice,
            @Nullable String error) {}

    /**
     * The form on a paper's page that pins it to a dossier.
     *
     * @param dossiers the user's own dossiers
     * @param pinnedIn the dossier it was just pinned to
     */
    public record PinForm(
            Csrf csrf,
            UUID paperId,
            List<DossierOption> dossiers,
            @Nullable DossierOption pinnedIn,
            @Nullable String error) {}
}
