/**
 * Access: who is reading, and what they may read. A {@link nl.statenwerk.access.Viewer} is the signed-in account with
 * its roles, the person it is in the council's data (linked by the griffie) and that person's current memberships;
 * {@link nl.statenwerk.access.Viewer#mayRead} is the one rule every surface asks before it shows a paper or file that
 * is not public.
 */
@NullMarked
package nl.statenwerk.access;

import org.jspecify.annotations.NullMarked;
