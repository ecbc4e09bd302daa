package nl.statenwerk.workspaces;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.statenwerk.access.Viewer;
import nl.statenwerk.accounts.UserAccount;
import nl.statenwerk.workspaces.Views.DocumentPage;
import nl.statenwerk.workspaces.Views.Download;
import nl.statenwerk.workspaces.Views.Hit;
import nl.statenwerk.workspaces.Views.Listing;
import org.jspecify.annotations.Nullable;

/**
 * The workspaces and what is in them. Every method that takes a {@link Viewer} decides with {@link
 * WorkspaceMembership} what that reader may do, so no caller can forget: what the reader may not see is {@link
 * Optional#empty()} (or a {@link java.util.NoSuchElementException}), the same as what does not exist, so that a
 * workspace's existence does not leak. Every change and every download is written to the audit log.
 *
 * <p>Changes throw {@link WorkspaceRefused} when they are not possible (a name taken, a file the checks refuse).
 */
public interface Workspaces {

    /** Deleted items can be restored for this many days. */
    int RESTORE_DAYS = 30;

    /** The workspaces the reader is in, by kind and name; creates those of their organisations not made yet. */
    List<Workspace> mine(Viewer viewer);

    /** A folder ({@code null}: the top) of a workspace the reader is in. */
    Optional<Listing> listing(Viewer viewer, UUID workspace, @Nullable UUID folder);

    /** A document of a workspace the reader is in, or one shared with it (read-only then). */
    Optional<DocumentPage> document(Viewer viewer, UUID item);

    /** Creates a folder. @return its id */
    UUID createFolder(Viewer viewer, UUID workspace, @Nullable UUID parent, String name);

    /**
     * Uploads a document into a folder: a new document, or the next version of the one with that name in the folder.
     *
     * @param fileName as the browser sent it; sanitised, it becomes the document's name
     * @return the document's id
     */
    UUID upload(
            Viewer viewer,
            UUID workspace,
            @Nullable UUID folder,
            String fileName,
            @Nullable String type,
            InputStream content);

    /** Uploads the next version of a document. */
    void addVersion(Viewer viewer, UUID item, String fileName, @Nullable String type, InputStream content);

    void rename(Viewer viewer, UUID item, String name);

    /** Moves an item into another folder of its workspace ({@code null}: the top). */
    void move(Viewer viewer, UUID item, @Nullable UUID folder);

    /** Puts an item (with what is in a folder) in the bin. */
    void delete(Viewer viewer, UUID item);

    /** Takes an item (with what went with it) out of the bin, within {@link #RESTORE_DAYS} days. */
    void restore(Viewer viewer, UUID item);

    /** Shares a document read-only with another workspace of the same Staten. */
    void share(Viewer viewer, UUID item, UUID withWorkspace);

    void revoke(Viewer viewer, UUID item, UUID withWorkspace);

    /**
     * A version of a document to download ({@code 0}: the newest), recorded in the audit log before it is handed out.
     */
    Optional<Download> download(Viewer viewer, UUID item, int version);

    /** Folders and documents whose name or text contains the words, in every workspace the reader may see. */
    List<Hit> search(Viewer viewer, String query);

    /** Every workspace, for the griffie's overview; creates those of organisations not made yet. */
    List<Workspace> all();

    /** The accounts the griffie added by name. */
    List<UserAccount> namedMembers(UUID workspace);

    void addNamedMember(UUID workspace, UUID account, UUID byAccount);

    void removeNamedMember(UUID workspace, UUID account, UUID byAccount);
}
