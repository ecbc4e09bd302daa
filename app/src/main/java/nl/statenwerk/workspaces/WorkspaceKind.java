package nl.statenwerk.workspaces;

/** Whose workspace it is. */
public enum WorkspaceKind {
    FRACTIE,
    COMMISSIE,
    PRESIDIUM,
    /** All of Provinciale Staten: one per body. */
    PROVINCIALE_STATEN
}
