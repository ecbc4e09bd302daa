/**
 * Dossiers: a user's named set of saved searches and pinned papers that follows a topic over years, shared with other
 * users or through a public read-only link. The public link shows public objects only; a signed-in reader sees what
 * that reader may read ({@code access.Viewer.mayRead}).
 */
@NullMarked
package nl.statenwerk.dossiers;

import org.jspecify.annotations.NullMarked;
