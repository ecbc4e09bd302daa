package nl.statenwerk.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.statenwerk.CouncilFactory;
import nl.statenwerk.StatenwerkTest;
import nl.statenwerk.accounts.Role;
import nl.statenwerk.core.AccessLevel;
import nl.statenwerk.council.Council;
import nl.statenwerk.council.OrganizationClassification;
import nl.statenwerk.council.Paper;
import nl.statenwerk.council.PaperAccess;
import nl.statenwerk.council.PaperType;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The SQL filter for lists and {@link Viewer#mayRead} agree on every combination of reader and paper. */
@StatenwerkTest
class PaperFilterIntegrationTest {

    @Autowired
    Council council;

    @Autowired
    Readings readings;

    @Test
    void theListFilterAgreesWithTheRuleOnEveryCombination() {
        CouncilFactory factory = new CouncilFactory(council);
        UUID body1 = factory.body("Provinciale Staten van Filterland");
        UUID body2 = factory.body("Provinciale Staten van Elders");
        UUID fractieA = factory.organization(body1, "Fractie A", OrganizationClassification.FRACTIE);
        UUID fractieB = factory.organization(body1, "Fractie B", OrganizationClassification.FRACTIE);
        UUID named = factory.person(body1, "Genoemde Lezer");
        UUID other = factory.person(body1, "Andere Lezer");

        List<PaperAccess> papers = new ArrayList<>();
        for (AccessLevel level : AccessLevel.values()) {
            for (UUID body : List.of(body1, body2)) {
                for (UUID owner : new UUID[] {null, fractieA, fractieB}) {
                    for (Set<UUID> readers : List.of(Set.<UUID>of(), Set.of(named))) {
                        UUID paper = paper(body, level);
                        council.setPaperReaders(paper, owner, readers);
                        papers.add(council.paperAccess(paper).orElseThrow());
                    }
                }
            }
        }
        UUID deleted = paper(body1, AccessLevel.PUBLIC);
        council.delete(Paper.class, deleted);
        List<UUID> ids = new ArrayList<>(papers.stream().map(PaperAccess::paper).toList());
        ids.add(deleted);

        List<Set<Role>> roleSets = new ArrayList<>();
        roleSets.add(Set.of());
        for (Role role : Role.values()) {
            roleSets.add(EnumSet.of(role));
        }
        roleSets.add(EnumSet.of(Role.RESIDENT, Role.MEMBER));
        int compared = 0;
        for (Set<Role> roles : roleSets) {
            for (UUID person : new UUID[] {null, named, other}) {
                for (Set<UUID> bodies : List.of(Set.<UUID>of(), Set.of(body1), Set.of(body2), Set.of(body1, body2))) {
                    for (Set<UUID> organizations :
                            List.of(Set.<UUID>of(), Set.of(fractieA), Set.of(fractieB), Set.of(fractieA, fractieB))) {
                        Viewer viewer = viewer(roles, person, bodies, organizations);
                        Set<UUID> readable = readings.readablePapers(viewer, ids);
                        Set<UUID> expected = new HashSet<>();
                        for (PaperAccess a : papers) {
                            if (viewer.mayRead(a.level(), a.body(), a.owner(), a.readers())) {
                                expected.add(a.paper());
                            }
                            compared++;
                        }
                        assertThat(readable).as(viewer.toString()).isEqualTo(expected);
                        for (UUID id : ids) {
                            assertThat(readings.paper(viewer, id).isPresent())
                                    .as(viewer + " " + id)
                                    .isEqualTo(expected.contains(id));
                        }
                    }
                }
            }
        }
        assertThat(compared).isEqualTo(roleSets.size() * 3 * 4 * 4 * papers.size());
    }

    private static Viewer viewer(Set<Role> roles, @Nullable UUID person, Set<UUID> bodies, Set<UUID> organizations) {
        return new Viewer(roles.isEmpty() ? null : UUID.randomUUID(), roles, person, bodies, organizations);
    }

    private UUID paper(UUID body, AccessLevel level) {
        String confidentiality = level == AccessLevel.PUBLIC ? null : level.code();
        return council.save(
                        Paper.written(
                                body,
                                "Stuk " + level + " " + UUID.randomUUID(),
                                null,
                                LocalDate.now(),
                                PaperType.MOTIE,
                                confidentiality,
                                null),
                        null)
                .id();
    }
}
