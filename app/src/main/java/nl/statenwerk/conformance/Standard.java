package nl.statenwerk.conformance;

/** What a PDF is checked for. */
public enum Standard {
    /** PDF/UA-1 (ISO 14289-1): readable with assistive technology. */
    ACCESSIBILITY,
    /** PDF/A (ISO 19005): fit for long-term archiving; the part and level the file claims, else PDF/A-2b. */
    ARCHIVAL
}
