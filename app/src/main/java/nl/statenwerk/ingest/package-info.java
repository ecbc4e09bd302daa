/**
 * Imports the stukkenstroom from the open standards: ODS Open Raadsinformatie bundles and APIs, and OParl 1.1
 * systems and object folders; all-or-nothing per object, with a report.
 */
@NullMarked
package nl.statenwerk.ingest;

import org.jspecify.annotations.NullMarked;
