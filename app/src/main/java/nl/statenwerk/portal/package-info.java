/**
 * The public portal: server-rendered pages (jte, NL Design System) over the public part of the stukkenstroom, in
 * Dutch with English second. HTTP only; the view models the templates read are in {@code portal.view}.
 */
@NullMarked
package nl.statenwerk.portal;

import org.jspecify.annotations.NullMarked;
