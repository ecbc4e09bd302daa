/**
 * Annotations: a member's highlights with a note on a file's text, personal or shared with the member's fractie,
 * anchored W3C Web Annotation style (content hash, page, quote with prefix and suffix, position) so that they find
 * their text again in a new version of the file.
 */
@NullMarked
package nl.statenwerk.annotations;

import org.jspecify.annotations.NullMarked;
