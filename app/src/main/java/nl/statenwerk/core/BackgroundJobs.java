package nl.statenwerk.core;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.Task;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * Background work with db-scheduler: tasks live in the {@code scheduled_tasks} table, so work scheduled before a
 * restart runs after it. Its Spring Boot starter does not run on Boot 4, so the scheduler is built here from every
 * {@link Task} bean. Scheduling goes through a transaction-aware data source: a task scheduled in a transaction that
 * rolls back is never run.
 */
@Configuration(proxyBeanMethods = false)
class BackgroundJobs {

    @Bean(destroyMethod = "")
    Scheduler scheduler(DataSource dataSource, List<Task<?>> tasks) {
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), tasks)
                .threads(2)
                .pollingInterval(Duration.ofMillis(500))
                .enableImmediateExecution()
                .commitWhenAutocommitDisabled(true)
                .shutdownMaxWait(Duration.ofSeconds(10))
                .build();
    }

    @Bean
    SmartLifecycle schedulerLifecycle(Scheduler scheduler, @Value("${statenwerk.jobs.enabled:true}") boolean enabled) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                if (enabled) {
                    scheduler.start();
                }
                running = true;
            }

            @Override
            public void stop() {
                if (enabled) {
                    scheduler.stop();
                }
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }

            @Override
            public int getPhase() {
                // after the web server and the database are up, before they go down
                return Integer.MAX_VALUE - 100;
            }
        };
    }

    @Bean
    SchedulerClient schedulerClient(Scheduler scheduler) {
        return scheduler;
    }
}
