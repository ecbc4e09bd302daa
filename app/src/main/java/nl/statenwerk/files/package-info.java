/** Files: a content-addressed store on disk, checks on what is stored, and text extraction per page in the background. */
@NullMarked
package nl.statenwerk.files;

import org.jspecify.annotations.NullMarked;
