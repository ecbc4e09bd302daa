package nl.statenwerk.records;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.statenwerk.audit.Actor;
import nl.statenwerk.audit.AuditContext;
import nl.statenwerk.audit.AuditEvent;
import nl.statenwerk.audit.AuditLog;
import nl.statenwerk.audit.ProcessingActivity;
import nl.statenwerk.audit.Subject;
import nl.statenwerk.core.StatenwerkProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Export runs in table {@code archive_export}, executed by the db-scheduler task {@code archive-export}. */
@Service
class JdbcArchiveExports implements ArchiveExports {

    static final String TASK = "archive-export";
    private static final DateTimeFormatter FOLDER = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss");

    private final JdbcClient jdbc;
    private final SchedulerClient scheduler;
    private final OneTimeTask<Void> task;
    private final ArchiveExport export;
    private final Path exports;
    private final AuditLog audit;

    JdbcArchiveExports(
            JdbcClient jdbc,
            SchedulerClient scheduler,
            OneTimeTask<Void> archiveExportTask,
            ArchiveExport export,
            StatenwerkProperties properties,
            AuditLog audit) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.scheduler = scheduler;
        this.task = archiveExportTask;
        this.export = export;
        this.exports = properties.home().resolve("exports");
    }

    @Override
    @org.springframework.transaction.annotation.Transactional
    public ExportRun start(ExportSelection selection, Actor requestedBy) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into archive_export (id, body, period_from, period_to, requested_by, status, requested_at)
                        values (:id, :body, :from, :to, :by, 'QUEUED', :at)
                        """)
                .param("id", id)
                .param("body", selection.body())
                .param("from", selection.from())
                .param("to", selection.to())
                .param("by", requestedBy.id())
                .param("at", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        // in the same transaction: the run and its job are committed together
        scheduler.scheduleIfNotExists(task.instance(id.toString()), Instant.now());
        return find(id).orElseThrow();
    }

    @Override
    public List<ExportRun> recent(int limit) {
        return jdbc.sql("select * from archive_export order by requested_at desc fetch first :n rows only")
                .param("n", limit)
                .query(ExportRun.class)
                .list();
    }

    @Override
    public Optional<ExportRun> find(UUID id) {
        return jdbc.sql("select * from archive_export where id = :id")
                .param("id", id)
                .query(ExportRun.class)
                .optional();
    }

    @Override
    public void zip(UUID id, Actor downloadedBy, OutputStream out) throws IOException {
        ExportRun run = find(id).filter(r -> r.status() == ExportRun.Status.DONE && r.directory() != null)
                .orElseThrow(() -> new IllegalStateException("export " + id + " is not done"));
        Instant start = Instant.now();
        audit.recordNow(AuditContext.within(ProcessingActivity.ADMINISTRATION, downloadedBy)
                .event(
                        "archief-export-gedownload",
                        start,
                        AuditEvent.Status.OK,
                        Subject.object("ArchiveExport", id),
                        run.summary()));
        Path root = Path.of(run.directory());
        ZipOutputStream zip = new ZipOutputStream(out);
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new ZipEntry(root.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, zip);
                zip.closeEntry();
            }
        }
        zip.finish();
    }

    /** Runs one queued export; a failure is the run's outcome, not the job's, so it is not retried. */
    void execute(UUID id) {
        ExportRun run = find(id).orElse(null);
        if (run == null || run.status() == ExportRun.Status.DONE || run.status() == ExportRun.Status.FAILED) {
            return;
        }
        jdbc.sql("update archive_export set status = 'RUNNING' where id = :id")
                .param("id", id)
                .update();
        Path target = exports.resolve(FOLDER.format(run.requestedAt().atZoneSameInstant(ZoneOffset.UTC)) + "-"
                + id.toString().substring(0, 8));
        try {
            Files.createDirectories(exports);
            ExportSummary summary = AuditContext.start(
                            new Actor(run.requestedBy(), "gebruiker"), ProcessingActivity.ADMINISTRATION, null)
                    .call(() ->
                            export.export(target, new ExportSelection(run.body(), run.periodFrom(), run.periodTo())));
            finish(id, "DONE", target.toString(), describe(summary), null);
        } catch (IOException | RuntimeException e) {
            finish(id, "FAILED", null, null, String.valueOf(e.getMessage()));
        }
    }

    private void finish(
            UUID id, String status, @Nullable String directory, @Nullable String summary, @Nullable String error) {
        jdbc.sql("""
                        update archive_export set status = :status, finished_at = :at, directory = :dir,
                        summary = :summary, error = :error where id = :id
                        """)
                .param("status", status)
                .param("at", OffsetDateTime.now(ZoneOffset.UTC))
                .param("dir", directory)
                .param("summary", summary)
                .param("error", error == null ? null : error.length() > 2000 ? error.substring(0, 2000) : error)
                .param("id", id)
                .update();
    }

    static String describe(ExportSummary s) {
        String text = s.meetings() + " vergaderingen, " + s.papers() + " stukken (waarvan " + s.nonPublicPapers()
                + " niet openbaar), " + s.files() + " bestanden, " + s.bytes() + " bytes";
        for (String note : s.notes()) {
            text += ". " + note;
        }
        return text.length() > 2000 ? text.substring(0, 1999) + "…" : text;
    }

    @Configuration(proxyBeanMethods = false)
    static class Jobs {

        /** The exporter is looked up when the job runs: the scheduler is built with every task and it needs it. */
        @Bean
        OneTimeTask<Void> archiveExportTask(ObjectProvider<JdbcArchiveExports> exports) {
            return Tasks.oneTime(TASK)
                    .execute((instance, context) -> exports.getObject().execute(UUID.fromString(instance.getId())));
        }
    }
}
