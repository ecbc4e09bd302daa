/** Loads the demo data (real public council data as ODS-ORI bundles) on the first start of an empty installation. */
@NullMarked
package nl.statenwerk.demo;

import org.jspecify.annotations.NullMarked;
