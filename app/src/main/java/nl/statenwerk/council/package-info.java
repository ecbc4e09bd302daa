/**
 * The stukkenstroom: bodies, legislative terms, organisations (fracties, commissies), people and memberships,
 * meetings and agendas, papers with their route (consultations), and votes. Names follow OParl; the glossary in
 * ARCHITECTURE.md gives the Dutch terms.
 */
@NullMarked
package nl.statenwerk.council;

import org.jspecify.annotations.NullMarked;
