/**
 * The compliance dashboard (naleving) for the griffie: one report that gathers, from the public APIs of the other
 * modules, what the Woo and the Archiefwet ask to be watched: publication per information category, metadata
 * completeness, PDF/UA and PDF/A pass rates, retention and transfer, fixity and overdue Woo requests. It only reads.
 */
@NullMarked
package nl.statenwerk.compliance;

import org.jspecify.annotations.NullMarked;
