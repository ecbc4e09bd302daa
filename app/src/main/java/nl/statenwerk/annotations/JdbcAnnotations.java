package nl.statenwerk.annotations;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.statenwerk.access.Viewer;
import nl.statenwerk.accounts.Accounts;
import nl.statenwerk.accounts.Role;
import nl.statenwerk.accounts.UserAccount;
import nl.statenwerk.audit.Actor;
import nl.statenwerk.audit.AuditContext;
import nl.statenwerk.audit.AuditEvent;
import nl.statenwerk.audit.AuditLog;
import nl.statenwerk.audit.ProcessingActivity;
import nl.statenwerk.audit.Subject;
import nl.statenwerk.core.AccessLevel;
import nl.statenwerk.council.Council;
import nl.statenwerk.council.Organization;
import nl.statenwerk.council.OrganizationClassification;
import nl.statenwerk.council.PaperAccess;
import nl.statenwerk.council.PaperFile;
import nl.statenwerk.files.FileCatalog;
import nl.statenwerk.files.FilePage;
import nl.statenwerk.files.FileTextExtracted;
import nl.statenwerk.files.StoredFile;
import nl.statenwerk.files.TextStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional
class JdbcAnnotations implements Annotations {

    /** Members' notes on the papers serve the Staten's own work, as their discussions do. */
    static final ProcessingActivity ANNOTATIONS = new ProcessingActivity(
            "urn:statenwerk:verwerkingsactiviteit:aantekeningen-staten",
            "Provinciewet art. 15, 33 en 82 (werkzaamheden van Provinciale Staten, hun commissies en fracties); AVG art. 6 lid 1 sub e");

    private static final Set<Role> ANNOTATING =
            EnumSet.of(Role.MEMBER, Role.COMMITTEE_MEMBER, Role.FRACTION_STAFF, Role.DEPUTY, Role.GRIFFIE);

    private final JdbcClient jdbc;
    private final Council council;
    private final FileCatalog files;
    private final Accounts accounts;
    private final AuditLog audit;
    private final Clock clock;

    JdbcAnnotations(
            JdbcClient jdbc,
            Council council,
            FileCatalog files,
            Accounts accounts,
            AuditLog audit,
            ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.council = council;
        this.files = files;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock.getIfAvailable(() -> Clock.system(ZoneId.of("Europe/Amsterdam")));
    }

    private record Row(
            UUID id,
            UUID fileId,
            UUID accountId,
            String visibility,
            @Nullable UUID fractieId,
            String exactText,
            String prefixText,
            String suffixText,
            String note,
            String anchoredSha256,
            @Nullable Integer pageNumber,
            @Nullable Integer startOffset,
            @Nullable Integer endOffset,
            OffsetDateTime createdAt) {

        @Nullable
        TextPosition position() {
            return pageNumber == null || startOffset == null || endOffset == null
                    ? null
                    : new TextPosition(pageNumber, startOffset, endOffset);
        }

        Quote quote() {
            return new Quote(exactText, prefixText, suffixText);
        }
    }

    /** The file, and whether it is public, when the reader may annotate it. */
    private record Readable(StoredFile file, @Nullable String confidentiality) {}

    @Override
    @Transactional(readOnly = true)
    public boolean mayAnnotate(Viewer viewer, UUID fileId) {
        try {
            readable(viewer, fileId);
            return true;
        } catch (NoSuchElementException e) {
            return false;
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> fractieOf(Viewer viewer) {
        return fractie(viewer).map(Organization::name);
    }

    @Override
    public List<Annotation> list(Viewer viewer, UUID fileId) {
        Readable readable = readable(viewer, fileId);
        Instant start = Instant.now();
        reanchor(fileId);
        Map<UUID, String> names = new HashMap<>();
        List<Annotation> seen = rows(fileId).stream()
                .filter(r -> sees(viewer, r))
                .map(r -> annotation(viewer, r, names))
                .sorted(Comparator.comparing((Annotation a) -> a.position() == null)
                        .thenComparing(
                                a -> a.position() == null ? 0 : a.position().page())
                        .thenComparing(
                                a -> a.position() == null ? 0 : a.position().start()))
                .toList();
        if (readable.confidentiality() != null) {
            audit.recordNow(AuditContext.within(ProcessingActivity.CONFIDENTIAL_ACCESS, actor(viewer))
                    .event(
                            "aantekeningen-gelezen",
                            start,
                            AuditEvent.Status.OK,
                            Subject.object("StoredFile", fileId).withConfidentiality(readable.confidentiality()),
                            seen.size() + " aantekeningen"));
        }
        return seen;
    }

    @Override
    public Annotation add(Viewer viewer, NewAnnotation annotation) {
        Readable readable = readable(viewer, annotation.fileId());
        String sha256 = Objects.requireNonNull(readable.file().sha256());
        TextPosition position = Anchoring.locate(
                        files.pages(annotation.fileId()),
                        annotation.quote(),
                        new TextPosition(Math.max(1, annotation.page()), 0, 0))
                .orElseThrow(() -> new IllegalArgumentException("the file's text does not have the quote"));
        UUID fractie = null;
        if (annotation.sharing() == Sharing.FRACTIE) {
            fractie = fractie(viewer)
                    .map(Organization::id)
                    .orElseThrow(() -> new IllegalArgumentException("no fractie to share with"));
        }
        UUID id = UUID.randomUUID();
        OffsetDateTime now = now();
        jdbc.sql("insert into annotation (id, file_id, account_id, visibility, fractie_id, exact_text, prefix_text,"
                        + " suffix_text, note, anchored_sha256, page_number, start_offset, end_offset, created_at,"
                        + " modified_at) values (:id, :file, :account, :visibility, :fractie, :exact, :prefix,"
                        + " :suffix, :note, :sha, :page, :start, :end, :now, :now)")
                .param("id", id)
                .param("file", annotation.fileId())
                .param("account", viewer.account())
                .param("visibility", annotation.sharing().name())
                .param("fractie", fractie)
                .param("exact", annotation.quote().exact())
                .param("prefix", annotation.quote().prefix())
                .param("suffix", annotation.quote().suffix())
                .param("note", annotation.note())
                .param("sha", sha256)
                .param("page", position.page())
                .param("start", position.start())
                .param("end", position.end())
                .param("now", now)
                .update();
        record(
                viewer,
                "aantekening-gemaakt",
                id,
                annotation.sharing().name().toLowerCase() + " op bestand " + annotation.fileId());
        return annotation(viewer, row(id).orElseThrow(), new HashMap<>());
    }

    @Override
    public boolean delete(Viewer viewer, UUID annotation) {
        if (viewer.account() == null) {
            return false;
        }
        int deleted = jdbc.sql("delete from annotation where id = :id and account_id = :account")
                .param("id", annotation)
                .param("account", viewer.account())
                .update();
        if (deleted > 0) {
            record(viewer, "aantekening-verwijderd", annotation, null);
        }
        return deleted > 0;
    }

    @Override
    public int reanchor(UUID fileId) {
        Optional<StoredFile> file = files.find(fileId);
        if (file.isEmpty()
                || file.get().sha256() == null
                || !(file.get().textStatus() == TextStatus.EXTRACTED
                        || file.get().textStatus() == TextStatus.EMPTY)) {
            // while the new text is pending the old anchors stay; they are re-anchored once it is there
            return 0;
        }
        String sha256 = file.get().sha256();
        List<Row> stale = rows(fileId).stream()
                .filter(r -> !r.anchoredSha256().equals(sha256))
                .toList();
        if (stale.isEmpty()) {
            return 0;
        }
        List<FilePage> pages = files.pages(fileId);
        for (Row row : stale) {
            Optional<TextPosition> found = Anchoring.locate(pages, row.quote(), row.position());
            jdbc.sql("update annotation set anchored_sha256 = :sha, page_number = :page, start_offset = :start,"
                            + " end_offset = :end, modified_at = :now where id = :id")
                    .param("sha", sha256)
                    .param("page", found.map(TextPosition::page).orElse(null))
                    .param("start", found.map(TextPosition::start).orElse(null))
                    .param("end", found.map(TextPosition::end).orElse(null))
                    .param("now", now())
                    .param("id", row.id())
                    .update();
        }
        Instant start = Instant.now();
        audit.record(AuditContext.within(ANNOTATIONS, Actor.SYSTEM)
                .event(
                        "aantekeningen-verankerd",
                        start,
                        AuditEvent.Status.OK,
                        Subject.object("StoredFile", fileId),
                        stale.size() + " aantekeningen op inhoud " + sha256));
        return stale.size();
    }

    @ApplicationModuleListener
    void on(FileTextExtracted event) {
        reanchor(event.fileId());
    }

    /**
     * The file, when the reader has a role in the Staten's work and may read it: it is public, or it belongs to a
     * paper the reader may read.
     */
    private Readable readable(Viewer viewer, UUID fileId) {
        if (!viewer.signedIn() || viewer.roles().stream().noneMatch(ANNOTATING::contains)) {
            throw new NoSuchElementException("no file " + fileId);
        }
        StoredFile file = files.find(fileId)
                .filter(f -> f.deletedAt() == null && f.sha256() != null)
                .orElseThrow(() -> new NoSuchElementException("no file " + fileId));
        if (council.isFilePublic(fileId)) {
            return new Readable(file, null);
        }
        for (PaperFile link : council.links().papersOfFile(fileId)) {
            Optional<PaperAccess> access = council.paperAccess(link.paperId());
            if (access.isPresent()
                    && access.get().level() != AccessLevel.PUBLIC
                    && viewer.mayRead(
                            access.get().level(),
                            access.get().body(),
                            access.get().owner(),
                            access.get().readers())) {
                return new Readable(file, access.get().level().name());
            }
        }
        throw new NoSuchElementException("no file " + fileId);
    }

    /** One's own, and those shared with one's fractie; the griffie never sees a fractie's. */
    private static boolean sees(Viewer viewer, Row row) {
        if (Objects.equals(row.accountId(), viewer.account())) {
            return true;
        }
        return Sharing.valueOf(row.visibility()) == Sharing.FRACTIE
                && row.fractieId() != null
                && viewer.organizations().contains(row.fractieId())
                && !viewer.isGriffie();
    }

    private Optional<Organization> fractie(Viewer viewer) {
        if (viewer.isGriffie()) {
            return Optional.empty();
        }
        return viewer.organizations().stream()
                .map(id -> council.find(Organization.class, id))
                .flatMap(Optional::stream)
                .filter(o -> o.classification() == OrganizationClassification.FRACTIE && o.deletedAt() == null)
                .min(Comparator.comparing(Organization::name));
    }

    private List<Row> rows(UUID fileId) {
        return jdbc.sql("select * from annotation where file_id = :file order by created_at, id")
                .param("file", fileId)
                .query(Row.class)
                .list();
    }

    private Optional<Row> row(UUID id) {
        return jdbc.sql("select * from annotation where id = :id")
                .param("id", id)
                .query(Row.class)
                .optional();
    }

    private Annotation annotation(Viewer viewer, Row row, Map<UUID, String> names) {
        return new Annotation(
                row.id(),
                row.fileId(),
                names.computeIfAbsent(
                        row.accountId(),
                        id -> accounts.find(id).map(UserAccount::displayName).orElse("?")),
                Sharing.valueOf(row.visibility()),
                row.fractieId() == null
                        ? null
                        : council.find(Organization.class, row.fractieId())
                                .map(Organization::name)
                                .orElse(null),
                row.quote(),
                row.note(),
                row.anchoredSha256(),
                row.position(),
                Objects.equals(row.accountId(), viewer.account()),
                row.createdAt());
    }

    private void record(Viewer viewer, String name, UUID annotation, @Nullable String outcome) {
        Instant start = Instant.now();
        audit.record(AuditContext.within(ANNOTATIONS, actor(viewer))
                .event(
                        name,
                        start,
                        AuditEvent.Status.OK,
                        Subject.ofAccount("Annotation", annotation, Objects.requireNonNull(viewer.account())),
                        outcome));
    }

    private static Actor actor(Viewer viewer) {
        return viewer.account() == null ? Actor.SYSTEM : Actor.account(viewer.account());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
