/**
 * Redaction (lakken) of PDFs under the Wet open overheid: text, images and metadata under a box are removed from the
 * document, not covered, and each box carries the Woo ground (weigeringsgrond) it is redacted on. The redacted PDF
 * becomes the public version of a paper's file; the original stays under restricted access. A redaction log and an
 * inventory (lakinventaris) go with it. See docs/redaction.md.
 */
@NullMarked
package nl.statenwerk.redaction;

import org.jspecify.annotations.NullMarked;
