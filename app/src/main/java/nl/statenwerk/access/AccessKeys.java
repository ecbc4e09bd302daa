package nl.statenwerk.access;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import nl.statenwerk.accounts.Role;
import nl.statenwerk.core.AccessLevel;
import org.jspecify.annotations.Nullable;

/**
 * {@link Viewer#mayRead} as keys that an index can filter on before it scores: a paper is given the keys that open
 * it, a reader holds keys, and the reader may read the paper exactly when they share a key. A search engine cannot call
 * {@code mayRead} per match without reading every match first, which would leak in counts and facets and cost every
 * anonymous search; a term filter costs next to nothing. {@code AccessKeysTest} holds the two equal on every
 * combination of level, role, body, fractie and named person.
 */
public final class AccessKeys {

    /** The key of what is public, which every reader holds. */
    public static final String PUBLIC = "public";

    /** The keys of a reader who is not signed in: those of what is public only. */
    public static final Set<String> ANONYMOUS = Set.of(PUBLIC);

    private static final String GRIFFIE = "griffie";

    private AccessKeys() {}

    /** The keys that open a paper of this level; none for a fractie-internal paper without a fractie. */
    public static Set<String> of(AccessLevel level, UUID body, @Nullable UUID owner, Set<UUID> namedPersons) {
        Set<String> keys = new LinkedHashSet<>();
        switch (level) {
            case PUBLIC -> keys.add(PUBLIC);
            case CLOSED -> {
                keys.add(GRIFFIE);
                keys.add("body:" + body);
            }
            case SECRET -> {
                keys.add(GRIFFIE);
                namedPersons.forEach(person -> keys.add("person:" + person));
            }
            case FRACTION_INTERNAL -> {
                if (owner != null) {
                    keys.add("organization:" + owner);
                }
            }
        }
        return Set.copyOf(keys);
    }

    /** The keys a reader holds. */
    public static Set<String> of(Viewer viewer) {
        if (viewer.roles().isEmpty()) {
            return ANONYMOUS;
        }
        Set<String> keys = new LinkedHashSet<>();
        keys.add(PUBLIC);
        if (viewer.isGriffie()) {
            keys.add(GRIFFIE);
        }
        if (viewer.roles().stream().anyMatch(Viewer.MEMBERS::contains)) {
            viewer.bodies().forEach(body -> keys.add("body:" + body));
        }
        // a resident account is never more than the public, whoever it is linked to
        if (viewer.roles().stream().anyMatch(role -> role != Role.RESIDENT)) {
            if (viewer.person() != null) {
                keys.add("person:" + viewer.person());
            }
            viewer.organizations().forEach(organization -> keys.add("organization:" + organization));
        }
        return Set.copyOf(keys);
    }

    /** Whether a reader with these keys may read what these keys open. */
    public static boolean opens(Set<String> reader, Set<String> object) {
        for (String key : object) {
            if (reader.contains(key)) {
                return true;
            }
        }
        return false;
    }
}
