package nl.statenwerk.workspaces;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A document shared read-only with another workspace, until it is revoked. */
public record Share(UUID itemId, Workspace with, UUID sharedBy, OffsetDateTime sharedAt) {}
