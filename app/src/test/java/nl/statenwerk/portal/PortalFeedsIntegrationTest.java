package nl.statenwerk.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.statenwerk.StatenwerkTest;
import nl.statenwerk.api.ApiFixture;
import nl.statenwerk.council.Council;
import nl.statenwerk.files.FileCatalog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The iCalendar and Atom feeds: well-formed, complete, and never a non-public object. */
@StatenwerkTest
class PortalFeedsIntegrationTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    Council council;

    @Autowired
    FileCatalog files;

    ApiFixture fixture;

    @BeforeEach
    void seed() {
        fixture = ApiFixture.seed(council, files);
    }

    @Test
    void theMeetingCalendarIsValidICalendarWithEveryMeetingAsAnEvent() throws Exception {
        HttpResponse<String> response = get("/vergaderingen.ics?vanaf=2025-01-01");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("text/calendar"));
        assertThat(response.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(v -> assertThat(v).contains("public"));
        String ics = response.body();
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        // RFC 5545: lines end in CRLF and are at most 75 octets
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
            assertThat(line).doesNotContain("\n").doesNotContain("\r");
        }
        String unfolded = ics.replace("\r\n ", "");
        assertThat(count(unfolded, "BEGIN:VEVENT")).isEqualTo(count(unfolded, "END:VEVENT"));
        assertThat(unfolded)
                .contains("SUMMARY:Statenvergadering")
                .contains("DTSTART:20250312T090000Z")
                .contains("DTEND:20250312T150000Z")
                .contains("LOCATION:Statenzaal\\, Den Haag")
                .contains("SUMMARY:Commissie Bestuur")
                .contains("URL:http")
                .contains("STATUS:CONFIRMED");
        for (String uid : lines(unfolded, "UID:")) {
            assertThat(lines(unfolded, "UID:").stream().filter(uid::equals)).hasSize(1);
        }
    }

    @Test
    void aCommissieHasACalendarOfItsOwn() throws Exception {
        String all = get("/vergaderingen.ics?vanaf=2025-01-01").body().replace("\r\n ", "");
        String page = new PortalClient(port).get("/vergaderingen").body();
        assertThat(page).contains("/vergaderingen.ics");
        // other tests in this context add committees of the same name: the fixture's is the one with its meeting
        java.util.regex.Matcher committees = java.util.regex.Pattern.compile(
                        "<option value=\"([0-9a-f-]{36})\"[^>]*>Commissie Bestuur")
                .matcher(page);
        String own = null;
        while (own == null && committees.find()) {
            String feed = get("/vergaderingen.ics?vanaf=2025-01-01&orgaan=" + committees.group(1))
                    .body()
                    .replace("\r\n ", "");
            if (feed.contains("SUMMARY:Commissie Bestuur")) {
                own = feed;
            }
        }
        assertThat(own).as("the fixture's committee among the options").isNotNull();
        assertThat(count(own, "BEGIN:VEVENT")).isEqualTo(1).isLessThan(count(all, "BEGIN:VEVENT"));
        assertThat(own).contains("SUMMARY:Commissie Bestuur").doesNotContain("SUMMARY:Statenvergadering");
    }

    @Test
    void theFeedOfNewPapersIsAtomWithPublicPapersOnly() throws Exception {
        HttpResponse<String> response = get("/stukken.atom");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/atom+xml"));
        assertThat(response.body()).doesNotContain("Geheim voorstel grondaankoop");
        Document feed = atom(response.body());
        List<String> titles = entryTitles(feed);
        assertThat(titles).contains("Motie over fietspaden");
        Element entry = entry(feed, "Motie over fietspaden");
        assertThat(text(entry, "id")).isEqualTo("urn:uuid:" + fixture.publicPaper());
        assertThat(((Element) entry.getElementsByTagNameNS(ATOM, "link").item(0)).getAttribute("href"))
                .endsWith("/stukken/" + fixture.publicPaper());
        assertThat(text(entry, "updated")).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
        assertThat(new PortalClient(port).get("/").body()).contains("href=\"/stukken.atom\"");
    }

    @Test
    void aSearchHasAFeedOfItsNewestMatches() throws Exception {
        // the fixture is indexed in the background
        String body = get("/zoeken.atom?q=fietspaden").body();
        for (int i = 0; i < 600 && !body.contains("Motie over fietspaden"); i++) {
            Thread.sleep(100);
            body = get("/zoeken.atom?q=fietspaden").body();
        }
        Document feed = atom(body);
        assertThat(entryTitles(feed)).contains("Motie over fietspaden");
        assertThat(body).doesNotContain("grondaankoop");
        assertThat(get("/zoeken.atom?q=grondaankoop").body()).doesNotContain("<entry>");
        assertThat(get("/zoeken.atom?q=" + "x".repeat(1001)).statusCode()).isEqualTo(400);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Document atom(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document feed =
                factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element root = feed.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(root.getLocalName()).isEqualTo("feed");
        // RFC 4287: a feed has an id, a title and updated; so has each entry
        assertThat(text(root, "id")).isNotBlank();
        assertThat(text(root, "title")).isNotBlank();
        assertThat(text(root, "updated")).isNotBlank();
        return feed;
    }

    private static List<String> entryTitles(Document feed) {
        List<String> titles = new ArrayList<>();
        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            assertThat(text(entry, "id")).isNotBlank();
            assertThat(text(entry, "updated")).isNotBlank();
            titles.add(text(entry, "title"));
        }
        return titles;
    }

    private static Element entry(Document feed, String title) {
        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            if (title.equals(text(entry, "title"))) {
                return entry;
            }
        }
        throw new AssertionError("no entry " + title);
    }

    private static String text(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(ATOM, name);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent();
    }

    private static int count(String text, String what) {
        return text.split(java.util.regex.Pattern.quote(what), -1).length - 1;
    }

    private static List<String> lines(String text, String prefix) {
        return text.lines().filter(l -> l.startsWith(prefix)).toList();
    }
}
