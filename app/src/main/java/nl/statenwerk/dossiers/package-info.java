/**
 * Dossiers: a user's named set of saved searches and pinned papers that follows a topic over years, shared with other
 * users or through a public read-only link. What a dossier shows is public only, whoever looks.
 */
@NullMarked
package nl.statenwerk.dossiers;

import org.jspecify.annotations.NullMarked;
