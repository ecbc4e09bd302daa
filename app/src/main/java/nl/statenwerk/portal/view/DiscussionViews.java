package nl.statenwerk.portal.view;

import nl.statenwerk.discussions.Discussion;
import nl.statenwerk.portal.view.SignInViews.Csrf;
import org.jspecify.annotations.Nullable;

/** The records of the discussion pages. */
public final class DiscussionViews {

    private DiscussionViews() {}

    /**
     * A topic's discussion for the signed-in reader.
     *
     * @param path the discussion's own address, the forms post there
     * @param error message key of what was refused, or null
     */
    public record DiscussionPage(
            Csrf csrf,
            Discussion discussion,
            String path,
            @Nullable String error) {}

    /**
     * The annotations panel of the document viewer, for a reader who may annotate the file.
     *
     * @param api the JSON address of the file's annotations
     * @param fractie whether the reader has a fractie to share with
     */
    public record AnnotationPanel(Csrf csrf, String csrfHeader, String api, boolean fractie) {}
}
