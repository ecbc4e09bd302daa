/** The read-only standard APIs, ODS Open Raadsinformatie and OParl 1.1, over the public part of the stukkenstroom. */
@NullMarked
package nl.statenwerk.api;

import org.jspecify.annotations.NullMarked;
