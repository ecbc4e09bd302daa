package nl.statenwerk.portal.view;

import java.util.List;
import nl.statenwerk.accounts.UserAccount;
import nl.statenwerk.portal.view.SignInViews.Csrf;
import nl.statenwerk.workspaces.Views.DocumentPage;
import nl.statenwerk.workspaces.Views.Hit;
import nl.statenwerk.workspaces.Views.Listing;
import nl.statenwerk.workspaces.Workspace;
import org.jspecify.annotations.Nullable;

/** The members' pages of workspaces, and the griffie's overview. */
public final class WorkspaceViews {

    private WorkspaceViews() {}

    /**
     * @param query the search, {@code null} when there was none
     */
    public record OverviewPage(
            List<Workspace> workspaces, @Nullable String query, List<Hit> hits) {}

    /**
     * @param error a message key under {@code workspace.refused.}; {@code null} when all went well
     * @param detail the reason a file was refused, in Dutch; empty when there is none
     * @param maxUpload the upload limit, e.g. {@code 100 MB}
     */
    public record WorkspacePage(
            Csrf csrf, Listing listing, @Nullable String error, String detail, String maxUpload) {}

    public record DocumentView(
            Csrf csrf, DocumentPage page, @Nullable String error, String detail, String maxUpload) {}

    /** A workspace in the griffie's overview, with the accounts added by name. */
    public record AdminRow(Workspace workspace, List<UserAccount> named) {}

    public record AdminPage(
            Csrf csrf, List<AdminRow> rows, @Nullable String error) {}
}
