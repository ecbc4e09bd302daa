package nl.statenwerk.records;

/** The appraisal (waardering) of a record, with its code in MDTO's closed value list "Waarderingen". */
public enum Appraisal {
    /** Blijvend te bewaren: transferred to the archive, never destroyed. */
    KEEP("B", "Blijvend te bewaren"),
    /** Tijdelijk te bewaren: destroyed when its retention period has passed. */
    DESTROY("V", "Tijdelijk te bewaren"),
    /** Nader te bepalen: the selection list has no answer yet; never destroyed until someone decides. */
    UNDECIDED("N", "Nader te bepalen");

    private final String code;
    private final String label;

    Appraisal(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    /** The label MDTO gives the code. */
    public String label() {
        return label;
    }

    public static Appraisal ofCode(String code) {
        for (Appraisal a : values()) {
            if (a.code.equals(code)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown waardering " + code);
    }
}
