package nl.statenwerk.workspaces;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A folder or a document in a workspace.
 *
 * @param parentId the folder it is in; {@code null} at the top
 * @param name the name shown; display only, never a path on disk
 * @param deletedAt when it went to the bin; restorable for {@link Workspaces#RESTORE_DAYS} days
 */
public record WorkspaceItem(
        UUID id,
        UUID workspaceId,
        @Nullable UUID parentId,
        boolean folder,
        String name,
        UUID createdBy,
        OffsetDateTime createdAt,
        OffsetDateTime modifiedAt,
        @Nullable OffsetDateTime deletedAt) {}
