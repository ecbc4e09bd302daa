/**
 * Records management under the Archiefwet: the selection list (selectielijst) that says per kind of record whether it
 * is kept for ever or destroyed after a retention period, and from it the appraisal (waardering) and retention
 * (bewaartermijn) of every paper, file and meeting. The MDTO metadata, the transfer to an e-Depot and destruction
 * build on this.
 */
@NullMarked
package nl.statenwerk.records;

import org.jspecify.annotations.NullMarked;
