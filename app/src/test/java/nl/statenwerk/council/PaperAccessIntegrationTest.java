package nl.statenwerk.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import nl.statenwerk.CouncilFactory;
import nl.statenwerk.StatenwerkTest;
import nl.statenwerk.core.AccessLevel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@StatenwerkTest
class PaperAccessIntegrationTest {

    @Autowired
    Council council;

    @Test
    void aPapersLevelFollowsItsConfidentialityEachTimeItIsSaved() {
        UUID body = new CouncilFactory(council).body("Provinciale Staten van Flevoland");
        UUID paper = save(body, null);
        assertThat(council.paperAccess(paper).orElseThrow().level()).isEqualTo(AccessLevel.PUBLIC);

        Paper besloten = council.find(Paper.class, paper).orElseThrow();
        council.save(withConfidentiality(besloten, "vertrouwelijk"), null);
        assertThat(council.paperAccess(paper).orElseThrow().level()).isEqualTo(AccessLevel.CLOSED);
        assertThat(council.findPublic(Paper.class, paper)).isEmpty();

        council.save(withConfidentiality(besloten, "zeer_geheim"), null);
        assertThat(council.paperAccess(paper).orElseThrow().level()).isEqualTo(AccessLevel.SECRET);
        council.save(withConfidentiality(besloten, "fractie-intern"), null);
        assertThat(council.paperAccess(paper).orElseThrow().level()).isEqualTo(AccessLevel.FRACTION_INTERNAL);
        assertThat(council.paperAccess(UUID.randomUUID())).isEmpty();
    }

    @Test
    void theGriffieNamesTheReadersOfAGeheimPaperAndTheFractieOfAnInternalOne() {
        CouncilFactory factory = new CouncilFactory(council);
        UUID body = factory.body("Provinciale Staten van Flevoland");
        UUID fractie = factory.organization(body, "Fractie Groen Vooruit", OrganizationClassification.FRACTIE);
        UUID ria = factory.person(body, "Ria Groen");
        UUID kees = factory.person(body, "Kees Ander");
        UUID paper = save(body, "geheim");

        council.setPaperReaders(paper, null, Set.of(ria, kees));
        assertThat(council.paperAccess(paper).orElseThrow())
                .isEqualTo(new PaperAccess(paper, body, AccessLevel.SECRET, null, Set.of(ria, kees)));

        council.setPaperReaders(paper, fractie, Set.of(kees));
        assertThat(council.paperAccess(paper).orElseThrow().readers()).containsExactly(kees);
        assertThat(council.paperAccess(paper).orElseThrow().owner()).isEqualTo(fractie);

        assertThatThrownBy(() -> council.setPaperReaders(UUID.randomUUID(), null, Set.of()))
                .isInstanceOf(NoSuchElementException.class);
    }

    private UUID save(UUID body, String confidentiality) {
        return council.save(
                        Paper.written(
                                body, "Stuk " + UUID.randomUUID(), null, null, PaperType.OTHER, confidentiality, null),
                        null)
                .id();
    }

    private static Paper withConfidentiality(Paper p, String confidentiality) {
        return new Paper(
                p.id(),
                p.bodyId(),
                p.sourceId(),
                p.name(),
                p.reference(),
                p.paperDate(),
                p.paperType(),
                p.motionType(),
                p.questionType(),
                confidentiality,
                p.isPublic(),
                p.author(),
                p.description(),
                p.content(),
                p.explanation(),
                p.submittedDate(),
                p.portfolioHolder(),
                p.language(),
                p.version(),
                p.sourceOrganization(),
                p.createdAt(),
                p.modifiedAt(),
                p.deletedAt());
    }
}
