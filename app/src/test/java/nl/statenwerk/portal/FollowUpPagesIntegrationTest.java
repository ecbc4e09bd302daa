package nl.statenwerk.portal;

import static org.assertj.core.api.Assertions.assertThat;

import nl.statenwerk.StatenwerkTest;
import nl.statenwerk.api.ApiFixture;
import nl.statenwerk.council.Council;
import nl.statenwerk.council.FollowUpFixture;
import nl.statenwerk.council.FollowUps;
import nl.statenwerk.files.FileCatalog;
import nl.statenwerk.search.SearchIndex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** The moties and toezeggingen overviews over the fixtures, on the test clock's day (1 June 2025). */
@StatenwerkTest
@Import(PortalTestConfiguration.class)
class FollowUpPagesIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    Council council;

    @Autowired
    FileCatalog files;

    @Autowired
    SearchIndex index;

    @Autowired
    FollowUps followUps;

    ApiFixture api;
    FollowUpFixture f;
    PortalClient client;

    @BeforeEach
    void seed() {
        api = PortalFixture.seed(council, files, index).api();
        f = FollowUpFixture.seed(council, followUps, api.body(), "portal");
        client = new PortalClient(port);
    }

    private String ok(String path) {
        PortalClient.Page page = client.get(path);
        assertThat(page.status()).as(path).isEqualTo(200);
        assertThat(page.body())
                .as(path)
                .contains("<html lang=\"nl\"")
                .doesNotContain("Motie geheim", f.secretMotion().toString())
                .doesNotContain("Toezegging geheime locatie", "Geheime toezegging over de grondprijs")
                .doesNotContain(
                        "Geheim voorstel grondaankoop", api.secretPaper().toString());
        return page.body();
    }

    @Test
    void everyPageLinksToBothOverviews() {
        assertThat(ok("/")).contains("href=\"/moties\"").contains("href=\"/toezeggingen\"");
        assertThat(ok("/moties")).contains("href=\"/toezeggingen\"").contains("aria-current=\"page\"");
    }

    @Test
    void motionsShowTheirOutcomeFollowUpSubmittersAndLinksAndCountPerOutcome() {
        String body = ok("/moties?staten=" + api.body());

        assertThat(body)
                .contains("href=\"/stukken/" + f.adopted() + "\"")
                .contains("Motie schone lucht", "Motie minder asfalt", "Motie wolf", "Motie staken", "Motie nieuw")
                .contains("Ingetrokken", "Staken der stemmen", "Nog niet behandeld", "Verworpen")
                .contains("href=\"/personen/")
                .contains("Ria Groen")
                .contains("href=\"/vergaderingen/" + f.meeting() + "\"")
                .contains("Vergadering van 12 maart 2025")
                // the five of this fixture and the portal fixture's fietspaden and script motions
                .contains("7 moties")
                .doesNotContain(api.otherPaper().toString());
        // the fixture's fietspaden motion and the schone lucht motion are adopted, each open for follow-up
        assertThat(body)
                .contains("Aangenomen <span class=\"statenwerk-counts__number\">2</span>")
                .contains("Open <span class=\"statenwerk-counts__number\">2</span>");
    }

    @Test
    void motionsFilterByFractieYearOutcomeAndFollowUp() {
        String byFractie = ok("/moties?staten=" + api.body() + "&fractie=" + f.fractie());
        assertThat(byFractie)
                .contains("Motie schone lucht", "Motie minder asfalt")
                .doesNotContain("Motie wolf");

        String of2024 = ok("/moties?staten=" + api.body() + "&jaar=2024");
        assertThat(of2024)
                .contains("Motie staken")
                .doesNotContain("Motie schone lucht")
                .contains("1 motie");

        String withdrawn = ok("/moties?staten=" + api.body() + "&uitkomst=ingetrokken");
        assertThat(withdrawn).contains("Motie wolf").doesNotContain("Motie minder asfalt");

        String open = ok("/moties?staten=" + api.body() + "&afdoening=open");
        assertThat(open).contains("Motie schone lucht", "Motie over fietspaden").doesNotContain("Motie wolf");

        // unknown filter values are ignored rather than an error, as in the meetings list
        assertThat(ok("/moties?uitkomst=onzin&jaar=twintig&pagina=-1")).contains("Motie schone lucht");
    }

    @Test
    void aPageBeyondTheLastShowsTheLastPage() {
        assertThat(ok("/moties?staten=" + api.body() + "&pagina=99")).contains("Motie schone lucht");
    }

    @Test
    void commitmentsAreSortedByTermijnAndOverdueAgainstTodayWithoutInventingATermijn() {
        String body = ok("/toezeggingen?staten=" + api.body());

        assertThat(body)
                .contains("1 juni 2025")
                .contains("4 toezeggingen")
                .contains("Verlopen <span class=\"statenwerk-counts__number\">1</span>")
                .contains("Open <span class=\"statenwerk-counts__number\">2</span>")
                .contains("Afgedaan <span class=\"statenwerk-counts__number\">1</span>")
                .contains("geen termijn")
                .contains("gedeputeerde Jansen")
                .contains("portefeuille Mobiliteit")
                .contains("bij agendapunt Moties vreemd aan de orde")
                .contains("href=\"/stukken/" + f.letter() + "\"")
                .contains("Brief met het rapport van de gedeputeerde");
        int windenergie = body.indexOf("rapport over windenergie");
        int stikstof = body.indexOf("brief over stikstof");
        int brug = body.indexOf("Toezegging brug over de Vecht");
        int n23 = body.indexOf("over de N23");
        assertThat(windenergie).isPositive().isLessThan(stikstof);
        assertThat(stikstof).isLessThan(brug);
        assertThat(brug).isLessThan(n23);
    }

    @Test
    void overdueOnlyShowsTheCommitmentsPastTheirTermijn() {
        String body = ok("/toezeggingen?staten=" + api.body() + "&verlopen=ja");
        assertThat(body)
                .contains("brief over stikstof")
                .doesNotContain("over de N23", "Toezegging brug over de Vecht")
                .contains("1 toezegging")
                .contains("checked");
        assertThat(ok("/toezeggingen?staten=" + api.body() + "&status=afgedaan"))
                .contains("rapport over windenergie")
                .doesNotContain("brief over stikstof");
        assertThat(ok("/toezeggingen?staten=" + api.body() + "&jaar=2024")).contains("Geen toezeggingen");
    }

    @Test
    void bothOverviewsDownloadAsCsvWithTheSameFilters() {
        PortalClient.Page csv = client.get("/toezeggingen.csv?staten=" + api.body() + "&status=verlopen");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body())
                .contains("\"toezegging\";\"toegezegd_door\"")
                .contains("brief over stikstof")
                .contains("\"2025-05-01\";\"verlopen\"")
                .doesNotContain("N23");
        PortalClient.Page motions = client.get("/moties.csv?staten=" + api.body() + "&uitkomst=verworpen");
        assertThat(motions.body()).contains("Motie minder asfalt").doesNotContain("Motie schone lucht", "Motie geheim");
    }

    @Test
    void theOverviewsAreInEnglishToo() {
        PortalClient.Page page = client.get("/toezeggingen?lang=en&staten=" + api.body());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("<html lang=\"en\"")
                .contains("Commitments", "Overdue", "no deadline")
                .doesNotContain("Toezegging geheime locatie");
    }
}
