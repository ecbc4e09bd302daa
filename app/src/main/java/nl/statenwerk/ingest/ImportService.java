package nl.statenwerk.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import nl.statenwerk.audit.Actor;
import nl.statenwerk.audit.AuditContext;
import nl.statenwerk.audit.AuditEvent;
import nl.statenwerk.audit.AuditLog;
import nl.statenwerk.audit.ProcessingActivity;
import nl.statenwerk.audit.Subject;
import nl.statenwerk.core.RecordTable;
import nl.statenwerk.core.StatenwerkProperties;
import nl.statenwerk.council.Council;
import nl.statenwerk.files.FileCatalog;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@Service
@EnableConfigurationProperties(ImportProperties.class)
class ImportService implements Importer {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    private final Council council;
    private final FileCatalog files;
    private final TransactionTemplate tx;
    private final JdbcClient jdbc;
    private final StatenwerkProperties properties;
    private final AuditLog audit;
    private final JsonMapper json = JsonMapper.builder().build();
    private final SourceFiles sourceFiles;

    ImportService(
            Council council,
            FileCatalog files,
            TransactionTemplate tx,
            JdbcClient jdbc,
            StatenwerkProperties properties,
            ImportProperties importProperties,
            AuditLog audit) {
        this.sourceFiles = new SourceFiles(
                SourceFiles.defaultClient(),
                new AddressPolicy(importProperties.allowedPrivateHosts(), AddressPolicy.DNS));
        this.audit = audit;
        this.council = council;
        this.files = files;
        this.tx = tx;
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Override
    public ImportReport importFrom(String source, ImportListener listener) {
        UUID runId = UUID.randomUUID();
        jdbc.sql("insert into import_run (id, source, started_at, status) values (:id, :source, :at, 'RUNNING')")
                .param("id", runId)
                .param("source", source)
                .param("at", RecordTable.now())
                .update();
        return execute(runId, source, listener);
    }

    /** Records a run that a background job will do; see {@link ImportJobs}. */
    UUID queue(String source) {
        UUID runId = UUID.randomUUID();
        jdbc.sql("insert into import_run (id, source, started_at, status) values (:id, :source, :at, 'QUEUED')")
                .param("id", runId)
                .param("source", source)
                .param("at", RecordTable.now())
                .update();
        return runId;
    }

    /** Does a queued run; a run that was already done (a job repeated after a crash) is not done twice. */
    void runQueued(UUID runId, String source) {
        int claimed = jdbc.sql("update import_run set status = 'RUNNING' where id = :id and status = 'QUEUED'")
                .param("id", runId)
                .update();
        if (claimed == 1) {
            try {
                // queued through the griffie's API, whose only key is the admin token
                AuditContext.start(Actor.administrator("beheer-token"), ProcessingActivity.IMPORT, null)
                        .call(() -> execute(runId, source, ImportListener.NONE));
            } catch (ImportException e) {
                log.warn("Import {} of {} could not run: {}", runId, source, e.getMessage());
            }
        }
    }

    /**
     * Does a run as one processing for the audit log: its trace id is the run id, it is done by whoever the caller's
     * {@link AuditContext} names (the system without one), each object it changes is an entry in its trace (the audit
     * module follows the council's changes), and the run itself is an entry with its counts.
     */
    private ImportReport execute(UUID runId, String source, ImportListener listener) {
        AuditContext caller = AuditContext.current().orElse(null);
        AuditContext run = new AuditContext(
                runId.toString().replace("-", ""),
                AuditEvent.newSpanId(),
                caller == null ? Actor.SYSTEM : caller.actor(),
                ProcessingActivity.IMPORT,
                caller == null ? null : caller.client());
        java.time.Instant start = java.time.Instant.now();
        Subject subject = Subject.object("ImportRun", runId);
        try {
            ImportReport report = run.call(() -> executeRun(runId, source, listener));
            audit.record(run.summary(
                    "import", start, AuditEvent.Status.OK, subject, "bron " + source + ": " + report.summary()));
            return report;
        } catch (ImportException e) {
            audit.record(run.summary(
                    "import", start, AuditEvent.Status.ERROR, subject, "bron " + source + ": " + e.getMessage()));
            throw e;
        }
    }

    private ImportReport executeRun(UUID runId, String source, ImportListener listener) {
        Path temp = createTempDir();
        ImportContext ctx = new ImportContext(council, files, sourceFiles, json, tx, listener, temp);
        String format = "?";
        try {
            format = run(source, ctx, temp);
            ImportReport report =
                    new ImportReport(runId, source, ctx.report.lines(), java.util.Set.copyOf(ctx.storedFileIds));
            finish(runId, format, "DONE", report);
            log.info("Import of {} done: {}", source, report.summary());
            return report;
        } catch (ImportException e) {
            ctx.report.failed("bron", source, e.getMessage());
            finish(
                    runId,
                    format,
                    "FAILED",
                    new ImportReport(runId, source, ctx.report.lines(), java.util.Set.copyOf(ctx.storedFileIds)));
            throw e;
        } finally {
            deleteRecursively(temp);
        }
    }

    /** Waits until the text of every file an import stored is extracted, for a command that must return then. */
    boolean awaitExtraction(ImportReport report, Duration timeout) {
        return files.awaitExtraction(report.fileIds(), timeout);
    }

    /**
     * Waits until every event the import published is handled (the search index is among the listeners), so that a
     * command returns when what it imported is searchable. Spring Modulith records each delivery in
     * {@code event_publication} until its listener completes.
     */
    boolean awaitListeners(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (jdbc.sql("select count(*) from event_publication where completion_date is null")
                        .query(Long.class)
                        .single()
                > 0) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private String run(String source, ImportContext ctx, Path temp) {
        if (SourceFiles.isUrl(source)) {
            // An OParl system answers at its url with a System object; an ODS-ORI API base often has no document of
            // its own, only its collections below it.
            byte[] root = sourceFiles.getJson(source);
            JsonNode node = root == null ? null : parseOrNull(root);
            if (node != null && OParlImport.isOParl(node)) {
                new OParlImport(ctx).crawl(source, node);
                return "oparl";
            }
            BundleReader reader = new BundleReader(json, ctx.report);
            Map<String, List<JsonNode>> collections = reader.readApi(source, sourceFiles);
            if (collections.isEmpty() && ctx.report.lines().isEmpty()) {
                throw new ImportException("geen OParl-systeem en geen ODS-ORI-collecties gevonden op " + source);
            }
            new OriImport(ctx, null, null).run(collections);
            return "ori-api";
        }
        Path path = Path.of(source).toAbsolutePath().normalize();
        if (!Files.exists(path)) {
            throw new ImportException("bron niet gevonden: " + path);
        }
        if (Files.isRegularFile(path)
                && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            Path unpacked = temp.resolve("bundle");
            try {
                Files.createDirectories(unpacked);
            } catch (IOException e) {
                throw new ImportException("kan niet uitpakken: " + e.getMessage(), e);
            }
            SourceFiles.unzip(path, unpacked, ctx.report);
            path = singleChildFolder(unpacked);
        }
        if (!Files.isDirectory(path)) {
            throw new ImportException("bron is geen map, zip-bestand of url: " + path);
        }
        if (BundleReader.looksLikeBundle(path)) {
            BundleReader reader = new BundleReader(json, ctx.report);
            new OriImport(ctx, path, reader.manifestBody(path)).run(reader.readFolder(path));
            return "ori-bundle";
        }
        new OParlImport(ctx).folder(path);
        return "oparl";
    }

    private @Nullable JsonNode parseOrNull(byte[] body) {
        try {
            return json.readTree(body);
        } catch (JacksonException e) {
            return null;
        }
    }

    /** A zip often holds one folder with the bundle in it; look inside that folder then. */
    private static Path singleChildFolder(Path dir) {
        if (BundleReader.looksLikeBundle(dir)) {
            return dir;
        }
        try (Stream<Path> children = Files.list(dir)) {
            var list = children.filter(Files::isDirectory).toList();
            return list.size() == 1 ? list.getFirst() : dir;
        } catch (IOException e) {
            return dir;
        }
    }

    private void finish(UUID runId, String format, String status, ImportReport report) {
        jdbc.sql("update import_run set finished_at = :at, status = :status, format = :format,"
                        + " created_count = :c, updated_count = :u, unchanged_count = :n, failed_count = :f,"
                        + " report = :report where id = :id")
                .param("at", RecordTable.now())
                .param("status", status)
                .param("format", format)
                .param("c", report.count(ImportReport.Outcome.CREATED))
                .param("u", report.count(ImportReport.Outcome.UPDATED))
                .param("n", report.count(ImportReport.Outcome.UNCHANGED))
                .param("f", report.count(ImportReport.Outcome.FAILED))
                .param("report", json.writeValueAsString(report.problems()))
                .param("id", runId)
                .update();
    }

    private Path createTempDir() {
        try {
            Path base = properties.home().resolve("tmp");
            Files.createDirectories(base);
            return Files.createTempDirectory(base, "import");
        } catch (IOException e) {
            throw new ImportException(
                    "kan geen tijdelijke map maken in " + properties.home() + ": " + e.getMessage(), e);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log.warn("Could not remove temporary folder {}", dir, e);
        }
    }
}
