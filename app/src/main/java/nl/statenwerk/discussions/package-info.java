/**
 * Discussions: threads of members on a paper or an agenda item, seen only by those who may read what they are about
 * and have a role in the Staten's work; a fractie thread only by the poster's fractie. Texts are plain text.
 */
@NullMarked
package nl.statenwerk.discussions;

import org.jspecify.annotations.NullMarked;
