package nl.statenwerk.workspaces;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import nl.statenwerk.access.Viewer;
import nl.statenwerk.accounts.Role;
import org.junit.jupiter.api.Test;

/** The one rule of who is in a workspace, as a table of readers and workspaces. */
class WorkspaceMembershipTest {

    private static final UUID BODY = UUID.randomUUID();
    private static final UUID OTHER_BODY = UUID.randomUUID();
    private static final UUID FRACTIE_A = UUID.randomUUID();
    private static final UUID FRACTIE_B = UUID.randomUUID();
    private static final UUID COMMITTEE = UUID.randomUUID();
    private static final UUID PRESIDIUM = UUID.randomUUID();

    private static final Workspace A = new Workspace(UUID.randomUUID(), WorkspaceKind.FRACTIE, BODY, FRACTIE_A, "A");
    private static final Workspace B = new Workspace(UUID.randomUUID(), WorkspaceKind.FRACTIE, BODY, FRACTIE_B, "B");
    private static final Workspace C =
            new Workspace(UUID.randomUUID(), WorkspaceKind.COMMISSIE, BODY, COMMITTEE, "Commissie");
    private static final Workspace P =
            new Workspace(UUID.randomUUID(), WorkspaceKind.PRESIDIUM, BODY, PRESIDIUM, "Presidium");
    private static final Workspace PS =
            new Workspace(UUID.randomUUID(), WorkspaceKind.PROVINCIALE_STATEN, BODY, null, "PS");

    private static Viewer viewer(Set<Role> roles, Set<UUID> bodies, Set<UUID> organizations) {
        return new Viewer(UUID.randomUUID(), roles, UUID.randomUUID(), bodies, organizations);
    }

    @Test
    void aMemberOfAFractieIsInItsWorkspaceAndThatOfPsButNotInAnotherFractie() {
        Viewer member = viewer(Set.of(Role.MEMBER), Set.of(BODY), Set.of(FRACTIE_A));
        assertThat(WorkspaceMembership.isMember(A, member, false)).isTrue();
        assertThat(WorkspaceMembership.isMember(B, member, false)).isFalse();
        assertThat(WorkspaceMembership.isMember(C, member, false)).isFalse();
        assertThat(WorkspaceMembership.isMember(PS, member, false)).isTrue();
    }

    @Test
    void aFractiemedewerkerIsInTheFractieThroughTheMembership() {
        Viewer staff = viewer(Set.of(Role.FRACTION_STAFF), Set.of(BODY), Set.of(FRACTIE_B));
        assertThat(WorkspaceMembership.isMember(B, staff, false)).isTrue();
        assertThat(WorkspaceMembership.isMember(A, staff, false)).isFalse();
    }

    @Test
    void theGriffieIsInCommitteesPresidiumAndPsButNotInAFractie() {
        Viewer griffie = viewer(Set.of(Role.GRIFFIE), Set.of(), Set.of());
        assertThat(WorkspaceMembership.isMember(A, griffie, false)).isFalse();
        assertThat(WorkspaceMembership.isMember(C, griffie, false)).isTrue();
        assertThat(WorkspaceMembership.isMember(P, griffie, false)).isTrue();
        assertThat(WorkspaceMembership.isMember(PS, griffie, false)).isTrue();
        // not even when the griffie's account is linked to a person who is in the fractie's data
        Viewer linked = viewer(Set.of(Role.GRIFFIE), Set.of(BODY), Set.of(FRACTIE_A));
        assertThat(WorkspaceMembership.isMember(A, linked, false)).isFalse();
    }

    @Test
    void theGriffieAddsANamedAccountToAnyWorkspace() {
        Viewer burgerlid = viewer(Set.of(Role.COMMITTEE_MEMBER), Set.of(), Set.of());
        assertThat(WorkspaceMembership.isMember(C, burgerlid, false)).isFalse();
        assertThat(WorkspaceMembership.isMember(C, burgerlid, true)).isTrue();
    }

    @Test
    void aCommitteeMemberIsInTheCommitteeAndTheirBodysPsOnly() {
        Viewer member = viewer(Set.of(Role.COMMITTEE_MEMBER), Set.of(BODY), Set.of(COMMITTEE));
        assertThat(WorkspaceMembership.isMember(C, member, false)).isTrue();
        assertThat(WorkspaceMembership.isMember(P, member, false)).isFalse();
        Workspace otherPs =
                new Workspace(UUID.randomUUID(), WorkspaceKind.PROVINCIALE_STATEN, OTHER_BODY, null, "Elders");
        assertThat(WorkspaceMembership.isMember(otherPs, member, false)).isFalse();
    }

    @Test
    void residentsAdministratorsAndTheUnsignedAreInNone() {
        Viewer resident = viewer(Set.of(Role.RESIDENT), Set.of(BODY), Set.of(FRACTIE_A));
        Viewer administrator = viewer(Set.of(Role.ADMINISTRATOR), Set.of(BODY), Set.of(COMMITTEE));
        for (Workspace w : new Workspace[] {A, B, C, P, PS}) {
            assertThat(WorkspaceMembership.isMember(w, resident, false)).isFalse();
            assertThat(WorkspaceMembership.isMember(w, administrator, false)).isFalse();
            assertThat(WorkspaceMembership.isMember(w, Viewer.PUBLIC, true)).isFalse();
        }
    }
}
