package nl.statenwerk.council;

import java.util.Set;
import java.util.UUID;
import nl.statenwerk.core.AccessLevel;
import org.jspecify.annotations.Nullable;

/**
 * What decides who may read a paper: its body and level, the fractie a fractie-internal paper belongs to and the
 * persons a geheime paper is shared with. Ask {@code nl.statenwerk.access.Viewer#mayRead} with these.
 */
public record PaperAccess(
        UUID paper, UUID body, AccessLevel level, @Nullable UUID owner, Set<UUID> readers) {

    public PaperAccess {
        readers = Set.copyOf(readers);
    }
}
