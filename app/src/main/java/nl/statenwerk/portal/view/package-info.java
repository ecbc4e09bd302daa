/**
 * The view models of the portal's templates: records of what a page shows, already filtered to public objects.
 * Public only because the precompiled templates live in another package; nothing outside the portal uses them.
 */
@NullMarked
package nl.statenwerk.portal.view;

import org.jspecify.annotations.NullMarked;
