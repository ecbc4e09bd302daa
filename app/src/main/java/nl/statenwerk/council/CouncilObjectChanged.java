package nl.statenwerk.council;

import java.util.UUID;

/**
 * Published when an object of the stukkenstroom was created, changed or deleted, in the transaction that wrote it;
 * not when a save found it unchanged. Projections (the search index) follow the database with it.
 *
 * @param type the simple name of the object's record, e.g. {@code Paper}
 * @param id the object's id
 */
public record CouncilObjectChanged(String type, UUID id) {}
