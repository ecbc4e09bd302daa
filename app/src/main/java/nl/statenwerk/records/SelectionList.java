package nl.statenwerk.records;

import java.util.List;
import nl.statenwerk.council.PaperType;
import org.jspecify.annotations.Nullable;

/**
 * The installation's selection list: the categories and which kind of record falls in which. Stored in the database
 * (seeded with a sample based on the provincial selection list, see {@code db/migration/common/V12__selection_list.sql})
 * so that the records manager can adapt it to the list the province has adopted.
 */
public interface SelectionList {

    List<RetentionCategory> categories();

    /**
     * The category of a record. A paper's category follows its type ({@code paperType}, ignored for other kinds); a
     * file follows the paper or meeting it belongs to, so callers pass that one's kind and type. A kind or type the
     * list does not name gets the list's fallback category, which is "nader te bepalen": nothing is destroyed by
     * default.
     */
    RetentionCategory categoryOf(RecordKind kind, @Nullable PaperType paperType);
}
