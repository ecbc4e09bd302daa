package nl.statenwerk.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.UUID;
import nl.statenwerk.StatenwerkTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

@StatenwerkTest
@TestPropertySource(properties = {"statenwerk.test.context=publication", "statenwerk.demo=false"})
class PaperPublicationIntegrationTest {

    @Autowired
    Council council;

    @Test
    void aPaperIsPublicSinceItWasMadePublicNotSinceItWasStored() throws InterruptedException {
        UUID body = council.save(
                        new Body(
                                null,
                                "test:body",
                                "Provinciale Staten van Flevoland",
                                "PS",
                                BodyClassification.PROVINCIE,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null),
                        "b")
                .id();
        UUID paper = council.save(paper(body, "geheim"), "1").id();
        assertThat(council.publicSince(paper)).isEmpty();

        Thread.sleep(20);
        OffsetDateTime beforePublication = OffsetDateTime.now();
        council.save(paper(body, "openbaar"), "2");
        OffsetDateTime publicSince = council.publicSince(paper).orElseThrow();
        assertThat(publicSince).isAfterOrEqualTo(beforePublication.minusNanos(1_000_000));
        assertThat(council.find(Paper.class, paper).orElseThrow().createdAt()).isBefore(publicSince);

        // a change that keeps it public keeps the start of its public period
        council.save(paper(body, null), "3");
        assertThat(council.publicSince(paper)).contains(publicSince);

        council.save(paper(body, "besloten"), "4");
        assertThat(council.publicSince(paper)).isEmpty();
    }

    private static Paper paper(UUID body, String confidentiality) {
        return new Paper(
                null,
                body,
                "test:paper",
                "Motie over de windmolens, versie " + confidentiality,
                null,
                null,
                PaperType.MOTIE,
                null,
                null,
                confidentiality,
                false,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }
}
