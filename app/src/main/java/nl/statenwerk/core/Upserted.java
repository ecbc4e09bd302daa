package nl.statenwerk.core;

import java.util.UUID;

/** The stored id of a written object and what the write did. */
public record Upserted(UUID id, UpsertOutcome outcome) {}
