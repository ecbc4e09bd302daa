/**
 * The audit log (logboek dataverwerkingen): every change, export and read of non-public information, with who, what,
 * when and on what grounds, in an append-only, hash-chained log that {@code audit verify} checks.
 */
@NullMarked
package nl.statenwerk.audit;

import org.jspecify.annotations.NullMarked;
