/**
 * Files: a content-addressed store (SHA-256) on disk, the checks a file must pass, its metadata, and the text of
 * each page, extracted in the background with PDFBox and Apache Tika.
 */
@NullMarked
package nl.statenwerk.files;

import org.jspecify.annotations.NullMarked;
