package nl.statenwerk.files;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.statenwerk.audit.Actor;
import nl.statenwerk.audit.AuditContext;
import nl.statenwerk.audit.AuditEvent;
import nl.statenwerk.audit.AuditLog;
import nl.statenwerk.audit.ProcessingActivity;
import nl.statenwerk.audit.Subject;
import nl.statenwerk.core.RecordTable;
import nl.statenwerk.core.UpsertOutcome;
import nl.statenwerk.core.Upserted;
import nl.statenwerk.files.FileRejectedException.Reason;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class JdbcFileCatalog implements FileCatalog {

    private static final RowMapper<FilePage> PAGE = new DataClassRowMapper<>(FilePage.class);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final int IN_CLAUSE_LIMIT = 500;

    private final RecordTable<StoredFile> files;
    private final ContentStore store;
    private final ContentInspector inspector;
    private final JdbcClient jdbc;
    private final SchedulerClient scheduler;
    private final OneTimeTask<UUID> extractText;
    private final long maxSize;
    private final AuditLog audit;

    JdbcFileCatalog(
            RecordTable<StoredFile> files,
            ContentStore store,
            ContentInspector inspector,
            JdbcClient jdbc,
            SchedulerClient scheduler,
            OneTimeTask<UUID> extractText,
            FilesProperties properties,
            AuditLog audit) {
        this.audit = audit;
        this.files = files;
        this.store = store;
        this.inspector = inspector;
        this.jdbc = jdbc;
        this.scheduler = scheduler;
        this.extractText = extractText;
        this.maxSize = properties.maxSize().toBytes();
    }

    @Override
    public StoredContent store(InputStream content, @Nullable String declaredMimeType, @Nullable String fileName)
            throws FileRejectedException {
        return store(content, declaredMimeType, fileName, maxSize, false);
    }

    @Override
    public StoredContent storeUpload(
            InputStream content, @Nullable String declaredMimeType, String fileName, long maxSize)
            throws FileRejectedException {
        return store(content, declaredMimeType, fileName, Math.min(maxSize, this.maxSize), true);
    }

    private StoredContent store(
            InputStream content,
            @Nullable String declaredMimeType,
            @Nullable String fileName,
            long maxSize,
            boolean upload)
            throws FileRejectedException {
        ContentStore.Staged staged;
        try {
            staged = store.stage(content, maxSize);
        } catch (ContentStore.TooLargeException e) {
            throw new FileRejectedException(Reason.TOO_LARGE, "more than " + maxSize + " bytes", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot stage content of " + fileName, e);
        }
        boolean committed = false;
        try {
            ContentInspector.Inspection inspection =
                    inspector.inspect(staged.file(), staged.size(), declaredMimeType, fileName, upload);
            store.commit(staged);
            committed = true;
            return new StoredContent(
                    staged.sha256(),
                    staged.size(),
                    inspection.mimeType(),
                    inspection.pageCount(),
                    inspection.warnings());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot inspect content of " + fileName, e);
        } finally {
            if (!committed) {
                store.discard(staged);
            }
        }
    }

    @Override
    @Transactional
    public Upserted saveInternal(StoredFile file) {
        Upserted saved = save(file, null);
        jdbc.sql("update stored_file set internal = true where id = :id")
                .param("id", saved.id())
                .update();
        return saved;
    }

    @Override
    @Transactional
    public Upserted save(StoredFile file, @Nullable String rawHash) {
        Optional<StoredFile> existing = file.sourceId() != null
                ? files.findBySourceId(file.sourceId())
                : file.id() != null ? files.find(file.id()) : Optional.empty();
        boolean newContent =
                existing.isEmpty() || !Objects.equals(existing.get().sha256(), file.sha256());
        StoredFile toWrite;
        if (!newContent) {
            StoredFile old = existing.get();
            toWrite = file.withText(old.pageCount(), old.language(), old.textStatus(), old.textError());
        } else if (file.sha256() == null) {
            toWrite = file.withText(null, null, TextStatus.FAILED, "No content stored");
        } else {
            toWrite = file.withText(file.pageCount(), null, TextStatus.PENDING, null);
        }
        // The source record may stay the same while the content behind its URL changes: both make "unchanged".
        Upserted upserted = files.upsert(toWrite, rawHash == null ? null : sha256(rawHash + "\n" + file.sha256()));
        if (newContent && file.sha256() != null) {
            // Through the transaction-aware data source this insert is part of the caller's transaction.
            scheduler.scheduleIfNotExists(
                    extractText.instance(upserted.id() + "/" + file.sha256(), upserted.id()), Instant.now());
        }
        if (upserted.outcome() != UpsertOutcome.UNCHANGED) {
            // in this transaction, by whoever the bound processing names (an import run), else the system
            AuditContext context = AuditContext.current()
                    .orElseGet(() -> AuditContext.start(Actor.SYSTEM, ProcessingActivity.PUBLICATION, null));
            audit.record(context.event(
                    "bestand-opgeslagen",
                    Instant.now(),
                    AuditEvent.Status.OK,
                    Subject.object("StoredFile", upserted.id()),
                    (upserted.outcome() == UpsertOutcome.CREATED ? "aangemaakt" : "gewijzigd")
                            + (newContent && file.sha256() != null ? ", inhoud sha256 " + file.sha256() : "")));
        }
        return upserted;
    }

    @Override
    @Transactional
    public Destroyed destroy(UUID fileId) {
        Optional<StoredFile> file = files.find(fileId);
        if (file.isEmpty() || file.get().sha256() == null) {
            return Destroyed.NO_CONTENT;
        }
        String sha256 = Objects.requireNonNull(file.get().sha256());
        OffsetDateTime now = OffsetDateTime.now();
        // a second call (after a crash) must not move modified_at, which incremental sync reads
        jdbc.sql("update stored_file set deleted_at = :now, modified_at = :now where id = :id and deleted_at is null")
                .param("now", now)
                .param("id", fileId)
                .update();
        jdbc.sql("delete from file_page where file_id = :id")
                .param("id", fileId)
                .update();
        boolean shared = jdbc.sql("select count(*) from stored_file where sha256 = :sha and deleted_at is null")
                        .param("sha", sha256)
                        .query(Long.class)
                        .single()
                > 0;
        if (shared) {
            return Destroyed.SHARED;
        }
        Runnable remove = () -> {
            try {
                store.remove(sha256);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    remove.run();
                }
            });
        } else {
            remove.run();
        }
        return Destroyed.REMOVED;
    }

    @Override
    public Optional<StoredFile> find(UUID id) {
        return files.find(id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<StoredFile> list(
            UUID bodyId,
            @Nullable OffsetDateTime modifiedSince,
            @Nullable OffsetDateTime afterModifiedAt,
            @Nullable UUID afterId,
            int limit,
            boolean includeDeleted) {
        StringBuilder where = new StringBuilder("body_id = :body");
        Map<String, Object> params = new HashMap<>();
        params.put("body", bodyId);
        if (modifiedSince != null) {
            where.append(" and modified_at > :since");
            params.put("since", modifiedSince);
        }
        if (afterModifiedAt != null && afterId != null) {
            where.append(" and (modified_at > :afterAt or (modified_at = :afterAt and id > :afterId))");
            params.put("afterAt", afterModifiedAt);
            params.put("afterId", afterId);
        }
        if (!includeDeleted) {
            where.append(" and deleted_at is null");
        }
        return files.where(where + " order by modified_at, id limit " + Math.max(0, limit), params);
    }

    @Override
    @Transactional(readOnly = true)
    public List<FilePage> pages(UUID fileId) {
        return jdbc.sql("select page_number, text from file_page where file_id = :id order by page_number")
                .param("id", fileId)
                .query(PAGE)
                .list();
    }

    @Override
    public InputStream open(String sha256) throws IOException {
        return store.open(sha256);
    }

    @Override
    public boolean awaitExtraction(Collection<UUID> fileIds, Duration timeout) {
        List<UUID> ids = new ArrayList<>(fileIds);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (!anyPending(ids)) {
                return true;
            }
            if (System.nanoTime() - deadline >= 0) {
                return false;
            }
            try {
                Thread.sleep(POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    private boolean anyPending(List<UUID> ids) {
        for (int from = 0; from < ids.size(); from += IN_CLAUSE_LIMIT) {
            List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CLAUSE_LIMIT));
            long pending = jdbc.sql("select count(*) from stored_file where text_status = :status and id in (:ids)")
                    .param("status", TextStatus.PENDING.name())
                    .param("ids", chunk)
                    .query(Long.class)
                    .single();
            if (pending > 0) {
                return true;
            }
        }
        return false;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
