/**
 * Drafts (concepten) that members write together, a motie with co-submitters from several fracties for one: the owner
 * invites participants, and only they read and edit the draft. The text is an Automerge document, so concurrent edits
 * from several editors merge without loss; the server keeps the merged document. See docs/drafts.md.
 */
@NullMarked
package nl.statenwerk.drafts;

import org.jspecify.annotations.NullMarked;
