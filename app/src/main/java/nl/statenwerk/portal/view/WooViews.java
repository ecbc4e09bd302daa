package nl.statenwerk.portal.view;

import java.util.List;
import nl.statenwerk.portal.view.SignInViews.Csrf;
import nl.statenwerk.portal.view.Views.Option;
import nl.statenwerk.woorequests.WooDocument;
import nl.statenwerk.woorequests.WooRequest;
import org.jspecify.annotations.Nullable;

/** The griffie's pages of Woo requests. */
public final class WooViews {

    private WooViews() {}

    /**
     * A request in the overview.
     *
     * @param urgency the message key that says the deadline passed or is this week; {@code null} otherwise
     */
    public record Row(WooRequest request, @Nullable String urgency) {}

    public record OverviewPage(
            Csrf csrf,
            List<Row> rows,
            List<Option> bodies,
            List<Option> channels,
            @Nullable String error) {}

    public record DetailPage(
            Csrf csrf,
            WooRequest request,
            @Nullable String urgency,
            boolean zienswijzeAwaited,
            List<WooDocument> documents,
            List<Option> assessments,
            List<Option> outcomes,
            @Nullable String publishedUrl,
            @Nullable String error,
            @Nullable String notice) {}
}
