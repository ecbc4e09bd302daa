package nl.statenwerk.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.statenwerk.accounts.Role;
import nl.statenwerk.core.AccessLevel;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The keys a search filters on say what {@link Viewer#mayRead} says, on every combination. */
class AccessKeysTest {

    private static final UUID BODY = UUID.randomUUID();
    private static final UUID OTHER_BODY = UUID.randomUUID();
    private static final UUID FRACTIE = UUID.randomUUID();
    private static final UUID OTHER_FRACTIE = UUID.randomUUID();
    private static final UUID NAMED = UUID.randomUUID();
    private static final UUID ALSO_NAMED = UUID.randomUUID();
    private static final UUID NOT_NAMED = UUID.randomUUID();

    @Test
    void aReaderHoldsAKeyOfAPaperExactlyWhenTheReaderMayReadIt() {
        List<Set<Role>> roleSets = new ArrayList<>();
        Role[] roles = Role.values();
        for (int mask = 0; mask < 1 << roles.length; mask++) {
            Set<Role> set = EnumSet.noneOf(Role.class);
            for (int r = 0; r < roles.length; r++) {
                if ((mask & 1 << r) != 0) {
                    set.add(roles[r]);
                }
            }
            roleSets.add(set);
        }
        List<@Nullable UUID> persons = new ArrayList<>();
        persons.add(null);
        persons.addAll(List.of(NAMED, NOT_NAMED));
        List<Set<UUID>> bodies = List.of(Set.of(), Set.of(BODY), Set.of(OTHER_BODY), Set.of(BODY, OTHER_BODY));
        List<Set<UUID>> organizations =
                List.of(Set.of(), Set.of(FRACTIE), Set.of(OTHER_FRACTIE), Set.of(FRACTIE, OTHER_FRACTIE));
        List<@Nullable UUID> owners = new ArrayList<>();
        owners.add(null);
        owners.add(FRACTIE);
        List<Set<UUID>> named = List.of(Set.of(), Set.of(NAMED), Set.of(NAMED, ALSO_NAMED));

        long cases = 0;
        long readable = 0;
        for (Set<Role> roleSet : roleSets) {
            for (UUID person : persons) {
                for (Set<UUID> bodySet : bodies) {
                    for (Set<UUID> organizationSet : organizations) {
                        Viewer viewer = new Viewer(
                                roleSet.isEmpty() ? null : UUID.randomUUID(),
                                roleSet,
                                person,
                                bodySet,
                                organizationSet);
                        Set<String> reader = AccessKeys.of(viewer);
                        for (AccessLevel level : AccessLevel.values()) {
                            for (UUID owner : owners) {
                                for (Set<UUID> namedSet : named) {
                                    boolean mayRead = viewer.mayRead(level, BODY, owner, namedSet);
                                    boolean opens =
                                            AccessKeys.opens(reader, AccessKeys.of(level, BODY, owner, namedSet));
                                    assertThat(opens)
                                            .as("%s %s on %s owner %s named %s", level, viewer, BODY, owner, namedSet)
                                            .isEqualTo(mayRead);
                                    cases++;
                                    readable += mayRead ? 1 : 0;
                                }
                            }
                        }
                    }
                }
            }
        }
        System.out.printf("AccessKeys against Viewer.mayRead: %,d cases, %,d readable%n", cases, readable);
        // both answers occur often: the table is not trivially all-true or all-false
        assertThat(readable).isBetween(cases / 10, cases - cases / 10);
    }

    @Test
    void aReaderWhoIsNotSignedInHoldsThePublicKeyOnly() {
        assertThat(AccessKeys.of(Viewer.PUBLIC)).isEqualTo(AccessKeys.ANONYMOUS);
        assertThat(AccessKeys.of(AccessLevel.PUBLIC, BODY, null, Set.of())).containsExactly(AccessKeys.PUBLIC);
    }
}
