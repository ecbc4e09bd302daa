package nl.statenwerk.ingest;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.statenwerk.audit.Actor;
import nl.statenwerk.audit.AuditContext;
import nl.statenwerk.audit.AuditEvent;
import nl.statenwerk.audit.AuditLog;
import nl.statenwerk.audit.Client;
import nl.statenwerk.audit.ProcessingActivity;
import nl.statenwerk.audit.Subject;
import nl.statenwerk.core.AdminToken;
import nl.statenwerk.core.StatenwerkProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.json.JsonMapper;

/**
 * Import for the griffie in the application: upload a bundle (zip) or name a url, follow the run, read its report.
 *
 * <p>Until sign-on with roles arrives, these endpoints are open only to a bearer token set in
 * {@code statenwerk.admin-token} (environment STATENWERK_ADMIN_TOKEN); without one they do not exist (404).
 */
@RestController
@RequestMapping("/api/beheer/imports")
class ImportController {

    private final ImportService importer;
    private final SchedulerClient scheduler;
    private final OneTimeTask<String> task;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Path uploads;
    private final AdminToken adminToken;
    private final AuditLog audit;

    ImportController(
            ImportService importer,
            SchedulerClient scheduler,
            @Qualifier("importTask") OneTimeTask<String> task,
            JdbcClient jdbc,
            JsonMapper json,
            StatenwerkProperties properties,
            AdminToken adminToken,
            AuditLog audit) {
        this.audit = audit;
        this.importer = importer;
        this.scheduler = scheduler;
        this.task = task;
        this.jdbc = jdbc;
        this.json = json;
        this.uploads = properties.home().resolve("uploads");
        this.adminToken = adminToken;
    }

    record Run(
            UUID id,
            String source,
            @Nullable String format,
            String status,
            OffsetDateTime startedAt,
            @Nullable OffsetDateTime finishedAt,
            int createdCount,
            int updatedCount,
            int unchangedCount,
            int failedCount) {}

    @PostMapping
    ResponseEntity<Object> start(
            @RequestHeader(name = "Authorization", required = false) @Nullable String authorization,
            @RequestParam(name = "bestand", required = false) @Nullable MultipartFile file,
            @RequestParam(name = "bron", required = false) @Nullable String url)
            throws IOException {
        authorize(authorization);
        String source;
        if (file != null && !file.isEmpty()) {
            Files.createDirectories(uploads);
            Path target = uploads.resolve(UUID.randomUUID() + ".zip");
            try (InputStream in = file.getInputStream()) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
            source = target.toString();
        } else if (url != null && SourceFiles.isUrl(url)) {
            source = url;
        } else {
            return problem(HttpStatus.BAD_REQUEST, "Geef een zip-bestand ('bestand') of een http(s)-url ('bron').");
        }
        UUID runId = ImportJobs.start(importer, scheduler, task, source);
        audited(
                "import-aangevraagd",
                Subject.object("ImportRun", runId),
                file != null ? "zip-bestand" : "url " + source);
        return ResponseEntity.accepted()
                .location(URI.create("/api/beheer/imports/" + runId))
                .body(run(runId));
    }

    @GetMapping
    List<Run> runs(@RequestHeader(name = "Authorization", required = false) @Nullable String authorization) {
        authorize(authorization);
        audited("importverslagen-gelezen", Subject.object("ImportRun", "*"), "lijst van de laatste 100");
        return jdbc.sql("select * from import_run order by started_at desc limit 100")
                .query(Run.class)
                .list();
    }

    @GetMapping("/{id}")
    Map<String, Object> one(
            @RequestHeader(name = "Authorization", required = false) @Nullable String authorization,
            @PathVariable UUID id) {
        authorize(authorization);
        // a report names the objects that failed, non-public papers among them
        audited("importverslag-gelezen", Subject.object("ImportRun", id), "getoond");
        String report = jdbc.sql("select report from import_run where id = :id")
                .param("id", id)
                .query(String.class)
                .optional()
                .orElse(null);
        return Map.of("run", run(id), "problems", report == null ? List.of() : json.readTree(report));
    }

    private Run run(UUID id) {
        return jdbc.sql("select * from import_run where id = :id")
                .param("id", id)
                .query(Run.class)
                .optional()
                .orElseThrow(NotFound::new);
    }

    /** The griffie's token (see {@link AdminToken}); a refusal is in the audit log before it is answered. */
    private void authorize(@Nullable String authorization) {
        try {
            adminToken.check(authorization);
        } catch (AdminToken.Unauthorized refused) {
            audited("beheer-geweigerd", Subject.object("ImportRun", "*"), "geweigerd: geen geldig token");
            throw refused;
        }
    }

    /** Recorded before the answer leaves, in a transaction of its own: the griffie's token is the actor. */
    private void audited(String name, Subject subject, String outcome) {
        java.time.Instant start = java.time.Instant.now();
        Client client = null;
        if (org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
                instanceof org.springframework.web.context.request.ServletRequestAttributes request) {
            client = Client.of(
                    request.getRequest().getRemoteAddr(), request.getRequest().getHeader("User-Agent"));
        }
        audit.recordNow(
                AuditContext.start(Actor.administrator("beheer-token"), ProcessingActivity.ADMINISTRATION, client)
                        .summary(name, start, AuditEvent.Status.OK, subject, outcome));
    }

    private static ResponseEntity<Object> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
    }

    @org.springframework.web.bind.annotation.ResponseStatus(HttpStatus.NOT_FOUND)
    static final class NotFound extends RuntimeException {}
}
