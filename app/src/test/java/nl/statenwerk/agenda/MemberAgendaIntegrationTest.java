package nl.statenwerk.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.statenwerk.CouncilFactory;
import nl.statenwerk.PaperBundle;
import nl.statenwerk.StatenwerkTest;
import nl.statenwerk.TestBrowser;
import nl.statenwerk.accounts.Role;
import nl.statenwerk.audit.Actor;
import nl.statenwerk.council.AgendaItem;
import nl.statenwerk.council.Commitment;
import nl.statenwerk.council.Consultation;
import nl.statenwerk.council.Council;
import nl.statenwerk.council.FollowUp;
import nl.statenwerk.council.FollowUpStatus;
import nl.statenwerk.council.FollowUps;
import nl.statenwerk.council.Meeting;
import nl.statenwerk.council.MeetingState;
import nl.statenwerk.council.MeetingType;
import nl.statenwerk.council.OrganizationClassification;
import nl.statenwerk.council.Paper;
import nl.statenwerk.council.PaperType;
import nl.statenwerk.notifications.Delivery;
import nl.statenwerk.notifications.Notification;
import nl.statenwerk.notifications.NotificationKind;
import nl.statenwerk.notifications.Notifications;
import nl.statenwerk.woorequests.Channel;
import nl.statenwerk.woorequests.NewWooRequest;
import nl.statenwerk.woorequests.WooRequest;
import nl.statenwerk.woorequests.WooRequests;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Mijn agenda, the member's notifications and settings over real HTTP, signed in as a Statenlid linked to a person
 * whose committee has a coming meeting with a public, a besloten and a geheime paper on its agenda.
 */
@StatenwerkTest
class MemberAgendaIntegrationTest {

    private static final Pattern FEED = Pattern.compile("value=\"(http://[^\"]+/mijn/agenda/feed/[^\"]+\\.ics)\"");

    @Autowired
    ApplicationContext context;

    @Autowired
    Council council;

    @Autowired
    Notifications notifications;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FollowUps followUps;

    @Autowired
    WooRequests wooRequests;

    @LocalServerPort
    int port;

    UUID body;
    UUID committee;
    UUID otherCommittee;
    UUID person;
    UUID meeting;
    UUID item;
    UUID closed;
    String suffix;

    @BeforeEach
    void council() {
        CouncilFactory factory = new CouncilFactory(council);
        suffix = UUID.randomUUID().toString().substring(0, 8);
        body = factory.body("Provinciale Staten " + suffix);
        committee = factory.organization(body, "Commissie Ruimte " + suffix, OrganizationClassification.COMMISSIE);
        otherCommittee =
                factory.organization(body, "Commissie Bestuur " + suffix, OrganizationClassification.COMMISSIE);
        person = factory.person(body, "Anna Statenlid " + suffix);
        factory.membership(person, committee, body, LocalDate.now().minusYears(1), null);
        LocalDate next = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(7);
        meeting = meeting(committee, "Vergadering Ruimte " + suffix, next);
        meeting(otherCommittee, "Vergadering Bestuur " + suffix, next);
        item = council.save(
                        new AgendaItem(
                                null,
                                body,
                                source(),
                                meeting,
                                null,
                                "1",
                                1,
                                "Windenergie",
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
                                null),
                        null)
                .id();
        onAgenda(paper("Openbaar voorstel windenergie " + suffix, null));
        closed = paper("Besloten notitie grondprijzen " + suffix, "besloten");
        onAgenda(closed);
        onAgenda(paper("Geheime bijlage onderhandelingen " + suffix, "geheim"));
    }

    private UUID meeting(UUID organization, String name, LocalDate date) {
        return council.save(
                        new Meeting(
                                null,
                                body,
                                source(),
                                name,
                                MeetingType.COMMISSIEVERGADERING,
                                MeetingState.PLANNED,
                                date,
                                null,
                                null,
                                null,
                                null,
                                "Provinciehuis",
                                null,
                                null,
                                organization,
                                null,
                                null,
                                null,
                                null),
                        null)
                .id();
    }

    private UUID paper(String name, @Nullable String confidentiality) {
        return council.save(
                        Paper.written(
                                body, name, null, LocalDate.now(), PaperType.STATENVOORSTEL, confidentiality, null),
                        null)
                .id();
    }

    private void onAgenda(UUID paper) {
        council.save(
                new Consultation(null, body, source(), paper, item, null, committee, null, null, null, null, null),
                null);
    }

    private static String source() {
        return "https://example.org/test/" + UUID.randomUUID();
    }

    private TestBrowser member() {
        return TestBrowser.signedIn(context, port, Role.MEMBER, person);
    }

    @Test
    void theAgendaShowsTheCommitteesMeetingsWithThePapersTheMemberMayReadAndIsNeverCached() {
        TestBrowser browser = member();

        TestBrowser.Response page = browser.get("/mijn/agenda");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("Vergadering Ruimte " + suffix)
                .contains("Openbaar voorstel windenergie " + suffix)
                .contains("Besloten notitie grondprijzen " + suffix)
                .doesNotContain("Geheime bijlage onderhandelingen " + suffix)
                .doesNotContain("Vergadering Bestuur " + suffix);
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("private, no-store");
        assertThat(jdbc.sql("select count(*) from audit_entry where name = 'stuk-getoond' and object_id = :paper"
                                + " and confidentiality = 'CLOSED'")
                        .param("paper", closed.toString())
                        .query(Long.class)
                        .single())
                .as("the besloten paper's title was shown: a read of non-public information, in the audit log")
                .isPositive();

        // not signed in: to the sign-in page
        assertThat(new TestBrowser(port).get("/mijn/agenda").location()).endsWith("/inloggen");
    }

    @Test
    void theFeedWorksWithoutASessionHoldsOnlyPublicTitlesAndEndsWhenRenewedOrRevoked() {
        TestBrowser browser = member();
        followUps.register(
                new Commitment(
                        null,
                        body,
                        null,
                        "Evaluatie windbeleid sturen " + suffix,
                        "Gedeputeerde",
                        null,
                        null,
                        null,
                        null,
                        null,
                        LocalDate.now(),
                        null,
                        null,
                        null),
                new FollowUp(FollowUpStatus.OPEN, null, LocalDate.now().plusDays(10), null, null, null));
        TestBrowser.Response page = browser.get("/mijn/agenda");
        assertThat(page.body()).contains("Evaluatie windbeleid sturen " + suffix);
        TestBrowser.Response made = browser.post("/mijn/agenda/feed", Map.of("_csrf", page.csrf()));
        assertThat(made.status()).isEqualTo(200);
        Matcher m = FEED.matcher(made.body());
        assertThat(m.find()).as(made.body()).isTrue();
        String url = m.group(1);

        TestBrowser calendarApp = new TestBrowser(port);
        TestBrowser.Response feed = calendarApp.get(url);
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
        assertThat(feed.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(c -> assertThat(c).contains("no-store"));
        String unfolded = feed.body().replace("\r\n ", "");
        assertThat(unfolded)
                .contains("SUMMARY:Vergadering Ruimte " + suffix)
                .contains("Openbaar voorstel windenergie " + suffix)
                .contains("SUMMARY:Termijn: Evaluatie windbeleid sturen " + suffix)
                .doesNotContain("Besloten notitie grondprijzen")
                .doesNotContain("Geheime bijlage")
                .doesNotContain("Vergadering Bestuur " + suffix);

        TestBrowser.Response again = browser.get("/mijn/agenda");
        assertThat(again.body()).doesNotContain(url);
        TestBrowser.Response renewed = browser.post("/mijn/agenda/feed", Map.of("_csrf", again.csrf()));
        Matcher n = FEED.matcher(renewed.body());
        assertThat(n.find()).isTrue();
        assertThat(calendarApp.get(url).status()).isEqualTo(404);
        assertThat(calendarApp.get(n.group(1)).status()).isEqualTo(200);

        TestBrowser.Response revoked = browser.post(
                "/mijn/agenda/feed/intrekken",
                Map.of("_csrf", browser.get("/mijn/agenda").csrf()));
        assertThat(revoked.status()).isEqualTo(302);
        assertThat(calendarApp.get(n.group(1)).status()).isEqualTo(404);
        assertThat(calendarApp
                        .get("/mijn/agenda/feed/" + "a".repeat(43) + ".ics")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aPaperPutOnTheCommitteesNextMeetingNotifiesTheMemberOnceAndTheHeaderCountsIt() {
        TestBrowser browser = member();
        UUID account = browser.account();
        assertThat(account).isNotNull();
        UUID added = paper("Nieuw statenvoorstel zonneparken " + suffix, null);
        UUID secret = paper("Nieuwe geheime notitie " + suffix, "geheim");
        onAgenda(secret);
        onAgenda(added);

        PaperBundle.await(() -> notifications.latest(account, 10).stream()
                .anyMatch(n -> n.objectId() != null && n.objectId().equals(added.toString())));
        // a change of the consultation tells nothing again
        Consultation again =
                council.related(Consultation.class, "paper_id", added, false).getFirst();
        council.save(
                new Consultation(
                        again.id(),
                        body,
                        again.sourceId(),
                        added,
                        item,
                        meeting,
                        committee,
                        "advies",
                        null,
                        null,
                        null,
                        null),
                null);
        onAgenda(paper("Laatste stuk " + suffix, null));
        PaperBundle.await(() -> notifications.latest(account, 10).stream()
                .anyMatch(n -> n.title().equals("Laatste stuk " + suffix)));
        // the papers put on the agenda before (in the set-up) may have been told too, as the account was linked by
        // the time the listener ran: only the count of each matters
        assertThat(notifications.latest(account, 20))
                .filteredOn(n -> n.kind() == NotificationKind.AGENDA_PAPER)
                .extracting(Notification::title)
                .containsOnlyOnce("Nieuw statenvoorstel zonneparken " + suffix, "Laatste stuk " + suffix)
                .doesNotContain("Nieuwe geheime notitie " + suffix, "Geheime bijlage onderhandelingen " + suffix);
        long unread = notifications.countUnread(account);

        TestBrowser.Response list = browser.get("/mijn/meldingen");
        assertThat(list.body())
                .contains("Nieuw statenvoorstel zonneparken " + suffix)
                .contains("statenwerk-badge\">" + unread + "<")
                .doesNotContain("Nieuwe geheime notitie");
        assertThat(list.headers().firstValue("Cache-Control")).hasValue("private, no-store");
        // public pages, for a signed-in user, carry the count too, and so are kept by nobody
        TestBrowser.Response home = browser.get("/vergaderingen");
        assertThat(home.body()).contains("statenwerk-badge\">" + unread + "<");
        assertThat(home.headers().firstValue("Cache-Control")).hasValue("private, no-store");
        assertThat(new TestBrowser(port).get("/vergaderingen").headers().firstValue("Cache-Control"))
                .hasValue("public, max-age=60");

        Notification first = notifications.unread(account, 10).getFirst();
        TestBrowser.Response read =
                browser.post("/mijn/meldingen/" + first.id() + "/gelezen", Map.of("_csrf", list.csrf(), "pagina", "1"));
        assertThat(read.status()).isEqualTo(302);
        assertThat(notifications.countUnread(account)).isEqualTo(unread - 1);
        assertThat(browser.post("/mijn/meldingen/gelezen", Map.of()).status())
                .as("no CSRF token, no change")
                .isEqualTo(403);
        browser.post("/mijn/meldingen/gelezen", Map.of("_csrf", list.csrf()));
        assertThat(notifications.countUnread(account)).isZero();
        assertThat(browser.get("/mijn/meldingen").body()).doesNotContain("statenwerk-badge");
    }

    @Test
    void theGriffieSeesWooRequestTermsOnItsAgendaButNeverInItsFeedAndAMemberNever() {
        WooRequest request = wooRequests.register(
                new NewWooRequest(
                        body,
                        "Documenten over de windturbines " + suffix,
                        Channel.EMAIL,
                        LocalDate.now(ZoneId.of("Europe/Amsterdam")).minusDays(25),
                        "J. Jansen",
                        null),
                Actor.SYSTEM);
        TestBrowser griffie = TestBrowser.signedIn(context, port, Role.GRIFFIE, null);

        TestBrowser.Response page = griffie.get("/mijn/agenda");

        assertThat(page.body())
                .contains("Documenten over de windturbines " + suffix)
                .contains("/beheer/woo-verzoeken/" + request.id())
                .as("the griffie prepares every meeting")
                .contains("Vergadering Bestuur " + suffix);
        Matcher m = FEED.matcher(
                griffie.post("/mijn/agenda/feed", Map.of("_csrf", page.csrf())).body());
        assertThat(m.find()).isTrue();
        assertThat(new TestBrowser(port).get(m.group(1)).body()).doesNotContain("windturbines");
        assertThat(member().get("/mijn/agenda").body()).doesNotContain("windturbines");
    }

    @Test
    void theSettingsFormSavesOneChoicePerKindAndTheDigestTime() {
        TestBrowser browser = member();
        TestBrowser.Response form = browser.get("/mijn/instellingen");
        assertThat(form.status()).isEqualTo(200);
        for (NotificationKind kind : NotificationKind.values()) {
            assertThat(form.body()).contains("name=\"kind." + kind.name() + "\" value=\"OFF\"");
        }
        Map<String, String> values = new java.util.HashMap<>();
        for (NotificationKind kind : NotificationKind.values()) {
            values.put("kind." + kind.name(), Delivery.APP.name());
        }
        values.put("kind." + NotificationKind.AGENDA_PAPER.name(), Delivery.APP_AND_DIGEST.name());
        values.put("digest", "06:45");
        values.put("_csrf", form.csrf());

        TestBrowser.Response saved = browser.post("/mijn/instellingen", values);

        assertThat(saved.location()).endsWith("/mijn/instellingen?opgeslagen");
        TestBrowser.Response shown = browser.get("/mijn/instellingen?opgeslagen");
        assertThat(shown.body())
                .contains("id=\"kind-AGENDA_PAPER-APP_AND_DIGEST\" name=\"kind.AGENDA_PAPER\" value=\"APP_AND_DIGEST\""
                        + " checked")
                .contains("value=\"06:45\" selected");
        values.put("digest", "06:50");
        assertThat(browser.post("/mijn/instellingen", values).status()).isEqualTo(400);
        values.put("digest", "06:45");
        values.put("kind." + NotificationKind.AGENDA_PAPER.name(), "EVERYWHERE");
        assertThat(browser.post("/mijn/instellingen", values).status()).isEqualTo(400);
        assertThat(Set.of(browser.post("/mijn/instellingen", Map.of("digest", "06:45"))
                        .status()))
                .containsAnyOf(403);
    }
}
