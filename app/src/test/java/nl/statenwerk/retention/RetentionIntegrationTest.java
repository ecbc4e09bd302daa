package nl.statenwerk.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.NoSuchFileException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.statenwerk.PaperBundle;
import nl.statenwerk.StatenwerkTest;
import nl.statenwerk.accounts.Accounts;
import nl.statenwerk.accounts.DigestPreference;
import nl.statenwerk.accounts.Role;
import nl.statenwerk.audit.Actor;
import nl.statenwerk.council.Body;
import nl.statenwerk.council.BodyClassification;
import nl.statenwerk.council.Council;
import nl.statenwerk.council.Paper;
import nl.statenwerk.council.PaperFile;
import nl.statenwerk.council.PaperType;
import nl.statenwerk.files.FileCatalog;
import nl.statenwerk.files.StoredContent;
import nl.statenwerk.files.StoredFile;
import nl.statenwerk.records.RecordKind;
import nl.statenwerk.search.SearchIndex;
import nl.statenwerk.search.SearchQuery;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Proposal, legal holds, approval and destruction on a body of its own per test, with real PDFs in the content store,
 * against the portal and the OParl API of the running application.
 */
@StatenwerkTest
class RetentionIntegrationTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Autowired
    Retention retention;

    @Autowired
    LegalHolds holds;

    @Autowired
    Council council;

    @Autowired
    FileCatalog files;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SearchIndex search;

    @LocalServerPort
    int port;

    @Test
    void proposesRecordsOfCategoryVPastTheirTermAndNeverKeptUndecidedOrHeldOnes() throws Exception {
        UUID body = body();
        UUID due = paper(body, "Brief van een gemeente", PaperType.INGEKOMEN_STUK, LocalDate.of(2015, 3, 1), "a");
        UUID dueToday = paper(body, "Mededeling precies op termijn", PaperType.MEDEDELING, TODAY.minusYears(10), "b");
        UUID young = paper(
                body,
                "Recente brief",
                PaperType.INGEKOMEN_STUK,
                TODAY.minusYears(10).plusDays(1),
                "c");
        UUID kept = paper(body, "Oude motie", PaperType.MOTIE, LocalDate.of(1995, 1, 1), "d");
        UUID undecided = paper(body, "Oud overig stuk", PaperType.OTHER, LocalDate.of(1995, 1, 1), "e");
        UUID held = paper(body, "Brief in een rechtszaak", PaperType.INGEKOMEN_STUK, LocalDate.of(2012, 5, 1), "f");
        holds.place(HoldScope.PAPER, held.toString(), "Beroepszaak bij de rechtbank", Actor.administrator("test"));

        Retention.Proposal proposal = retention.propose(body, TODAY, Actor.SYSTEM);

        assertThat(proposal.list().state()).isEqualTo(ListState.DRAFT);
        assertThat(proposal.added()).isEqualTo(2);
        List<ListedRecord> listed = retention.records(proposal.list().id());
        assertThat(listed).extracting(ListedRecord::recordId).containsExactlyInAnyOrder(due, dueToday);
        assertThat(listed).extracting(ListedRecord::recordId).doesNotContain(young, kept, undecided, held);
        ListedRecord letter = listed.stream()
                .filter(r -> r.recordId().equals(due))
                .findFirst()
                .orElseThrow();
        assertThat(letter.identification()).isEqualTo("2026-r-a");
        assertThat(letter.title()).isEqualTo("Brief van een gemeente");
        assertThat(letter.categoryCode()).isEqualTo("PS-INGEKOMEN");
        assertThat(letter.closedDate()).isEqualTo(LocalDate.of(2015, 3, 1));
        assertThat(letter.dueDate()).isEqualTo(LocalDate.of(2025, 3, 1));

        // proposing again adds nothing twice; a record the griffier removed stays off this draft
        retention.remove(proposal.list().id(), RecordKind.PAPER, dueToday, "Nog nodig voor een dossier", Actor.SYSTEM);
        assertThat(retention.propose(body, TODAY, Actor.SYSTEM).added()).isZero();
        assertThat(retention.records(proposal.list().id()))
                .filteredOn(r -> r.recordId().equals(dueToday))
                .extracting(ListedRecord::state, ListedRecord::removedReason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ItemState.REMOVED, "Nog nodig voor een dossier"));

        // a hold on the whole category keeps every record of it off the list
        UUID other = body();
        paper(other, "Nog een brief", PaperType.INGEKOMEN_STUK, LocalDate.of(2014, 1, 1), "g");
        LegalHold category =
                holds.place(HoldScope.CATEGORY, "PS-INGEKOMEN", "Woo-verzoek over ingekomen stukken", Actor.SYSTEM);
        try {
            assertThat(retention.propose(other, TODAY, Actor.SYSTEM).added()).isZero();
            assertThat(retention.counts(TODAY).held()).isGreaterThanOrEqualTo(1);
        } finally {
            holds.lift(category.id(), Actor.SYSTEM);
        }
        assertThat(retention.propose(other, TODAY, Actor.SYSTEM).added()).isEqualTo(1);
    }

    @Test
    void theNightlyJobIsScheduledAndProposesForEveryBody() {
        assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_name = 'propose-destruction'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        UUID body = body();
        UUID due = paper(body, "Mededeling van lang geleden", PaperType.MEDEDELING, LocalDate.of(2001, 9, 1), "a");

        RetentionConfiguration.proposeForEveryBody(retention, jdbc);

        DestructionList draft = retention.lists().stream()
                .filter(l -> l.bodyId().equals(body))
                .findFirst()
                .orElseThrow();
        assertThat(draft.state()).isEqualTo(ListState.DRAFT);
        assertThat(draft.drawnUpBy()).isEqualTo(Actor.SYSTEM.id());
        assertThat(retention.records(draft.id()))
                .extracting(ListedRecord::recordId)
                .containsExactly(due);
    }

    @Test
    void nothingIsDestroyedWithoutAnApprovedListAndOnlyAnotherGriffierApproves() throws Exception {
        UUID body = body();
        UUID paper = paper(body, "Brief zonder goedkeuring", PaperType.INGEKOMEN_STUK, LocalDate.of(2010, 1, 1), "a");
        UUID drafter = griffier();
        UUID colleague = griffier();
        UUID resident = accounts.create("Inwoner", UUID.randomUUID() + "@test.invalid", DigestPreference.NONE)
                .id();
        Retention.Proposal proposal = retention.propose(body, TODAY, Actor.account(drafter));
        UUID list = proposal.list().id();

        assertThatThrownBy(() -> retention.destroy(list, Actor.SYSTEM)).isInstanceOf(DestructionRefused.class);
        assertThat(council.find(Paper.class, paper).orElseThrow().deletedAt()).isNull();
        assertThat(jdbc.sql("select count(*) from destruction_record where list_id = :l")
                        .param("l", list)
                        .query(Long.class)
                        .single())
                .isZero();

        assertThatThrownBy(() -> retention.approve(list, resident)).isInstanceOf(DestructionRefused.class);
        assertThatThrownBy(() -> retention.approve(list, drafter))
                .isInstanceOf(DestructionRefused.class)
                .hasMessageContaining("andere griffie-account");
        DestructionList approved = retention.approve(list, colleague);
        assertThat(approved.state()).isEqualTo(ListState.APPROVED);
        assertThat(approved.approvedBy()).isEqualTo(Actor.account(colleague).id());
        assertThat(approved.approvalNote()).isNull();
        // an approved list no longer changes
        assertThatThrownBy(() -> retention.remove(list, RecordKind.PAPER, paper, "te laat", Actor.SYSTEM))
                .isInstanceOf(DestructionRefused.class);
    }

    @Test
    void destructionRemovesContentAndPublicationKeepsTheRecordAndRespectsALateHold() throws Exception {
        UUID body = body();
        byte[] own = pdf("Inhoud die vernietigd wordt " + UUID.randomUUID());
        byte[] common = pdf("Gedeelde inhoud " + UUID.randomUUID());
        UUID destroyed = paper(
                body, "Zwaluwstaartbrief om te vernietigen", PaperType.INGEKOMEN_STUK, LocalDate.of(2011, 6, 1), "a");
        String ownSha = attach(body, destroyed, "a", own);
        UUID sharing = paper(body, "Oude mededeling", PaperType.MEDEDELING, LocalDate.of(2012, 6, 1), "b");
        String commonSha = attach(body, sharing, "b", common);
        UUID keeper = paper(body, "Statenvoorstel met dezelfde bijlage", PaperType.STATENVOORSTEL, TODAY, "c");
        attach(body, keeper, "c", common);
        UUID lateHold =
                paper(body, "Brief die alsnog nodig is", PaperType.INGEKOMEN_STUK, LocalDate.of(2013, 1, 1), "d");
        UUID drafter = griffier();
        UUID approver = griffier();

        assertThat(get("/stukken/" + destroyed)).isEqualTo(200);
        assertThat(get("/oparl/v1/paper/" + destroyed)).isEqualTo(200);
        PaperBundle.await(
                () -> search.search(SearchQuery.of("zwaluwstaartbrief")).total() == 1);

        UUID list =
                retention.propose(body, TODAY, Actor.account(drafter)).list().id();
        assertThat(retention.records(list)).hasSize(3);
        retention.approve(list, approver);
        holds.place(HoldScope.PAPER, lateHold.toString(), "Bezwaarprocedure", Actor.account(drafter));

        List<DestructionRecord> records = retention.destroy(list, Actor.account(approver));

        assertThat(records).extracting(DestructionRecord::recordId).containsExactlyInAnyOrder(destroyed, sharing);
        DestructionRecord letter = records.stream()
                .filter(r -> r.recordId().equals(destroyed))
                .findFirst()
                .orElseThrow();
        assertThat(letter.categoryCode()).isEqualTo("PS-INGEKOMEN");
        assertThat(letter.basis()).contains("selectielijst");
        assertThat(letter.approvedBy()).isEqualTo(Actor.account(approver).id());
        assertThat(letter.filesRemoved()).isEqualTo(1);
        assertThat(records.stream()
                        .filter(r -> r.recordId().equals(sharing))
                        .findFirst()
                        .orElseThrow()
                        .filesKeptShared())
                .isEqualTo(1);
        assertThat(retention.list(list).orElseThrow().state()).isEqualTo(ListState.DESTROYED);
        assertThat(retention.records(list))
                .filteredOn(r -> r.recordId().equals(lateHold))
                .extracting(ListedRecord::state)
                .containsExactly(ItemState.BLOCKED);

        // the content left the store; content another record still has stayed
        assertThatThrownBy(() -> files.open(ownSha).close()).isInstanceOf(NoSuchFileException.class);
        try (InputStream in = files.open(commonSha)) {
            assertThat(in.readAllBytes()).isEqualTo(common);
        }
        Paper gone = council.find(Paper.class, destroyed).orElseThrow();
        assertThat(gone.deletedAt()).isNotNull();
        assertThat(gone.isPublic()).isFalse();
        assertThat(gone.description()).isNull();
        assertThat(get("/stukken/" + destroyed)).isEqualTo(404);
        assertThat(get("/oparl/v1/paper/" + destroyed)).isEqualTo(404);
        assertThat(get("/stukken/" + keeper)).isEqualTo(200);
        PaperBundle.await(
                () -> search.search(SearchQuery.of("zwaluwstaartbrief")).total() == 0);
        assertThat(council.find(Paper.class, lateHold).orElseThrow().deletedAt())
                .isNull();

        // running it again (after a crash, say) changes nothing and keeps one record per destroyed paper
        assertThat(retention.destroy(list, Actor.account(approver))).hasSize(2);
        assertThat(jdbc.sql("select count(*) from destruction_record where list_id = :l")
                        .param("l", list)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        try (InputStream in = files.open(commonSha)) {
            assertThat(in.readAllBytes()).isEqualTo(common);
        }
        RetentionCounts counts = retention.counts(TODAY);
        assertThat(counts.destroyed()).isGreaterThanOrEqualTo(2);
        assertThat(counts.activeHolds()).isGreaterThanOrEqualTo(1);
    }

    private int get(String path) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        }
    }

    private UUID griffier() {
        UUID account = accounts.create("Griffier", UUID.randomUUID() + "@test.invalid", DigestPreference.NONE)
                .id();
        accounts.grant(account, Role.GRIFFIE);
        return account;
    }

    private UUID body() {
        String key = UUID.randomUUID().toString();
        return council.save(
                        new Body(
                                null,
                                "retention:body:" + key,
                                "Provinciale Staten " + key,
                                null,
                                BodyClassification.PROVINCIE,
                                "r" + key.substring(0, 8),
                                null,
                                null,
                                null,
                                null,
                                null),
                        null)
                .id();
    }

    private UUID paper(UUID body, String name, PaperType type, LocalDate date, String key) {
        return council.save(
                        new Paper(
                                null,
                                body,
                                "retention:paper:" + body + ":" + key,
                                name,
                                "2026-r-" + key,
                                date,
                                type,
                                null,
                                null,
                                null,
                                true,
                                "Griffie",
                                name + ".",
                                null,
                                null,
                                null,
                                null,
                                "nl",
                                "1",
                                null,
                                null,
                                null,
                                null),
                        null)
                .id();
    }

    private String attach(UUID body, UUID paper, String key, byte[] pdf) throws Exception {
        StoredContent content = files.store(new ByteArrayInputStream(pdf), "application/pdf", key + ".pdf");
        UUID file = files.save(
                        StoredFile.of(
                                body,
                                "retention:file:" + paper + ":" + key,
                                key,
                                key + ".pdf",
                                "application/pdf",
                                content),
                        content.sha256())
                .id();
        council.links().replacePaperFiles(paper, List.of(new PaperFile(paper, file, PaperFile.Role.MAIN, 0)));
        return content.sha256();
    }

    private static byte[] pdf(String text) throws Exception {
        try (PDDocument document = new PDDocument();
                var out = new java.io.ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                stream.beginText();
                stream.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                stream.newLineAtOffset(72, 700);
                stream.showText(text);
                stream.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }
}
