package nl.statenwerk.portal.view;

import java.util.List;
import java.util.UUID;
import nl.statenwerk.portal.view.SignInViews.Csrf;
import nl.statenwerk.redaction.InventoryLine;
import nl.statenwerk.redaction.Redaction;
import nl.statenwerk.redaction.WooGround;
import org.jspecify.annotations.Nullable;

/** The griffie's redaction screens under /beheer/lakken. */
public final class RedactionViews {

    private RedactionViews() {}

    public record PaperChoice(UUID id, String name) {}

    public record FileChoice(UUID id, String name, String editUrl) {}

    /**
     * The start page: papers to pick from, the chosen paper's PDFs, and the log.
     *
     * @param paper the chosen paper, or null
     * @param done the redaction just applied, or null
     */
    public record StartPage(
            List<PaperChoice> papers,
            @Nullable PaperChoice paper,
            List<FileChoice> files,
            List<Redaction> log,
            @Nullable Redaction done) {}

    /**
     * The editor of one file's boxes.
     *
     * @param boxes the boxes so far, one per line: {@code page;x;y;width;height;ground;note}
     * @param error message key, or null
     * @param errorDetail what the redactor said, or null
     * @param found how many boxes the last search added, or null
     */
    public record EditPage(
            Csrf csrf,
            UUID paperId,
            String paperName,
            UUID fileId,
            String fileName,
            String action,
            List<WooGround> grounds,
            String ground,
            String boxes,
            int boxCount,
            @Nullable String error,
            @Nullable String errorDetail,
            @Nullable Integer found) {}

    public record InventoryPage(List<InventoryLine> lines, List<WooGround> grounds) {}
}
