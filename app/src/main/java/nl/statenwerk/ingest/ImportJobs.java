package nl.statenwerk.ingest;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Imports the griffie starts in the application run as background jobs (db-scheduler task {@code import}, one
 * instance per run id), so a long import survives a restart and the request that started it returns at once.
 */
@Configuration(proxyBeanMethods = false)
class ImportJobs {

    private final OneTimeTask<String> task;

    /** The importer is looked up when a job runs: it needs the scheduler, which needs this task. */
    ImportJobs(ObjectProvider<ImportService> importer) {
        this.task = Tasks.oneTime("import", String.class)
                .onFailure(new FailureHandler.MaxRetriesFailureHandler<>(
                        2, new FailureHandler.ExponentialBackoffFailureHandler<>(Duration.ofSeconds(30))))
                .execute((instance, context) ->
                        importer.getObject().runQueued(UUID.fromString(instance.getId()), instance.getData()));
    }

    @Bean
    OneTimeTask<String> importTask() {
        return task;
    }

    /** Queues an import of a source; returns the run id under which its report will be kept. */
    static UUID start(ImportService importer, SchedulerClient scheduler, OneTimeTask<String> task, String source) {
        UUID runId = importer.queue(source);
        scheduler.scheduleIfNotExists(task.instance(runId.toString(), source), Instant.now());
        return runId;
    }
}
