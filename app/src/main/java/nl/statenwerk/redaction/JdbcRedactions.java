package nl.statenwerk.redaction;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.statenwerk.audit.Actor;
import nl.statenwerk.audit.AuditContext;
import nl.statenwerk.audit.AuditEvent;
import nl.statenwerk.audit.AuditLog;
import nl.statenwerk.audit.ProcessingActivity;
import nl.statenwerk.audit.Subject;
import nl.statenwerk.council.Council;
import nl.statenwerk.council.Paper;
import nl.statenwerk.council.PaperFile;
import nl.statenwerk.files.FileCatalog;
import nl.statenwerk.files.StoredContent;
import nl.statenwerk.files.StoredFile;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcRedactions implements Redactions {

    private final JdbcClient jdbc;
    private final FileCatalog files;
    private final Council council;
    private final AuditLog audit;
    private final WooGrounds grounds;
    private final PdfRedactor redactor = new PdfRedactor();

    JdbcRedactions(JdbcClient jdbc, FileCatalog files, Council council, AuditLog audit, WooGrounds grounds) {
        this.jdbc = jdbc;
        this.files = files;
        this.council = council;
        this.audit = audit;
        this.grounds = grounds;
    }

    @Override
    public List<RedactionBox> find(UUID fileId, String term, String ground, @Nullable String note) {
        checkGround(ground);
        return redactor.find(content(pdf(fileId)), term, ground, note);
    }

    @Override
    public byte[] preview(UUID fileId, List<RedactionBox> boxes) {
        boxes.forEach(b -> checkGround(b.ground()));
        return redactor.redact(content(pdf(fileId)), boxes).pdf();
    }

    @Override
    @Transactional
    public Redaction apply(UUID paperId, UUID fileId, List<RedactionBox> boxes, Actor actor) {
        Instant start = Instant.now();
        boxes.forEach(b -> checkGround(b.ground()));
        if (council.links().paperFiles(paperId).stream().map(PaperFile::fileId).noneMatch(fileId::equals)) {
            throw new IllegalArgumentException("file " + fileId + " is not a file of paper " + paperId);
        }
        StoredFile original = pdf(fileId);
        AuditContext context = AuditContext.within(ProcessingActivity.PUBLICATION, actor);
        PdfRedactor.Result result;
        try {
            result = redactor.redact(content(original), boxes);
        } catch (RedactionRefusedException e) {
            audit.recordNow(context.event(
                    "document-lakken",
                    start,
                    AuditEvent.Status.OK,
                    Subject.object("StoredFile", fileId),
                    "geweigerd: " + e.getMessage()));
            throw e;
        }
        UUID id = UUID.randomUUID();
        String fileName = redactedName(original);
        StoredContent stored;
        try {
            stored = files.store(new ByteArrayInputStream(result.pdf()), "application/pdf", fileName);
        } catch (nl.statenwerk.files.FileRejectedException e) {
            throw new IllegalStateException("the redacted PDF was rejected by the file checks", e);
        }
        UUID redactedId = files.save(
                        StoredFile.of(
                                        original.bodyId(),
                                        "statenwerk:gelakt:" + id,
                                        original.name(),
                                        fileName,
                                        "application/pdf",
                                        stored)
                                .withFileDate(original.fileDate()),
                        null)
                .id();
        council.links().replaceWithPublicVersion(fileId, redactedId);
        OffsetDateTime now = OffsetDateTime.now();
        jdbc.sql("insert into redaction (id, paper_id, original_file_id, redacted_file_id, actor_id, created_at,"
                        + " images_changed, annotations_removed) values (:id, :paper, :original, :redacted, :actor,"
                        + " :at, :images, :annotations)")
                .param("id", id)
                .param("paper", paperId)
                .param("original", fileId)
                .param("redacted", redactedId)
                .param("actor", context.actor().id())
                .param("at", now)
                .param("images", result.imagesChanged())
                .param("annotations", result.annotationsRemoved())
                .update();
        for (int i = 0; i < boxes.size(); i++) {
            RedactionBox b = boxes.get(i);
            jdbc.sql("insert into redaction_box (redaction_id, position, page_number, x, y, width, height, ground,"
                            + " note) values (:id, :position, :page, :x, :y, :w, :h, :ground, :note)")
                    .param("id", id)
                    .param("position", i)
                    .param("page", b.page())
                    .param("x", (double) b.x())
                    .param("y", (double) b.y())
                    .param("w", (double) b.width())
                    .param("h", (double) b.height())
                    .param("ground", b.ground())
                    .param("note", b.note())
                    .update();
        }
        audit.record(context.event(
                "document-gelakt",
                start,
                AuditEvent.Status.OK,
                Subject.object("StoredFile", fileId),
                boxes.size() + " vlakken op gronden " + groundCounts(boxes) + "; gelakte versie " + redactedId
                        + " vervangt het origineel in stuk " + paperId));
        return new Redaction(
                id,
                paperId,
                fileId,
                redactedId,
                context.actor().id(),
                now,
                result.imagesChanged(),
                result.annotationsRemoved(),
                boxes);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Redaction> log(@Nullable UUID paperId) {
        record Row(
                UUID id,
                UUID paperId,
                UUID originalFileId,
                UUID redactedFileId,
                String actorId,
                OffsetDateTime createdAt,
                int imagesChanged,
                int annotationsRemoved) {}
        List<Row> rows = jdbc.sql("select * from redaction"
                        + (paperId == null ? " where true" : " where paper_id = :paper")
                        + " order by created_at desc, id")
                .paramSource(paperId == null ? Map.of() : Map.of("paper", paperId))
                .query((rs, n) -> new Row(
                        rs.getObject("id", UUID.class),
                        rs.getObject("paper_id", UUID.class),
                        rs.getObject("original_file_id", UUID.class),
                        rs.getObject("redacted_file_id", UUID.class),
                        rs.getString("actor_id"),
                        rs.getObject("created_at", OffsetDateTime.class),
                        rs.getInt("images_changed"),
                        rs.getInt("annotations_removed")))
                .list();
        List<Redaction> result = new ArrayList<>();
        for (Row row : rows) {
            List<RedactionBox> boxes = jdbc.sql(
                            "select * from redaction_box where redaction_id = :id order by position")
                    .param("id", row.id())
                    .query((rs, n) -> new RedactionBox(
                            rs.getInt("page_number"),
                            (float) rs.getDouble("x"),
                            (float) rs.getDouble("y"),
                            (float) rs.getDouble("width"),
                            (float) rs.getDouble("height"),
                            rs.getString("ground"),
                            rs.getString("note")))
                    .list();
            result.add(new Redaction(
                    row.id(),
                    row.paperId(),
                    row.originalFileId(),
                    row.redactedFileId(),
                    row.actorId(),
                    row.createdAt(),
                    row.imagesChanged(),
                    row.annotationsRemoved(),
                    boxes));
        }
        return result;
    }

    @Override
    @Transactional(readOnly = true)
    public List<InventoryLine> inventory() {
        List<InventoryLine> lines = new ArrayList<>();
        for (Redaction r : log(null)) {
            String title = council.find(Paper.class, r.paperId())
                    .map(Paper::name)
                    .filter(n -> n != null && !n.isBlank())
                    .orElse("onbekend");
            String fileName = files.find(r.redactedFileId())
                    .map(f -> f.fileName() == null ? String.valueOf(f.name()) : f.fileName())
                    .orElse("bestand");
            lines.add(new InventoryLine(
                    r.paperId(),
                    title,
                    r.originalFileId(),
                    r.redactedFileId(),
                    fileName,
                    r.createdAt(),
                    groundCounts(r.boxes())));
        }
        return lines;
    }

    private static SortedMap<String, Integer> groundCounts(List<RedactionBox> boxes) {
        return boxes.stream()
                .collect(Collectors.groupingBy(RedactionBox::ground, TreeMap::new, Collectors.summingInt(b -> 1)));
    }

    private void checkGround(String code) {
        if (grounds.find(code).isEmpty()) {
            throw new IllegalArgumentException("unknown Woo ground " + code);
        }
    }

    private StoredFile pdf(UUID fileId) {
        StoredFile file = files.find(fileId)
                .filter(f -> f.deletedAt() == null && f.sha256() != null)
                .orElseThrow(() -> new IllegalArgumentException("no file " + fileId));
        if (!"application/pdf".equals(file.mimeType())) {
            throw new IllegalArgumentException("file " + fileId + " is not a PDF");
        }
        return file;
    }

    private byte[] content(StoredFile file) {
        try (InputStream in = files.open(java.util.Objects.requireNonNull(file.sha256()))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String redactedName(StoredFile file) {
        String name = file.fileName() == null ? "document.pdf" : file.fileName();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")
                ? name.substring(0, name.length() - 4) + "-gelakt.pdf"
                : name + "-gelakt.pdf";
    }
}
