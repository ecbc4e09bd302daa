package nl.statenwerk.portal.view;

import java.util.List;
import nl.statenwerk.portal.view.SignInViews.Csrf;
import nl.statenwerk.retention.DestructionList;
import nl.statenwerk.retention.DestructionRecord;
import nl.statenwerk.retention.LegalHold;
import nl.statenwerk.retention.ListedRecord;
import nl.statenwerk.retention.RetentionCounts;
import org.jspecify.annotations.Nullable;

/** The records of the griffie's destruction screens under {@code /beheer/vernietiging}. */
public final class RetentionViews {

    private RetentionViews() {}

    /** A list with the name of its body. */
    public record ListRow(DestructionList list, String bodyName, int records) {}

    /**
     * @param notice message key of what just happened, or null
     * @param error the refusal's Dutch text, or null
     */
    public record OverviewPage(
            Csrf csrf,
            RetentionCounts counts,
            List<ListRow> lists,
            List<LegalHold> holds,
            @Nullable String notice,
            @Nullable String error) {}

    public record ListPage(
            Csrf csrf,
            ListRow row,
            List<ListedRecord> records,
            boolean canApprove,
            @Nullable String notice,
            @Nullable String error) {}

    public record StatementPage(ListRow row, List<DestructionRecord> records) {}
}
