package nl.statenwerk.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.statenwerk.CouncilFactory;
import nl.statenwerk.StatenwerkTest;
import nl.statenwerk.accounts.Accounts;
import nl.statenwerk.accounts.DigestPreference;
import nl.statenwerk.accounts.Role;
import nl.statenwerk.core.AccessLevel;
import nl.statenwerk.council.Council;
import nl.statenwerk.council.OrganizationClassification;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@StatenwerkTest
class ViewersIntegrationTest {

    @Autowired
    Viewers viewers;

    @Autowired
    Accounts accounts;

    @Autowired
    Council council;

    @Test
    void aLinkedMembersCurrentMembershipsDecideWhatTheyMayRead() {
        CouncilFactory factory = new CouncilFactory(council);
        UUID flevoland = factory.body("Provinciale Staten van Flevoland");
        UUID utrecht = factory.body("Provinciale Staten van Utrecht");
        UUID fractie = factory.organization(flevoland, "Fractie Groen Vooruit", OrganizationClassification.FRACTIE);
        UUID former = factory.organization(flevoland, "Fractie Oud", OrganizationClassification.FRACTIE);
        UUID person = factory.person(flevoland, "Ria Groen");
        UUID other = factory.person(flevoland, "Kees Ander");
        factory.membership(person, fractie, flevoland, LocalDate.of(2023, 3, 29), null);
        factory.membership(person, former, flevoland, LocalDate.of(2019, 3, 27), LocalDate.of(2023, 3, 28));
        UUID account = account(Role.MEMBER);

        assertThat(viewers.of(account).person()).isNull();
        assertThat(viewers.of(account).mayRead(AccessLevel.CLOSED, flevoland, null, Set.of()))
                .as("a member not linked to a person is in no body")
                .isFalse();

        viewers.link(account, Optional.of(person));
        Viewer ria = viewers.of(account);
        assertThat(ria.person()).isEqualTo(person);
        assertThat(ria.bodies()).containsExactly(flevoland);
        assertThat(ria.organizations()).containsExactly(fractie);
        assertThat(ria.mayRead(AccessLevel.PUBLIC, utrecht, null, Set.of())).isTrue();
        assertThat(ria.mayRead(AccessLevel.CLOSED, flevoland, null, Set.of())).isTrue();
        assertThat(ria.mayRead(AccessLevel.CLOSED, utrecht, null, Set.of())).isFalse();
        assertThat(ria.mayRead(AccessLevel.SECRET, flevoland, null, Set.of(other)))
                .isFalse();
        assertThat(ria.mayRead(AccessLevel.SECRET, flevoland, null, Set.of(person, other)))
                .isTrue();
        assertThat(ria.mayRead(AccessLevel.FRACTION_INTERNAL, flevoland, fractie, Set.of()))
                .isTrue();
        assertThat(ria.mayRead(AccessLevel.FRACTION_INTERNAL, flevoland, former, Set.of()))
                .as("an ended membership gives nothing")
                .isFalse();

        viewers.link(account, Optional.empty());
        assertThat(viewers.personOf(account)).isEmpty();
        assertThat(viewers.of(account).mayRead(AccessLevel.SECRET, flevoland, null, Set.of(person)))
                .isFalse();
    }

    @Test
    void theGriffieReadsBeslotenAndGeheimButNotAFractiesOwnPapers() {
        CouncilFactory factory = new CouncilFactory(council);
        UUID body = factory.body("Provinciale Staten van Flevoland");
        UUID fractie = factory.organization(body, "Fractie Groen Vooruit", OrganizationClassification.FRACTIE);
        Viewer griffie = viewers.of(account(Role.GRIFFIE));
        assertThat(griffie.mayRead(AccessLevel.CLOSED, body, null, Set.of())).isTrue();
        assertThat(griffie.mayRead(AccessLevel.SECRET, body, null, Set.of())).isTrue();
        assertThat(griffie.mayRead(AccessLevel.FRACTION_INTERNAL, body, fractie, Set.of()))
                .isFalse();
        Viewer administrator = viewers.of(account(Role.ADMINISTRATOR));
        assertThat(administrator.mayRead(AccessLevel.CLOSED, body, null, Set.of()))
                .isFalse();
    }

    @Test
    void aResidentNamedOnAGeheimPaperOrInAFractieStillReadsOnlyWhatIsPublic() {
        CouncilFactory factory = new CouncilFactory(council);
        UUID body = factory.body("Provinciale Staten van Flevoland");
        UUID fractie = factory.organization(body, "Fractie Groen Vooruit", OrganizationClassification.FRACTIE);
        UUID person = factory.person(body, "Jan Inwoner");
        factory.membership(person, fractie, body, null, null);
        UUID account = account(Role.RESIDENT);
        viewers.link(account, Optional.of(person));
        Viewer resident = viewers.of(account);
        assertThat(resident.mayRead(AccessLevel.CLOSED, body, null, Set.of())).isFalse();
        assertThat(resident.mayRead(AccessLevel.SECRET, body, null, Set.of(person)))
                .isFalse();
        assertThat(resident.mayRead(AccessLevel.FRACTION_INTERNAL, body, fractie, Set.of()))
                .isFalse();
        assertThat(Viewer.PUBLIC.mayRead(AccessLevel.CLOSED, body, null, Set.of()))
                .isFalse();
        assertThat(viewers.of(UUID.randomUUID())).isEqualTo(Viewer.PUBLIC);
    }

    @Test
    void onePersonIsOneAccount() {
        CouncilFactory factory = new CouncilFactory(council);
        UUID person = factory.person(factory.body("Provinciale Staten van Flevoland"), "Ria Groen");
        UUID first = account(Role.MEMBER);
        UUID second = account(Role.MEMBER);
        viewers.link(first, Optional.of(person));
        assertThatThrownBy(() -> viewers.link(second, Optional.of(person)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> viewers.link(second, Optional.of(UUID.randomUUID())))
                .isInstanceOf(NoSuchElementException.class);
        assertThat(viewers.accountOf(person)).contains(first);
        viewers.link(first, Optional.of(person));
        assertThat(viewers.accountOf(person)).contains(first);
    }

    @Test
    void nobodySignedInIsThePublic() {
        assertThat(viewers.current()).isEqualTo(Viewer.PUBLIC);
    }

    private UUID account(Role role) {
        UUID id = accounts.create("Gebruiker", UUID.randomUUID() + "@example.org", DigestPreference.NONE)
                .id();
        accounts.grant(id, role);
        return id;
    }
}
