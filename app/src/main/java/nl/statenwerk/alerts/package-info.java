/**
 * Saved searches (zoekopdrachten) of users, and their alerts (attenderingen): objects newly published that match a
 * saved search become notifications of its owner.
 */
@NullMarked
package nl.statenwerk.alerts;

import org.jspecify.annotations.NullMarked;
