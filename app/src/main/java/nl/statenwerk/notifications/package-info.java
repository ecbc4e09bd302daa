/**
 * Notifications (meldingen) per user in the application, and the daily digest e-mail (dagelijks overzicht) of the new
 * ones for the users who want it.
 */
@NullMarked
package nl.statenwerk.notifications;

import org.jspecify.annotations.NullMarked;
