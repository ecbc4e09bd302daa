package nl.statenwerk.conformance;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.time.Instant;
import nl.statenwerk.files.FileCatalog;
import nl.statenwerk.files.FileTextExtracted;
import org.springframework.context.event.EventListener;

/**
 * Schedules the check of a PDF when its text has been extracted.
 *
 * <p>A plain, synchronous listener on purpose: it runs in the transaction that wrote the text and schedules the job in
 * it (db-scheduler writes through the transaction-aware data source), so the text and the job are committed together
 * and a restart loses neither. The check itself runs later, as a job, never in the extraction's transaction.
 */
class ConformanceScheduling {

    private final FileCatalog files;
    private final SchedulerClient scheduler;
    private final OneTimeTask<Void> task;
    private final boolean enabled;

    ConformanceScheduling(FileCatalog files, SchedulerClient scheduler, OneTimeTask<Void> task, boolean enabled) {
        this.files = files;
        this.scheduler = scheduler;
        this.task = task;
        this.enabled = enabled;
    }

    @EventListener
    void on(FileTextExtracted event) {
        if (!enabled) {
            return;
        }
        files.find(event.fileId())
                .filter(f -> JdbcConformance.PDF.equals(f.mimeType()) && f.sha256() != null && f.deletedAt() == null)
                .ifPresent(f -> scheduler.scheduleIfNotExists(task.instance(f.sha256()), Instant.now()));
    }
}
