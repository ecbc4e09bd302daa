package nl.statenwerk.portal;

import static org.assertj.core.api.Assertions.assertThat;

import nl.statenwerk.StatenwerkTest;
import nl.statenwerk.conformance.Conformance;
import nl.statenwerk.conformance.ConformanceFixture;
import nl.statenwerk.council.Council;
import nl.statenwerk.files.FileCatalog;
import nl.statenwerk.search.SearchIndex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * A paper's PDFs show their PDF/UA and PDF/A checks, and the overview for the accessibility statement lists the
 * failing public documents with their reasons, reachable from the accessibility statement, never a secret paper.
 */
@StatenwerkTest
@Import(PortalTestConfiguration.class)
class PortalConformanceIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    Council council;

    @Autowired
    FileCatalog files;

    @Autowired
    SearchIndex index;

    @Autowired
    Conformance conformance;

    ConformanceFixture fixture;
    PortalClient client;

    @BeforeEach
    void seed() {
        PortalFixture.seed(council, files, index);
        fixture = ConformanceFixture.seed(council, files, conformance);
        client = new PortalClient(port);
    }

    private String ok(String path) {
        PortalClient.Page page = client.get(path);
        assertThat(page.status()).as(path).isEqualTo(200);
        assertThat(page.body()).as(path).doesNotContain(ConformanceFixture.SECRET_TITLE);
        return page.body();
    }

    @Test
    void aPaperWithAnUntaggedPdfSaysItFailsBothStandardsAndWhyInDutch() {
        String body = ok("/stukken/" + fixture.untaggedPaper());

        assertThat(body)
                .contains("Toegankelijk PDF (PDF/UA-1):")
                .contains("Archiefwaardig (PDF/A-2b):")
                .containsPattern("voldoet niet \\(\\d+ punten\\)")
                .contains("<details")
                .contains("<summary>Waarom voldoet dit niet aan PDF/UA-1?</summary>")
                .contains("Het document is niet getagd.")
                .contains("Het bestand heeft geen kleurprofiel.")
                .contains("ISO 14289-1:2014 7.1-3");
    }

    @Test
    void aPaperWithAnAccessiblePdfSaysItPassesBoth() {
        String body = ok("/stukken/" + fixture.accessiblePaper());

        assertThat(body)
                .contains("Toegankelijk PDF (PDF/UA-1):")
                .contains("Archiefwaardig (PDF/A-2a):")
                .doesNotContain("voldoet niet")
                .doesNotContain("<details");
        assertThat(body.split(">voldoet<", -1)).hasSize(3);
    }

    @Test
    void theReasonsAreInEnglishOnTheEnglishPage() {
        String body = ok("/stukken/" + fixture.untaggedPaper() + "?lang=en");

        assertThat(body).contains("Accessible PDF (PDF/UA-1):").contains("The document is not tagged.");
    }

    @Test
    void theOverviewIsLinkedFromTheAccessibilityStatementAndListsFailingPublicDocuments() {
        assertThat(ok("/toegankelijkheid")).contains("href=\"/toegankelijkheid/documenten\"");

        String body = ok("/toegankelijkheid/documenten");

        assertThat(body)
                .contains("Toegankelijkheid van documenten")
                .contains("<caption class=\"utrecht-table__caption\">")
                .contains(ConformanceFixture.UNTAGGED_TITLE)
                .doesNotContain(ConformanceFixture.ACCESSIBLE_TITLE)
                .doesNotContain(fixture.secretPaper().toString())
                .contains("Het document is niet getagd.")
                .containsPattern("\\d+% \\(\\d+ van \\d+\\)");
    }

    @Test
    void theOverviewFiltersOnStandardAndResult() {
        String passing = ok("/toegankelijkheid/documenten?profiel=pdf-ua&uitslag=voldoet");
        assertThat(passing)
                .contains(ConformanceFixture.ACCESSIBLE_TITLE)
                .doesNotContain(ConformanceFixture.UNTAGGED_TITLE)
                .contains("<option value=\"pdf-ua\" selected>");

        String all = ok("/toegankelijkheid/documenten?uitslag=");
        assertThat(all).contains(ConformanceFixture.ACCESSIBLE_TITLE).contains(ConformanceFixture.UNTAGGED_TITLE);

        String archival = ok("/toegankelijkheid/documenten?profiel=pdf-a&uitslag=voldoet-niet");
        assertThat(archival).contains(ConformanceFixture.UNTAGGED_TITLE).doesNotContain("Toegankelijk PDF (PDF/UA-1):");
    }

    @Test
    void theOverviewIgnoresValuesItDoesNotKnowAndPagesThatDoNotExist() {
        assertThat(ok("/toegankelijkheid/documenten?staten=geen-id&profiel=x&uitslag=y&pagina=abc"))
                .contains(ConformanceFixture.UNTAGGED_TITLE);
        assertThat(ok("/toegankelijkheid/documenten?pagina=999")).contains("Toegankelijkheid van documenten");
    }
}
