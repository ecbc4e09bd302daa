package nl.statenwerk.dossiers;

import java.time.LocalDate;
import java.util.List;
import nl.statenwerk.core.AccessLevel;
import nl.statenwerk.search.SearchResult;
import org.jspecify.annotations.Nullable;

/**
 * What a reader of a dossier sees: through its public link public objects only, for a signed-in reader what that
 * reader may read. It names no account.
 *
 * @param papers the pinned papers the reader may read, newest paper date first
 * @param searches per saved search its latest matches, newest first
 */
public record DossierView(String name, List<PinnedPaper> papers, List<SearchMatches> searches) {

    /**
     * @param url the paper's page in the portal
     * @param level the paper's access level when it is not public; {@code null} for a public paper
     */
    public record PinnedPaper(
            String id,
            String title,
            String type,
            @Nullable LocalDate date,
            @Nullable String note,
            String url,
            @Nullable AccessLevel level) {}

    /**
     * @param query the saved search's words
     * @param total how many public objects match
     * @param latest the newest of them
     */
    public record SearchMatches(String name, String query, long total, List<SearchResult.Hit> latest) {}
}
