package nl.statenwerk.compliance;

import java.time.LocalDate;

/** The compliance report; it only reads, and never returns {@code null}. */
public interface Compliance {

    /** The report as it stands on {@code today} (the date decides what is due and what is overdue). */
    ComplianceReport report(LocalDate today);
}
