package nl.statenwerk.annotations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import nl.statenwerk.CouncilFactory;
import nl.statenwerk.StatenwerkTest;
import nl.statenwerk.TestBrowser;
import nl.statenwerk.access.Viewer;
import nl.statenwerk.access.Viewers;
import nl.statenwerk.accounts.Accounts;
import nl.statenwerk.accounts.DigestPreference;
import nl.statenwerk.accounts.Role;
import nl.statenwerk.council.Council;
import nl.statenwerk.council.OrganizationClassification;
import nl.statenwerk.council.Paper;
import nl.statenwerk.council.PaperFile;
import nl.statenwerk.council.PaperType;
import nl.statenwerk.files.FileCatalog;
import nl.statenwerk.files.FileRejectedException;
import nl.statenwerk.files.StoredContent;
import nl.statenwerk.files.StoredFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Annotations on real PDFs: who sees them, and how they survive a new version of the file. */
@StatenwerkTest
class AnnotationsIntegrationTest {

    private static final String INVESTMENT = "Het college stelt voor om 12 miljoen euro te investeren in de dijk.";
    private static final String LIBRARY = "Daarnaast gaat 3 ton subsidie naar de bibliotheek van Urk.";

    @Autowired
    Annotations annotations;

    @Autowired
    FileCatalog files;

    @Autowired
    Council council;

    @Autowired
    Accounts accounts;

    @Autowired
    Viewers viewers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @LocalServerPort
    int port;

    UUID body;
    UUID personA;
    UUID personA2;
    UUID personB;

    @BeforeEach
    void council() {
        CouncilFactory factory = new CouncilFactory(council);
        body = factory.body("Provinciale Staten van Flevoland");
        UUID fractieA = factory.organization(body, "Fractie Groen Vooruit", OrganizationClassification.FRACTIE);
        UUID fractieB = factory.organization(body, "Fractie Polderbelang", OrganizationClassification.FRACTIE);
        personA = factory.person(body, "Ria Groen");
        personA2 = factory.person(body, "Sam Groen");
        personB = factory.person(body, "Kees Polder");
        factory.membership(personA, fractieA, body, LocalDate.now().minusYears(1), null);
        factory.membership(personA2, fractieA, body, LocalDate.now().minusYears(1), null);
        factory.membership(personB, fractieB, body, LocalDate.now().minusYears(1), null);
    }

    @Test
    void personalAnnotationsAreTheAuthorsAndFractieOnesTheFractiesOnly() {
        UUID file = paperWithFile(null, "bron:" + UUID.randomUUID(), pdf("Inleiding", INVESTMENT + "\n" + LIBRARY));
        Viewer a = viewer(Role.MEMBER, personA);
        Viewer a2 = viewer(Role.MEMBER, personA2);
        Viewer b = viewer(Role.MEMBER, personB);
        Viewer griffie = viewer(Role.GRIFFIE, null);

        Annotation personal =
                annotations.add(a, selection(file, 2, INVESTMENT, "12 miljoen euro", "Te veel?", Sharing.PERSONAL));
        Annotation shared = annotations.add(a, selection(file, 2, LIBRARY, "3 ton", "Navragen", Sharing.FRACTIE));
        assertThat(personal.position()).isNotNull();
        assertThat(personal.position().page()).isEqualTo(2);
        assertThat(shared.fractieName()).isEqualTo("Fractie Groen Vooruit");

        assertThat(annotations.list(a, file)).extracting(Annotation::id).containsExactly(personal.id(), shared.id());
        assertThat(annotations.list(a2, file)).extracting(Annotation::id).containsExactly(shared.id());
        assertThat(annotations.list(a2, file).getFirst().mine()).isFalse();
        assertThat(annotations.list(b, file)).isEmpty();
        assertThat(annotations.list(griffie, file)).isEmpty();
        assertThatThrownBy(() -> annotations.list(viewer(Role.RESIDENT, null), file))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> annotations.list(Viewer.PUBLIC, file)).isInstanceOf(NoSuchElementException.class);

        // only the author deletes
        assertThat(annotations.delete(a2, shared.id())).isFalse();
        assertThat(annotations.delete(a, shared.id())).isTrue();
        assertThat(annotations.list(a2, file)).isEmpty();
        // a quote the file does not have is refused
        assertThatThrownBy(() -> annotations.add(
                        a, new NewAnnotation(file, 1, new Quote("niet in dit stuk", "", ""), "", Sharing.PERSONAL)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFileOfABeslotenPaperIsAnnotatedOnlyByWhoMayReadItAndEachReadIsOnRecord() {
        UUID file = paperWithFile("vertrouwelijk", "bron:" + UUID.randomUUID(), pdf(INVESTMENT));
        CouncilFactory factory = new CouncilFactory(council);
        Viewer elsewhere = viewer(Role.MEMBER, factory.person(factory.body("Provinciale Staten van Utrecht"), "Jan"));
        Viewer a = viewer(Role.MEMBER, personA);

        annotations.add(a, selection(file, 1, INVESTMENT, "12 miljoen euro", "", Sharing.PERSONAL));
        assertThat(annotations.mayAnnotate(a, file)).isTrue();
        assertThat(annotations.mayAnnotate(elsewhere, file)).isFalse();
        assertThatThrownBy(() -> annotations.list(elsewhere, file)).isInstanceOf(NoSuchElementException.class);
        assertThat(annotations.list(a, file)).hasSize(1);
        assertThat(jdbc.sql(
                                "select count(*) from audit_entry where name = 'aantekeningen-gelezen' and object_id = :file")
                        .param("file", file.toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
    }

    @Test
    void aNewVersionOfTheFileKeepsTheAnnotationsWhoseTextIsStillThere() {
        String source = "bron:" + UUID.randomUUID();
        UUID file = paperWithFile(null, source, pdf("Inleiding", INVESTMENT + "\n" + LIBRARY));
        Viewer a = viewer(Role.MEMBER, personA);
        Annotation kept =
                annotations.add(a, selection(file, 2, INVESTMENT, "12 miljoen euro", "Te veel?", Sharing.PERSONAL));
        Annotation lost = annotations.add(a, selection(file, 2, LIBRARY, "3 ton", "Navragen", Sharing.PERSONAL));
        String v1 = kept.contentHash();

        // the second version has a summary page first, and text before the investment; the library is gone
        UUID same = store(
                source,
                pdf("Inleiding", "Samenvatting van de wijzigingen", "Na overleg met het waterschap. " + INVESTMENT));
        assertThat(same).isEqualTo(file);
        assertThat(files.awaitExtraction(List.of(file), Duration.ofSeconds(30))).isTrue();

        List<Annotation> after = annotations.list(a, file);
        Annotation moved =
                after.stream().filter(x -> x.id().equals(kept.id())).findFirst().orElseThrow();
        assertThat(moved.found()).isTrue();
        assertThat(moved.contentHash()).isNotEqualTo(v1);
        assertThat(moved.position().page()).isEqualTo(3);
        String page3 = files.pages(file).get(2).text();
        assertThat(page3.substring(moved.position().start(), moved.position().end()))
                .isEqualTo("12 miljoen euro");
        assertThat(moved.note()).isEqualTo("Te veel?");

        Annotation gone =
                after.stream().filter(x -> x.id().equals(lost.id())).findFirst().orElseThrow();
        assertThat(gone.found()).isFalse();
        assertThat(gone.quote().exact()).isEqualTo("3 ton");
        // the ones no longer found come last, so the list reads as the document does
        assertThat(after.getLast().id()).isEqualTo(lost.id());
    }

    @Test
    void theJsonApiIsForSignedInMembersOnly() {
        UUID file = paperWithFile(null, "bron:" + UUID.randomUUID(), pdf(INVESTMENT));
        annotations.add(
                viewer(Role.MEMBER, personA),
                selection(file, 1, INVESTMENT, "12 miljoen euro", "Te veel?", Sharing.PERSONAL));
        TestBrowser member = TestBrowser.signedIn(context, port, Role.MEMBER, personA2);
        TestBrowser.Response list = member.get("/annotaties?bestand=" + file);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("\"items\":[]");
        assertThat(list.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        assertThat(TestBrowser.signedIn(context, port, Role.RESIDENT, null)
                        .get("/annotaties?bestand=" + file)
                        .status())
                .isEqualTo(404);
        assertThat(new TestBrowser(port).get("/annotaties?bestand=" + file).location())
                .endsWith("/inloggen");
        // a change without the CSRF token is refused
        assertThat(member.post("/annotaties?bestand=" + file, java.util.Map.of("page", "1"))
                        .status())
                .isEqualTo(403);
    }

    private static NewAnnotation selection(
            UUID file, int page, String sentence, String exact, String note, Sharing sharing) {
        int at = sentence.indexOf(exact);
        return new NewAnnotation(
                file,
                page,
                new Quote(exact, sentence.substring(0, at), sentence.substring(at + exact.length())),
                note,
                sharing);
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

    private UUID paperWithFile(@Nullable String confidentiality, String source, byte[] pdf) {
        UUID paper = council.save(
                        Paper.written(body, "Statenvoorstel dijk", null, null, PaperType.OTHER, confidentiality, null),
                        null)
                .id();
        UUID file = store(source, pdf);
        council.links().replacePaperFiles(paper, List.of(new PaperFile(paper, file, PaperFile.Role.MAIN, 0)));
        assertThat(files.awaitExtraction(List.of(file), Duration.ofSeconds(30))).isTrue();
        return file;
    }

    private UUID store(String source, byte[] pdf) {
        StoredContent content;
        try {
            content = files.store(new ByteArrayInputStream(pdf), "application/pdf", "voorstel.pdf");
        } catch (FileRejectedException e) {
            throw new AssertionError(e);
        }
        return files.save(
                        StoredFile.of(body, source, "Statenvoorstel", "voorstel.pdf", "application/pdf", content), null)
                .id();
    }

    /** A PDF with one page per text, each line of a text a line on its page. */
    static byte[] pdf(String... pages) {
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (String text : pages) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 11);
                    content.setLeading(14);
                    content.newLineAtOffset(50, 720);
                    for (String line : text.split("\n")) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
