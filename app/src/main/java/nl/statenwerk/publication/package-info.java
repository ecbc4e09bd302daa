/**
 * Active publication under the Wet open overheid: DiWoo metadata for every public paper and the sitemaps the Woo-index
 * harvests ({@code robots.txt}, one sitemap index per information category, sitemaps of at most 50,000 files).
 */
@NullMarked
package nl.statenwerk.publication;

import org.jspecify.annotations.NullMarked;
