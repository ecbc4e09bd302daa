package nl.statenwerk.workspaces;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A workspace.
 *
 * @param organizationId the fractie, committee or presidium; {@code null} for the workspace of all of PS
 * @param name the organisation's name, or the body's for all of PS
 */
public record Workspace(
        UUID id, WorkspaceKind kind, UUID bodyId, @Nullable UUID organizationId, String name) {}
