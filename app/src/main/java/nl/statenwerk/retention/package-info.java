/**
 * Retention and destruction under the Archiefwet: a job proposes the papers and meetings whose retention period in
 * the selection list has passed onto a draft destruction list (vernietigingslijst), the griffie places and lifts legal
 * holds, the griffier approves the list, and destruction removes the content and keeps a destruction record
 * (verklaring van vernietiging) for ever. Nothing is destroyed without an approved list; see docs/retention.md.
 */
@NullMarked
package nl.statenwerk.retention;

import org.jspecify.annotations.NullMarked;
