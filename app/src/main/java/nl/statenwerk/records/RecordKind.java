package nl.statenwerk.records;

/** What a record is: a paper (stuk), one of its files, or a meeting with its agenda. */
public enum RecordKind {
    PAPER,
    FILE,
    MEETING
}
