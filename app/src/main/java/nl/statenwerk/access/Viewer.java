package nl.statenwerk.access;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import nl.statenwerk.accounts.Role;
import nl.statenwerk.core.AccessLevel;
import org.jspecify.annotations.Nullable;

/**
 * Who is reading.
 *
 * @param account the signed-in account; {@code null} for a reader who is not signed in
 * @param person the person in the council's data this account is, as the griffie linked it
 * @param bodies the bodies (Staten) the person belongs to: their own, and those of their memberships
 * @param organizations the fracties, committees and other organisations the person is a member of today
 */
public record Viewer(
        @Nullable UUID account, Set<Role> roles, @Nullable UUID person, Set<UUID> bodies, Set<UUID> organizations) {

    /** Roles whose holders are members of a body and so may read what is besloten in it. */
    static final Set<Role> MEMBERS = EnumSet.of(Role.MEMBER, Role.COMMITTEE_MEMBER, Role.DEPUTY);

    /** A reader who is not signed in. */
    public static final Viewer PUBLIC = new Viewer(null, Set.of(), null, Set.of(), Set.of());

    public Viewer {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        bodies = Set.copyOf(bodies);
        organizations = Set.copyOf(organizations);
    }

    public boolean signedIn() {
        return account != null;
    }

    /**
     * The griffie keeps every paper of the Staten, and so reads besloten and geheime papers; fractie-internal ones
     * belong to the fractie alone. The functioneel beheerder runs the installation and reads nothing that is not public
     * by that role.
     */
    public boolean isGriffie() {
        return roles.contains(Role.GRIFFIE);
    }

    /**
     * Whether this reader may read a paper or file.
     *
     * @param body the body the paper belongs to
     * @param owner the fractie a fractie-internal paper belongs to; ignored for other levels
     * @param namedPersons the persons a geheime paper is shared with; ignored for other levels
     */
    public boolean mayRead(AccessLevel level, UUID body, @Nullable UUID owner, Set<UUID> namedPersons) {
        return switch (level) {
            case PUBLIC -> true;
            case CLOSED -> isGriffie() || (roles.stream().anyMatch(MEMBERS::contains) && bodies.contains(body));
            case SECRET ->
                isGriffie()
                        || (person != null
                                && namedPersons.contains(person)
                                && roles.stream().anyMatch(r -> r != Role.RESIDENT));
            case FRACTION_INTERNAL ->
                owner != null && organizations.contains(owner) && roles.stream().anyMatch(r -> r != Role.RESIDENT);
        };
    }
}
