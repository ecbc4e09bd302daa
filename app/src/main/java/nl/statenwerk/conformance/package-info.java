/**
 * Document conformance: every stored PDF is checked with veraPDF against PDF/UA-1 (accessible) and PDF/A (archival,
 * the file's own claim or PDF/A-2b) in the background, and the results are kept per content hash.
 */
@NullMarked
package nl.statenwerk.conformance;

import org.jspecify.annotations.NullMarked;
