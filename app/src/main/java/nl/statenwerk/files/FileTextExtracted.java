package nl.statenwerk.files;

import java.util.UUID;

/** The text of a file is extracted (or found empty): search can index it. */
public record FileTextExtracted(UUID fileId) {}
