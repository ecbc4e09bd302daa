/** Full-text search over the public stukkenstroom, with Dutch analysis; the index is a projection of the database. */
@NullMarked
package nl.statenwerk.search;

import org.jspecify.annotations.NullMarked;
