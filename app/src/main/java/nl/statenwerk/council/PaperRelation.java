package nl.statenwerk.council;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A paper related to another, e.g. the answer to schriftelijke vragen or an amendement to a statenvoorstel. */
public record PaperRelation(
        UUID paperId, UUID relatedPaperId, @Nullable String role) {}
