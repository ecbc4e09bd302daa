package nl.statenwerk.workspaces;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the pages of workspaces show, read in one go. */
public final class Views {

    private Views() {}

    /**
     * A folder of a workspace (or its top) as a member sees it.
     *
     * @param folder {@code null} at the top
     * @param path the folders from the top down to this one
     * @param items the folders first, then the documents, by name
     * @param latest the newest version of each document in {@code items}, in the same order (folders get none)
     * @param sharedWithUs documents other workspaces share with this one (at the top only)
     * @param bin what was deleted in the last {@link Workspaces#RESTORE_DAYS} days (at the top only)
     * @param folders every folder of the workspace, to move items to
     */
    public record Listing(
            Workspace workspace,
            @Nullable WorkspaceItem folder,
            List<WorkspaceItem> path,
            List<Entry> items,
            List<SharedItem> sharedWithUs,
            List<WorkspaceItem> bin,
            List<WorkspaceItem> folders) {}

    /** An item with its newest version; {@code latest} is {@code null} for a folder. */
    public record Entry(WorkspaceItem item, @Nullable DocumentVersion latest) {}

    /** A document shared with a workspace, with where it comes from. */
    public record SharedItem(
            WorkspaceItem item, Workspace from, @Nullable DocumentVersion latest) {}

    /**
     * A document with its versions (newest first).
     *
     * @param writable whether the reader is a member of its workspace; otherwise it was shared with them, read-only
     * @param shares the workspaces it is shared with (only for members of its own workspace)
     * @param shareTargets the workspaces it could be shared with (only for members of its own workspace)
     */
    public record DocumentPage(
            Workspace workspace,
            WorkspaceItem item,
            boolean writable,
            List<DocumentVersion> versions,
            List<Share> shares,
            List<Workspace> shareTargets,
            List<WorkspaceItem> folders) {}

    /** A search hit: a folder or document the reader may see, in their workspace or shared with it. */
    public record Hit(WorkspaceItem item, Workspace workspace, boolean shared) {}

    /** A version to hand out: its name and type, and the content's address in the file store. */
    public record Download(String fileName, String mimeType, long sizeBytes, String sha256) {}
}
