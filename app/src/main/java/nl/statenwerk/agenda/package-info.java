/**
 * Mijn agenda: a signed-in member's coming meetings (of the committees and bodies they are a member of) with the papers
 * on them they may read, their deadlines (toezeggingen, moties, for the griffie Woo requests), a personal calendar
 * feed behind a secret token, and the notification of a paper newly on a coming meeting of one's committee.
 */
@NullMarked
package nl.statenwerk.agenda;

import org.jspecify.annotations.NullMarked;
