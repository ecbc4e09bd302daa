/** Database guards of the audit log that the database loads by class name. */
@NullMarked
package nl.statenwerk.audit.internal;

import org.jspecify.annotations.NullMarked;
