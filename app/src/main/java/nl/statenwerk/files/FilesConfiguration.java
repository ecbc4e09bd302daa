package nl.statenwerk.files;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.UUID;
import nl.statenwerk.core.RecordTable;
import nl.statenwerk.core.StatenwerkProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FilesProperties.class)
class FilesConfiguration {

    static final String EXTRACT_TEXT = "extract-text";
    static final String FIXITY_CHECK = "fixity-check";

    @Bean
    ContentStore contentStore(StatenwerkProperties properties) {
        return new ContentStore(properties.home().resolve("files"));
    }

    @Bean
    RecordTable<StoredFile> storedFiles(JdbcClient jdbc) {
        return RecordTable.of(jdbc, StoredFile.class, "stored_file");
    }

    @Bean
    TextExtraction textExtraction(
            RecordTable<StoredFile> storedFiles,
            ContentStore contentStore,
            JdbcClient jdbc,
            JdbcTemplate jdbcTemplate,
            PlatformTransactionManager transactionManager,
            ApplicationEventPublisher events) {
        return new TextExtraction(
                storedFiles,
                contentStore,
                new TextExtractor(),
                jdbc,
                jdbcTemplate,
                new TransactionTemplate(transactionManager),
                events);
    }

    /**
     * The job that extracts the text of one version of a file; its instance id is {@code <file id>/<sha256>}. A
     * failure is retried a few times with growing waits (the content or the database may be back), then the file is
     * marked {@link TextStatus#FAILED}.
     */
    @Bean
    OneTimeTask<UUID> extractTextTask(TextExtraction extraction, FilesProperties properties) {
        return Tasks.oneTime(EXTRACT_TEXT, UUID.class)
                .onFailure(new FailureHandler.MaxRetriesFailureHandler<>(
                        properties.extractionRetries(),
                        new FailureHandler.ExponentialBackoffFailureHandler<>(properties.extractionRetryDelay()),
                        (complete, operations) -> {
                            var instance = complete.getExecution().taskInstance;
                            extraction.fail(
                                    (UUID) instance.getData(),
                                    shaOf(instance.getId()),
                                    complete.getCause().orElse(null));
                        }))
                .execute((instance, context) -> {
                    try {
                        extraction.run(instance.getData(), shaOf(instance.getId()));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    @Bean
    FileCatalog fileCatalog(
            RecordTable<StoredFile> storedFiles,
            ContentStore contentStore,
            JdbcClient jdbc,
            SchedulerClient scheduler,
            OneTimeTask<UUID> extractTextTask,
            FilesProperties properties,
            nl.statenwerk.audit.AuditLog audit) {
        return new JdbcFileCatalog(
                storedFiles,
                contentStore,
                new ContentInspector(
                        new ArchiveCheck(properties.maxUnpackedSize().toBytes(), properties.maxArchiveEntries())),
                jdbc,
                scheduler,
                extractTextTask,
                properties,
                audit);
    }

    @Bean
    JdbcFixity fixity(JdbcClient jdbc, ContentStore contentStore, FilesProperties properties) {
        return new JdbcFixity(jdbc, contentStore, properties.fixity().batchSize(), Clock.systemUTC());
    }

    /**
     * The job that re-verifies stored content: one batch per run, a short pause between batches, and between rounds
     * nothing until the next round is due. A failed run (the database away) is simply run again at the next interval;
     * the cursor in the database says where.
     */
    @Bean
    RecurringTask<Void> fixityCheckTask(JdbcFixity fixity, FilesProperties properties) {
        FilesProperties.FixitySettings settings = properties.fixity();
        return Tasks.recurring(FIXITY_CHECK, Schedules.fixedDelay(settings.interval()))
                .execute((instance, context) -> {
                    if (settings.enabled() && fixity.roundDue(settings.roundEvery())) {
                        fixity.checkBatch();
                    }
                });
    }

    private static String shaOf(String instanceId) {
        return instanceId.substring(instanceId.indexOf('/') + 1);
    }
}
