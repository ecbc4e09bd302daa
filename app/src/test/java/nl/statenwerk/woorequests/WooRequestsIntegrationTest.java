package nl.statenwerk.woorequests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.statenwerk.StatenwerkTest;
import nl.statenwerk.accounts.Accounts;
import nl.statenwerk.accounts.DigestPreference;
import nl.statenwerk.accounts.Role;
import nl.statenwerk.accounts.UserAccount;
import nl.statenwerk.audit.Actor;
import nl.statenwerk.council.Body;
import nl.statenwerk.council.BodyClassification;
import nl.statenwerk.council.Council;
import nl.statenwerk.council.Paper;
import nl.statenwerk.files.FileCatalog;
import nl.statenwerk.files.StoredContent;
import nl.statenwerk.files.StoredFile;
import nl.statenwerk.notifications.Notification;
import nl.statenwerk.notifications.Notifications;
import nl.statenwerk.search.SearchIndex;
import nl.statenwerk.search.SearchQuery;
import nl.statenwerk.woorequests.WooTerms.Extension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@StatenwerkTest
class WooRequestsIntegrationTest {

    private static final Actor GRIFFIER = Actor.administrator("griffier");

    @Autowired
    WooRequests requests;

    @Autowired
    FileCatalog files;

    @Autowired
    Council council;

    @Autowired
    Accounts accounts;

    @Autowired
    Notifications notifications;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SearchIndex search;

    UUID bodyId;

    @BeforeEach
    void body() {
        bodyId = council.save(
                        new Body(
                                null,
                                "https://example.org/body/" + UUID.randomUUID(),
                                "Provinciale Staten van Flevoland",
                                "PS Flevoland",
                                BodyClassification.PROVINCIE,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null),
                        null)
                .id();
    }

    @Test
    void registersARequestWithItsFirstTermAndNumber() {
        WooRequest request = register(LocalDate.of(2026, 3, 2));

        assertThat(request.reference()).matches("WOO-2026-\\d{4}");
        assertThat(request.status()).isEqualTo(WooStatus.RECEIVED);
        assertThat(request.deadline()).isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(request.requesterName()).isEqualTo("J. Jansen");
    }

    @Test
    void extendsOnceBeforeTheFirstTermEndsAndRefusesASecondExtension() {
        LocalDate today = LocalDate.now(WooRequestsConfiguration.ZONE);
        WooRequest request = register(today.minusDays(10));

        WooRequest extended = requests.extend(request.id(), new Extension(today, 14, "omvangrijk verzoek"), GRIFFIER);

        assertThat(extended.status()).isEqualTo(WooStatus.EXTENDED);
        assertThat(extended.deadline())
                .isEqualTo(
                        WooTerms.nextWorkingDay(today.minusDays(10).plusWeeks(4).plusDays(14)));
        assertThatThrownBy(() -> requests.extend(request.id(), new Extension(today, 7, "nog eens"), GRIFFIER))
                .isInstanceOf(WooActionRefused.class)
                .extracting(e -> ((WooActionRefused) e).messageKey())
                .isEqualTo("woo.refused.secondExtension");
        assertThat(requests.find(request.id()).orElseThrow().extension().days()).isEqualTo(14);
    }

    @Test
    void refusesAnExtensionAfterTheFirstTermEnded() {
        WooRequest request = register(LocalDate.of(2026, 3, 2));

        assertThatThrownBy(() -> requests.extend(
                        request.id(), new Extension(LocalDate.of(2026, 3, 31), 14, "te laat"), GRIFFIER))
                .isInstanceOf(WooActionRefused.class)
                .extracting(e -> ((WooActionRefused) e).messageKey())
                .isEqualTo("woo.refused.extensionTooLate");
        // on the last day of the term it is still in time
        assertThat(requests.extend(request.id(), new Extension(LocalDate.of(2026, 3, 30), 14, "op tijd"), GRIFFIER)
                        .deadline())
                .isEqualTo(LocalDate.of(2026, 4, 13));
    }

    @Test
    void aZienswijzeSuspendsTheTermUntilItIsReceived() {
        LocalDate today = LocalDate.now(WooRequestsConfiguration.ZONE);
        WooRequest request = register(today.minusDays(7));
        LocalDate plain = request.deadline();

        WooRequest suspended = requests.askZienswijze(request.id(), today.minusDays(3), today.plusDays(11), GRIFFIER);
        assertThat(suspended.status()).isEqualTo(WooStatus.SUSPENDED);
        assertThat(suspended.deadline())
                .isAfterOrEqualTo(today.minusDays(7).plusWeeks(4).plusDays(14));
        assertThatThrownBy(() -> requests.askZienswijze(request.id(), today, today.plusDays(14), GRIFFIER))
                .isInstanceOf(WooActionRefused.class);

        WooRequest resumed = requests.zienswijzeReceived(request.id(), today, GRIFFIER);
        assertThat(resumed.status()).isEqualTo(WooStatus.IN_PROGRESS);
        assertThat(resumed.deadline())
                .isEqualTo(
                        WooTerms.nextWorkingDay(today.minusDays(7).plusWeeks(4).plusDays(3)))
                .isAfter(plain.minusDays(1));
    }

    @Test
    void publishingMakesTheDecisionInventoryAndOpenbaarDocumentsPublicAndKeepsTheRestClosed() {
        WooRequest request =
                register(LocalDate.now(WooRequestsConfiguration.ZONE).minusDays(20));
        UUID open = file("Nota over windmolens, openbaar");
        UUID closed = file("Advies met bedrijfsgegevens, niet openbaar");
        UUID partly = file("Brief met namen");
        UUID partlyRedacted = file("Brief met [5.1.2e] weggelakt");

        requests.addDocument(request.id(), "Nota windmolens", LocalDate.of(2026, 1, 5), open, null, GRIFFIER);
        requests.addDocument(request.id(), "Advies", LocalDate.of(2026, 1, 9), closed, null, GRIFFIER);
        requests.addDocument(request.id(), "Brief", LocalDate.of(2026, 1, 12), partly, null, GRIFFIER);
        // gathered files are not public while the request is handled
        assertThat(council.isFilePublic(open)).isFalse();
        assertThat(council.isFilePublic(closed)).isFalse();

        requests.assess(request.id(), 1, Assessment.PUBLIC, List.of(), null, GRIFFIER);
        requests.assess(request.id(), 2, Assessment.NOT_PUBLIC, List.of("5.1.1c"), null, GRIFFIER);
        assertThatThrownBy(() ->
                        requests.assess(request.id(), 3, Assessment.PARTLY_PUBLIC, List.of("9.9"), null, GRIFFIER))
                .isInstanceOf(WooActionRefused.class);
        requests.assess(request.id(), 3, Assessment.PARTLY_PUBLIC, List.of("5.1.2e"), partlyRedacted, GRIFFIER);

        assertThat(requests.documents(request.id()))
                .extracting(WooDocument::number, WooDocument::assessment, WooDocument::grounds)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, Assessment.PUBLIC, List.of()),
                        org.assertj.core.groups.Tuple.tuple(2, Assessment.NOT_PUBLIC, List.of("5.1.1c")),
                        org.assertj.core.groups.Tuple.tuple(3, Assessment.PARTLY_PUBLIC, List.of("5.1.2e")));

        assertThatThrownBy(() -> requests.publish(request.id(), GRIFFIER))
                .isInstanceOf(WooActionRefused.class)
                .extracting(e -> ((WooActionRefused) e).messageKey())
                .isEqualTo("woo.refused.notDecided");

        UUID decisionFile = file("Besluit op het Woo-verzoek");
        WooRequest decided = requests.decide(
                request.id(),
                LocalDate.now(WooRequestsConfiguration.ZONE),
                DecisionOutcome.PARTLY_GRANTED,
                decisionFile,
                GRIFFIER);
        assertThat(decided.status()).isEqualTo(WooStatus.DECIDED);
        assertThat(council.isFilePublic(decisionFile)).isFalse();

        UUID paperId = requests.publish(request.id(), GRIFFIER);

        Paper paper = council.findPublic(Paper.class, paperId).orElseThrow();
        assertThat(paper.name()).contains(request.reference(), "windmolens");
        assertThat(requests.find(request.id()).orElseThrow().status()).isEqualTo(WooStatus.PUBLISHED);
        assertThat(council.isFilePublic(decisionFile)).isTrue();
        assertThat(council.isFilePublic(open)).isTrue();
        assertThat(council.isFilePublic(partlyRedacted)).isTrue();
        assertThat(council.isFilePublic(closed)).isFalse();
        assertThat(council.isFilePublic(partly)).isFalse();
        List<UUID> published = jdbc.sql("select file_id from paper_file where paper_id = :p order by position")
                .param("p", paperId)
                .query(UUID.class)
                .list();
        assertThat(published).hasSize(4).startsWith(decisionFile).contains(open, partlyRedacted);
        assertThat(published).doesNotContain(closed, partly);

        StoredFile inventory = files.find(published.get(1)).orElseThrow();
        assertThat(inventory.name()).startsWith("Inventarislijst");
        String csv = read(inventory.sha256());
        assertThat(csv)
                .contains("1;Nota windmolens;2026-01-05;openbaar;")
                .contains("2;Advies;2026-01-09;niet openbaar;5.1.1c")
                .contains("3;Brief;2026-01-12;deels openbaar;5.1.2e")
                .doesNotContain("J. Jansen");
        assertThat(paper.toString()).doesNotContain("J. Jansen");

        assertThatThrownBy(() -> requests.publish(request.id(), GRIFFIER)).isInstanceOf(WooActionRefused.class);
        // the public paper is found by the search; the working paper with what is withheld is not
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(
                                search.search(SearchQuery.of("Besluit op Woo-verzoek " + request.reference()))
                                        .hits())
                        .anyMatch(h -> h.id().contains(paperId.toString())));
        assertThat(search.search(SearchQuery.of("verzamelde documenten " + request.reference()))
                        .hits())
                .noneMatch(
                        h -> h.id().contains(request.reference()) || h.title().contains("verzamelde documenten"));
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(auditNames(request.id()))
                        .containsExactly(
                                "woo-verzoek-geregistreerd",
                                "woo-document-toegevoegd",
                                "woo-document-toegevoegd",
                                "woo-document-toegevoegd",
                                "woo-document-beoordeeld",
                                "woo-document-beoordeeld",
                                "woo-document-beoordeeld",
                                "woo-verzoek-besloten",
                                "woo-verzoek-gepubliceerd"));
        assertThat(jdbc.sql("select count(*) from audit_entry where outcome like '%Jansen%'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void tellsTheGriffieOnceOfADeadlineThatIsNear() {
        UserAccount griffier =
                accounts.create("Griffier", "griffier-" + UUID.randomUUID() + "@example.org", DigestPreference.NONE);
        accounts.grant(griffier.id(), Role.GRIFFIE);
        LocalDate today = LocalDate.now(WooRequestsConfiguration.ZONE);
        WooRequest near = register(today.minusWeeks(4).plusDays(1));
        WooRequest far = register(today);

        requests.remindOfDeadlines(5);
        requests.remindOfDeadlines(5);

        List<Notification> received = notifications.unread(griffier.id(), 100);
        assertThat(received).filteredOn(n -> near.reference().equals(n.topic())).hasSize(1);
        assertThat(received).noneMatch(n -> far.reference().equals(n.topic()));
    }

    private WooRequest register(LocalDate received) {
        return requests.register(
                new NewWooRequest(
                        bodyId,
                        "Alle documenten over windmolens bij Lelystad",
                        Channel.EMAIL,
                        received,
                        "J. Jansen",
                        "j.jansen@example.org"),
                GRIFFIER);
    }

    private UUID file(String text) {
        try {
            StoredContent content = files.store(
                    new ByteArrayInputStream((text + " " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8)),
                    "text/plain",
                    "document.txt");
            return files.save(StoredFile.of(bodyId, null, text, "document.txt", "text/plain", content), null)
                    .id();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String read(String sha256) {
        try (var in = files.open(sha256)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> auditNames(UUID requestId) {
        return jdbc.sql(
                        "select name from audit_entry where object_type = 'woo-verzoek' and object_id = :id order by seq")
                .param("id", requestId.toString())
                .query(String.class)
                .list();
    }
}
