package nl.statenwerk.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.statenwerk.StatenwerkTest;
import nl.statenwerk.api.ApiFixture;
import nl.statenwerk.council.Council;
import nl.statenwerk.council.Meeting;
import nl.statenwerk.council.Organization;
import nl.statenwerk.files.FileCatalog;
import nl.statenwerk.search.SearchIndex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** The meetings' month view over the fixture (March 2025), on the test clock's day (1 June 2025). */
@StatenwerkTest
@Import(PortalTestConfiguration.class)
class MeetingsMonthViewIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    Council council;

    @Autowired
    FileCatalog files;

    @Autowired
    SearchIndex index;

    ApiFixture api;
    PortalClient client;

    @BeforeEach
    void seed() {
        api = PortalFixture.seed(council, files, index).api();
        client = new PortalClient(port);
    }

    private String ok(String path) {
        PortalClient.Page page = client.get(path);
        assertThat(page.status()).as(path).isEqualTo(200);
        return page.body();
    }

    @Test
    void aMonthIsATableOfWeeksWithDutchWeekdaysAndTheDaysMeetingsAsLinks() {
        String body = ok("/vergaderingen?weergave=maand&maand=2025-03");

        assertThat(body)
                .contains("<caption class=\"utrecht-table__caption\">Vergaderingen in maart 2025</caption>")
                .contains("scope=\"col\"><abbr title=\"maandag\">ma</abbr></th>")
                .contains("<abbr title=\"zondag\">zo</abbr>")
                .contains("href=\"/vergaderingen/" + api.meeting() + "\"")
                .contains("href=\"/vergaderingen/" + api.otherMeeting() + "\"")
                .contains("12 maart")
                .contains("woensdag 12 maart")
                .contains("maand=2025-02", "maand=2025-04")
                .contains("rel=\"prev\"", "rel=\"next\"")
                .contains("februari 2025", "april 2025");
        // March 2025 begins on a Saturday: the grid starts on Monday 24 February, and ends on Sunday 6 April
        assertThat(body.indexOf(">24<")).isPositive().isLessThan(body.indexOf(">1<"));
        assertThat(count(body, "<tr class=\"utrecht-table__row\">")).isEqualTo(1 + 6);
        assertThat(body).doesNotContain("aria-current=\"date\"");
    }

    @Test
    void theMonthViewKeepsTheFiltersAndTheSwitchBackToTheList() {
        UUID committee = council.idOf(Organization.class, "fixture:org:bestuur").orElseThrow();
        UUID committeeMeeting =
                council.idOf(Meeting.class, "fixture:meeting:committee").orElseThrow();
        String body = ok("/vergaderingen?weergave=maand&maand=2025-03&orgaan=" + committee);

        assertThat(body)
                .contains("href=\"/vergaderingen/" + committeeMeeting + "\"")
                .doesNotContain("href=\"/vergaderingen/" + api.meeting() + "\"")
                .contains("maand=2025-04&amp;orgaan=" + committee)
                .contains("href=\"/vergaderingen?orgaan=" + committee + "\"")
                .contains("name=\"weergave\" value=\"maand\"")
                .contains("aria-current=\"page\">Maand</a>");
        assertThat(ok("/vergaderingen?orgaan=" + committee)).contains("aria-current=\"page\">Lijst</a>");
    }

    @Test
    void todayIsMarkedInTextAndForAssistiveTechnologyNotByColourAlone() {
        String body = ok("/vergaderingen?weergave=maand");

        assertThat(body)
                .contains("Vergaderingen in juni 2025")
                .contains("aria-current=\"date\"")
                .contains("statenwerk-month__today\">vandaag</span>")
                .contains("Er zijn geen vergaderingen in juni 2025.")
                .doesNotContain("Deze maand</a>");
        assertThat(ok("/vergaderingen?weergave=maand&maand=2025-03")).contains("Deze maand</a>");
    }

    @Test
    void aMonthThatIsNoMonthShowsThisMonthAndTheEnglishPageHasEnglishNames() {
        assertThat(ok("/vergaderingen?weergave=maand&maand=2025-13")).contains("juni 2025");
        assertThat(ok("/vergaderingen?maand=%3Cscript%3E"))
                .doesNotContain("<script>alert")
                .contains("Lijst");
        assertThat(ok("/vergaderingen?weergave=maand&maand=2025-03&lang=en"))
                .contains("Meetings in March 2025")
                .contains("<abbr title=\"Monday\">Mon</abbr>");
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
