package nl.statenwerk.core;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * Background work in the database with db-scheduler: every {@link Task} bean of any module is known to one
 * {@link Scheduler}, which modules use as {@link SchedulerClient} to schedule work. A {@link RecurringTask} bean (a
 * daily or periodic job) is scheduled by the scheduler itself when it starts.
 *
 * <p>The scheduler reaches the database through a {@link TransactionAwareDataSourceProxy}, so scheduling inside a
 * Spring transaction writes the job on that transaction's connection: a rolled-back transaction leaves no job behind.
 * It starts executing only once the application is ready, so no job runs against a half-built context; with {@code
 * statenwerk.jobs.enabled=false} jobs are still scheduled (and survive in the database) but none run.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BackgroundJobs.JobsProperties.class)
class BackgroundJobs {

    private static final Logger log = LoggerFactory.getLogger(BackgroundJobs.class);

    /**
     * Settings of the background jobs.
     *
     * @param enabled whether this instance executes jobs (scheduling works either way)
     * @param threads how many jobs run at once
     * @param pollingInterval how often the database is asked for due jobs
     */
    @ConfigurationProperties("statenwerk.jobs")
    record JobsProperties(Boolean enabled, Integer threads, Duration pollingInterval) {
        JobsProperties {
            enabled = enabled == null || enabled;
            threads = threads == null ? 2 : threads;
            pollingInterval = pollingInterval == null ? Duration.ofSeconds(1) : pollingInterval;
        }
    }

    @Bean(destroyMethod = "stop")
    Scheduler scheduler(DataSource dataSource, ObjectProvider<Task<?>> tasks, JobsProperties properties) {
        List<Task<?>> all = tasks.orderedStream().toList();
        List<Task<?>> oneTime =
                all.stream().filter(t -> !(t instanceof RecurringTask<?>)).toList();
        List<RecurringTask<?>> recurring = all.stream()
                .filter(t -> t instanceof RecurringTask<?>)
                .<RecurringTask<?>>map(t -> (RecurringTask<?>) t)
                .toList();
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), oneTime)
                // a recurring task schedules its first run when the scheduler starts, unless it is scheduled already
                .startTasks(recurring)
                .threads(properties.threads())
                .pollingInterval(properties.pollingInterval())
                .heartbeatInterval(Duration.ofSeconds(30))
                .enableImmediateExecution()
                .alwaysPersistTimestampInUTC()
                // A job interrupted by shutdown is picked up again after restart; do not hold up the shutdown.
                .shutdownMaxWait(Duration.ofSeconds(10))
                // Inside a Spring transaction the connection is not ours to commit or roll back.
                .commitWhenAutocommitDisabled(false)
                .build();
    }

    @Bean
    SchedulerStarter schedulerStarter(Scheduler scheduler, JobsProperties properties) {
        return new SchedulerStarter(scheduler, properties.enabled());
    }

    static final class SchedulerStarter {
        private final Scheduler scheduler;
        private final boolean enabled;

        SchedulerStarter(Scheduler scheduler, boolean enabled) {
            this.scheduler = scheduler;
            this.enabled = enabled;
        }

        @EventListener(ApplicationReadyEvent.class)
        void start() {
            if (enabled) {
                scheduler.start();
            } else {
                log.info("Background jobs are disabled (statenwerk.jobs.enabled=false): scheduled jobs wait");
            }
        }
    }
}
