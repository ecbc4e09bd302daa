package nl.statenwerk.files;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.statenwerk.core.RecordTable;
import nl.statenwerk.core.StatenwerkProperties;
import nl.statenwerk.core.UpsertOutcome;
import nl.statenwerk.core.Upserted;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.tika.Tika;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class JdbcFileCatalog implements FileCatalog {

    private final ContentStore store;
    private final RecordTable<StoredFile> files;
    private final JdbcClient jdbc;
    private final SchedulerClient scheduler;
    private final TextExtraction extraction;
    private final long maxBytes;
    private final Tika tika = new Tika();

    JdbcFileCatalog(
            StatenwerkProperties properties,
            JdbcClient jdbc,
            SchedulerClient scheduler,
            TextExtraction extraction,
            @Value("${statenwerk.files.max-size:512MB}") org.springframework.util.unit.DataSize maxSize) {
        this.store = new ContentStore(properties.home().resolve("files"));
        this.files = RecordTable.of(jdbc, StoredFile.class, "stored_file");
        this.jdbc = jdbc;
        this.scheduler = scheduler;
        this.extraction = extraction;
        this.maxBytes = maxSize.toBytes();
    }

    @Override
    public StoredContent store(InputStream content, @Nullable String declaredMimeType, @Nullable String fileName)
            throws FileRejectedException, IOException {
        ContentStore.Written written;
        try {
            written = store.write(content, maxBytes);
        } catch (ContentStore.TooLarge e) {
            throw new FileRejectedException(
                    FileRejectedException.Reason.TOO_LARGE, "bestand groter dan " + maxBytes + " bytes");
        }
        if (written.size() == 0) {
            throw new FileRejectedException(FileRejectedException.Reason.EMPTY, "bestand is leeg (0 bytes)");
        }
        String detected = detect(written.path(), fileName);
        List<String> warnings = new ArrayList<>();
        if (declaredMimeType != null && !sameType(declaredMimeType, detected)) {
            warnings.add("opgegeven type " + declaredMimeType + " klopt niet: de inhoud is " + detected
                    + (fileName == null ? "" : " (" + fileName + ")"));
        }
        Integer pages = detected.equals("application/pdf") ? pdfPages(written.path()) : null;
        return new StoredContent(written.sha256(), written.size(), detected, pages, warnings);
    }

    private String detect(Path path, @Nullable String fileName) throws IOException {
        Metadata metadata = new Metadata();
        if (fileName != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
            return tika.detect(in, metadata);
        }
    }

    private static boolean sameType(String declared, String detected) {
        String d = declared.toLowerCase(java.util.Locale.ROOT).split(";")[0].strip();
        return d.equals(detected) || (d.startsWith("text/") && detected.startsWith("text/"));
    }

    /** A PDF must open without a password and have pages; a PDF with only an owner password opens fine. */
    private static int pdfPages(Path path) throws FileRejectedException {
        try (PDDocument document = Loader.loadPDF(path.toFile())) {
            int pages = document.getNumberOfPages();
            if (pages == 0) {
                throw new FileRejectedException(FileRejectedException.Reason.NO_PAGES, "PDF zonder pagina's");
            }
            return pages;
        } catch (InvalidPasswordException e) {
            throw new FileRejectedException(
                    FileRejectedException.Reason.ENCRYPTED, "PDF is versleuteld met een wachtwoord");
        } catch (IOException e) {
            throw new FileRejectedException(
                    FileRejectedException.Reason.CORRUPT, "PDF is beschadigd of onleesbaar: " + e.getMessage());
        }
    }

    @Override
    @Transactional
    public Upserted save(StoredFile file, @Nullable String rawHash) {
        Optional<StoredFile> existing =
                file.sourceId() == null ? Optional.empty() : files.findBySourceId(file.sourceId());
        boolean newContent =
                existing.isEmpty() || !Objects.equals(existing.get().sha256(), file.sha256());
        StoredFile toSave = newContent || existing.isEmpty()
                ? withStatus(file, TextStatus.PENDING, file.pageCount(), null)
                : withStatus(
                        file,
                        existing.get().textStatus(),
                        existing.get().pageCount(),
                        existing.get().language());
        Upserted saved = files.upsert(toSave, rawHash);
        if (newContent && saved.outcome() != UpsertOutcome.UNCHANGED && file.sha256() != null) {
            scheduler.scheduleIfNotExists(extraction.task().instance(saved.id().toString()), Instant.now());
        }
        return saved;
    }

    private static StoredFile withStatus(
            StoredFile f, TextStatus status, @Nullable Integer pages, @Nullable String language) {
        return new StoredFile(
                f.id(),
                f.bodyId(),
                f.sourceId(),
                f.name(),
                f.fileName(),
                f.mimeType(),
                f.declaredMimeType(),
                f.sizeBytes(),
                f.sha256(),
                pages,
                language,
                status,
                null,
                f.accessUrl(),
                f.fileDate(),
                f.createdAt(),
                f.modifiedAt(),
                f.deletedAt());
    }

    @Override
    @Transactional(readOnly = true)
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
                .query(FilePage.class)
                .list();
    }

    @Override
    public InputStream open(String sha256) throws IOException {
        return Files.newInputStream(store.path(sha256));
    }

    Path path(String sha256) {
        return store.path(sha256);
    }

    @Override
    public boolean awaitExtraction(Collection<UUID> fileIds, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<UUID> waiting = new ArrayList<>(fileIds);
        while (!waiting.isEmpty()) {
            waiting.removeIf(id -> files.find(id)
                    .map(f -> f.textStatus() != TextStatus.PENDING)
                    .orElse(true));
            if (waiting.isEmpty()) {
                return true;
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
