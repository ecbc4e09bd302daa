/**
 * Workspaces (werkruimtes) of fracties, committees, the presidium and all of PS: folders, documents with versions,
 * sharing between workspaces and search, for the members the council's memberships name.
 */
@NullMarked
package nl.statenwerk.workspaces;

import org.jspecify.annotations.NullMarked;
