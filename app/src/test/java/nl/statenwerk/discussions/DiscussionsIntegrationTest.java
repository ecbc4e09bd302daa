package nl.statenwerk.discussions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.statenwerk.CouncilFactory;
import nl.statenwerk.StatenwerkTest;
import nl.statenwerk.TestBrowser;
import nl.statenwerk.access.Viewer;
import nl.statenwerk.access.Viewers;
import nl.statenwerk.accounts.Accounts;
import nl.statenwerk.accounts.DigestPreference;
import nl.statenwerk.accounts.Role;
import nl.statenwerk.council.AgendaItem;
import nl.statenwerk.council.Council;
import nl.statenwerk.council.Meeting;
import nl.statenwerk.council.MeetingState;
import nl.statenwerk.council.MeetingType;
import nl.statenwerk.council.OrganizationClassification;
import nl.statenwerk.council.Paper;
import nl.statenwerk.council.PaperType;
import nl.statenwerk.notifications.Notification;
import nl.statenwerk.notifications.Notifications;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Who sees which thread, what members may do with their posts, whom a post notifies, and that texts stay text. */
@StatenwerkTest
class DiscussionsIntegrationTest {

    @Autowired
    Discussions discussions;

    @Autowired
    Council council;

    @Autowired
    Accounts accounts;

    @Autowired
    Viewers viewers;

    @Autowired
    Notifications notifications;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @LocalServerPort
    int port;

    UUID body;
    UUID fractieA;
    UUID fractieB;
    UUID personA;
    UUID personA2;
    UUID personB;
    UUID staffPersonA;

    @BeforeEach
    void council() {
        CouncilFactory factory = new CouncilFactory(council);
        body = factory.body("Provinciale Staten van Flevoland");
        fractieA = factory.organization(body, "Fractie Groen Vooruit", OrganizationClassification.FRACTIE);
        fractieB = factory.organization(body, "Fractie Polderbelang", OrganizationClassification.FRACTIE);
        personA = member(factory, "Ria Groen", fractieA);
        personA2 = member(factory, "Sam Groen", fractieA);
        personB = member(factory, "Kees Polder", fractieB);
        staffPersonA = member(factory, "Mo Medewerker", fractieA);
    }

    private UUID member(CouncilFactory factory, String name, UUID fractie) {
        UUID person = factory.person(body, name);
        factory.membership(person, fractie, body, LocalDate.now().minusYears(1), null);
        return person;
    }

    private Viewer viewer(Role role, @Nullable UUID person) {
        UUID account = accounts.create(
                        "Test " + role + " " + UUID.randomUUID(),
                        role.name().toLowerCase() + "-" + UUID.randomUUID() + "@flevoland.example",
                        DigestPreference.NONE)
                .id();
        accounts.grant(account, role);
        if (person != null) {
            viewers.link(account, Optional.of(person));
        }
        return viewers.of(account);
    }

    private UUID paper(@Nullable String confidentiality) {
        return council.save(
                        Paper.written(
                                body,
                                "Statenvoorstel " + UUID.randomUUID(),
                                null,
                                null,
                                PaperType.OTHER,
                                confidentiality,
                                null),
                        null)
                .id();
    }

    private static List<String> texts(Optional<Discussion> discussion) {
        return discussion.orElseThrow().threads().stream()
                .map(t -> t.opening().text())
                .toList();
    }

    @Test
    void aFractieThreadIsSeenByTheFractieOnlyNotByOtherFractiesNorTheGriffie() {
        Viewer a = viewer(Role.MEMBER, personA);
        Viewer a2 = viewer(Role.MEMBER, personA2);
        Viewer staffA = viewer(Role.FRACTION_STAFF, staffPersonA);
        Viewer b = viewer(Role.MEMBER, personB);
        Viewer griffie = viewer(Role.GRIFFIE, null);
        Viewer resident = viewer(Role.RESIDENT, null);
        Topic topic = Topic.paper(paper(null));

        discussions.post(a, topic, null, Visibility.STATEN, "Voor iedereen");
        Post internal = discussions.post(a, topic, null, Visibility.FRACTIE, "Alleen voor Groen Vooruit");
        assertThat(internal.fractieName()).isEqualTo("Fractie Groen Vooruit");

        assertThat(texts(discussions.read(a2, topic)))
                .containsExactlyInAnyOrder("Voor iedereen", "Alleen voor Groen Vooruit");
        assertThat(texts(discussions.read(staffA, topic))).contains("Alleen voor Groen Vooruit");
        assertThat(texts(discussions.read(b, topic))).containsExactly("Voor iedereen");
        assertThat(texts(discussions.read(griffie, topic))).containsExactly("Voor iedereen");
        assertThat(discussions.read(resident, topic)).isEmpty();
        assertThat(discussions.read(Viewer.PUBLIC, topic)).isEmpty();

        // nor can another fractie reply to it, or find it by id
        assertThatThrownBy(() -> discussions.post(b, topic, internal.id(), Visibility.STATEN, "Meelezen?"))
                .isInstanceOf(NoSuchElementException.class);
        assertThat(discussions.topicOf(b, internal.id())).isEmpty();
        assertThat(discussions.topicOf(griffie, internal.id())).isEmpty();
        // a reply in a fractie thread stays in the fractie, whatever visibility is asked
        Post reply = discussions.post(a2, topic, internal.id(), Visibility.STATEN, "Eens");
        assertThat(reply.visibility()).isEqualTo(Visibility.FRACTIE);
        assertThat(discussions.read(b, topic).orElseThrow().threads())
                .allSatisfy(t -> assertThat(t.replies()).isEmpty());
        // the griffie has no fractie to start a fractie thread in
        assertThatThrownBy(() -> discussions.post(griffie, topic, null, Visibility.FRACTIE, "Intern"))
                .isInstanceOf(DiscussionRefused.class);
    }

    @Test
    void theThreadsOfABeslotenOrGeheimPaperAreOnlyForWhoMayReadThePaper() {
        CouncilFactory factory = new CouncilFactory(council);
        UUID otherBody = factory.body("Provinciale Staten van Utrecht");
        Viewer a = viewer(Role.MEMBER, personA);
        Viewer b = viewer(Role.MEMBER, personB);
        Viewer staffA = viewer(Role.FRACTION_STAFF, staffPersonA);
        Viewer elsewhere = viewer(Role.MEMBER, factory.person(otherBody, "Jan Utrecht"));
        Viewer griffie = viewer(Role.GRIFFIE, null);
        Topic besloten = Topic.paper(paper("vertrouwelijk"));

        discussions.post(a, besloten, null, Visibility.STATEN, "Besloten overleg");
        assertThat(texts(discussions.read(b, besloten))).containsExactly("Besloten overleg");
        assertThat(discussions.read(griffie, besloten)).isPresent();
        assertThat(discussions.read(elsewhere, besloten)).isEmpty();
        assertThat(discussions.read(staffA, besloten)).isEmpty();
        assertThatThrownBy(() -> discussions.post(elsewhere, besloten, null, Visibility.STATEN, "Ik ook"))
                .isInstanceOf(NoSuchElementException.class);

        UUID geheimId = paper("geheim");
        council.setPaperReaders(geheimId, null, Set.of(personA));
        Topic geheim = Topic.paper(geheimId);
        discussions.post(a, geheim, null, Visibility.STATEN, "Onder geheimhouding");
        assertThat(discussions.read(a, geheim)).isPresent();
        assertThat(discussions.read(b, geheim)).isEmpty();

        // every read of a discussion of a paper that is not public is on record, with who read it
        assertThat(jdbc.sql("select count(*) from audit_entry where name = 'discussie-gelezen' and object_id = :paper"
                                + " and actor_id = :actor")
                        .param("paper", besloten.id().toString())
                        .param("actor", "account:" + b.account())
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
        // and a discussion of a public paper is not: it would drown the log
        Topic open = Topic.paper(paper(null));
        discussions.read(b, open);
        assertThat(jdbc.sql("select count(*) from audit_entry where name = 'discussie-gelezen' and object_id = :paper")
                        .param("paper", open.id().toString())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theDiscussionOfAnAgendaItemIsForTheMembersOfItsMeetingsStaten() {
        CouncilFactory factory = new CouncilFactory(council);
        UUID otherBody = factory.body("Provinciale Staten van Gelderland");
        UUID meeting = council.save(
                        new Meeting(
                                null,
                                body,
                                null,
                                "Statenvergadering",
                                MeetingType.STATENVERGADERING,
                                MeetingState.PLANNED,
                                LocalDate.now(),
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
        UUID item = council.save(
                        new AgendaItem(
                                null,
                                body,
                                null,
                                meeting,
                                null,
                                "4",
                                4,
                                "Omgevingsvisie",
                                null,
                                null,
                                false,
                                false,
                                false,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null),
                        null)
                .id();
        Topic topic = Topic.agendaItem(item);
        Viewer a = viewer(Role.MEMBER, personA);
        Post posted = discussions.post(a, topic, null, Visibility.STATEN, "Wie spreekt bij punt 4?");
        assertThat(discussions
                        .read(viewer(Role.MEMBER, personB), topic)
                        .orElseThrow()
                        .title())
                .isEqualTo("4 Omgevingsvisie");
        assertThat(discussions.read(viewer(Role.GRIFFIE, null), topic)).isPresent();
        assertThat(discussions.read(viewer(Role.MEMBER, factory.person(otherBody, "Gert Gelder")), topic))
                .isEmpty();
        assertThat(discussions.read(viewer(Role.RESIDENT, null), topic)).isEmpty();
        assertThat(discussions.topicOf(a, posted.id())).contains(topic);

        // the meeting's page leads those who may take part to it, and nobody else
        String link = "href=\"/agendapunten/" + item + "/discussie\"";
        String page = "/vergaderingen/" + meeting;
        assertThat(TestBrowser.signedIn(context, port, Role.MEMBER, member(factory, "Bas Polder", fractieB))
                        .get(page)
                        .body())
                .contains(link);
        assertThat(new TestBrowser(port).get(page).body())
                .contains("Omgevingsvisie")
                .doesNotContain(link);
        assertThat(TestBrowser.signedIn(context, port, Role.MEMBER, factory.person(otherBody, "Gerda Gelder"))
                        .get(page)
                        .body())
                .doesNotContain(link);
    }

    @Test
    void anAuthorEditsWithinFifteenMinutesKeepingTheOldTextAndDeletesOwnPostsOnly() {
        Viewer a = viewer(Role.MEMBER, personA);
        Viewer b = viewer(Role.MEMBER, personB);
        Topic topic = Topic.paper(paper(null));
        Post post = discussions.post(a, topic, null, Visibility.STATEN, "Eerste versie");
        assertThat(post.editable()).isTrue();

        Post edited = discussions.edit(a, post.id(), "Tweede versie");
        assertThat(edited.text()).isEqualTo("Tweede versie");
        assertThat(edited.editedAt()).isNotNull();
        assertThat(((JdbcDiscussions) org.springframework.aop.framework.AopProxyUtils.getSingletonTarget(discussions))
                        .history(post.id()))
                .containsExactly("Eerste versie");
        // an entry joins the chain right after its transaction commits: wait for it, a little
        long edits = 0;
        for (long deadline = System.nanoTime() + 10_000_000_000L; edits == 0 && System.nanoTime() < deadline; ) {
            edits = jdbc.sql("select count(*) from audit_entry where name = 'discussiebijdrage-bewerkt'"
                            + " and object_id = :post")
                    .param("post", post.id().toString())
                    .query(Long.class)
                    .single();
            if (edits == 0) {
                Thread.onSpinWait();
            }
        }
        assertThat(edits).isEqualTo(1L);

        assertThatThrownBy(() -> discussions.edit(b, post.id(), "Gekaapt"))
                .isInstanceOf(DiscussionRefused.class)
                .extracting(e -> ((DiscussionRefused) e).messageKey())
                .isEqualTo("discussion.error.notYours");
        assertThatThrownBy(() -> discussions.delete(b, post.id())).isInstanceOf(DiscussionRefused.class);
        assertThatThrownBy(() -> discussions.post(a, topic, null, Visibility.STATEN, "   "))
                .isInstanceOf(DiscussionRefused.class);

        jdbc.sql("update discussion_post set created_at = :then where id = :id")
                .param("then", OffsetDateTime.now().minusMinutes(16))
                .param("id", post.id())
                .update();
        assertThat(discussions
                        .read(a, topic)
                        .orElseThrow()
                        .threads()
                        .getFirst()
                        .opening()
                        .editable())
                .isFalse();
        assertThatThrownBy(() -> discussions.edit(a, post.id(), "Te laat"))
                .isInstanceOf(DiscussionRefused.class)
                .extracting(e -> ((DiscussionRefused) e).messageKey())
                .isEqualTo("discussion.error.tooLate");

        Post reply = discussions.post(b, topic, post.id(), Visibility.STATEN, "Antwoord");
        discussions.delete(a, post.id());
        DiscussionThread thread =
                discussions.read(b, topic).orElseThrow().threads().getFirst();
        assertThat(thread.opening().deleted()).isTrue();
        assertThat(thread.opening().text()).isEmpty();
        assertThat(thread.replies()).extracting(Post::id).containsExactly(reply.id());
    }

    @Test
    void aNewPostNotifiesTheOthersInTheDiscussionWhoMaySeeIt() {
        Viewer a = viewer(Role.MEMBER, personA);
        Viewer a2 = viewer(Role.MEMBER, personA2);
        Viewer b = viewer(Role.MEMBER, personB);
        Topic topic = Topic.paper(paper(null));
        Post open = discussions.post(a, topic, null, Visibility.STATEN, "Open vraag");
        discussions.post(b, topic, open.id(), Visibility.STATEN, "Antwoord van Polderbelang");
        List<Notification> forA = notifications.unread(a.account(), 10);
        assertThat(forA).hasSize(1);
        assertThat(forA.getFirst().url())
                .endsWith("/stukken/" + topic.id() + "/discussie#bijdrage-"
                        + forA.getFirst().objectId());

        discussions.post(a2, topic, null, Visibility.FRACTIE, "Onder ons");
        assertThat(notifications.unread(a.account(), 10)).hasSize(2);
        assertThat(notifications.unread(b.account(), 10)).isEmpty();
        assertThat(notifications.unread(a2.account(), 10)).isEmpty();
    }

    @Test
    void thePageShowsMarkupAsTextAndOnlyWebAddressesAsLinks() {
        UUID paperId = paper(null);
        TestBrowser member = TestBrowser.signedIn(context, port, Role.MEMBER, personA);
        String path = "/stukken/" + paperId + "/discussie";
        // the paper's page leads a member there, and only a member
        TestBrowser.Response paperPage = member.get("/stukken/" + paperId);
        assertThat(paperPage.body()).contains("href=\"" + path + "\"");
        assertThat(paperPage.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        assertThat(new TestBrowser(port).get("/stukken/" + paperId).body()).doesNotContain(path);
        TestBrowser.Response page = member.get(path);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(v -> assertThat(v).contains("no-store"));

        String hostile = "<script>alert(1)</script> <img src=x onerror=alert(2)> [klik](javascript:alert(3))"
                + " javascript:alert(4) zie https://www.flevoland.nl/besluit?a=1&b=2\" onmouseover=\"alert(5)";
        TestBrowser.Response posted = member.post(path, Map.of("tekst", hostile, "_csrf", page.csrf()));
        assertThat(posted.status()).isEqualTo(302);
        String body = member.follow(posted).body();
        assertThat(body)
                .doesNotContain("<script>alert", "<img src=x", "href=\"javascript:")
                // the quote ends the link, and what follows is text, not an attribute of any tag
                .doesNotContainPattern("<[^>]*onmouseover")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(2)&gt;")
                .contains("<a class=\"utrecht-link\" href=\"https://www.flevoland.nl/besluit?a=1&amp;b=2\"");

        // without the token the post is refused
        assertThat(member.post(path, Map.of("tekst", "Zonder token")).status()).isEqualTo(403);
        // residents and readers who are not signed in do not reach it
        assertThat(new TestBrowser(port).get(path).location()).endsWith("/inloggen");
        assertThat(TestBrowser.signedIn(context, port, Role.RESIDENT, null)
                        .get(path)
                        .status())
                .isEqualTo(404);
    }
}
