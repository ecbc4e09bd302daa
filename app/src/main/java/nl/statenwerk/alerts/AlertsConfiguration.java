package nl.statenwerk.alerts;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import nl.statenwerk.access.Viewers;
import nl.statenwerk.notifications.Notifications;
import nl.statenwerk.search.SearchIndex;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AlertsProperties.class)
class AlertsConfiguration {

    static final String CHECK_ALERTS = "check-alerts";

    @Bean
    AlertCheck alertCheck(
            JdbcClient jdbc,
            PlatformTransactionManager transactionManager,
            SearchIndex index,
            Viewers viewers,
            Notifications notifications,
            AlertsProperties properties) {
        return new AlertCheck(
                jdbc, new TransactionTemplate(transactionManager), index, viewers, notifications, properties);
    }

    /**
     * Every {@code statenwerk.alerts.interval}; a recurring db-scheduler task runs on one instance at a time. The
     * saved searches are looked up when it runs: they need the search index, which needs the scheduler, which needs
     * this task.
     */
    @Bean
    RecurringTask<Void> checkAlertsTask(ObjectProvider<SavedSearches> savedSearches, AlertsProperties properties) {
        return Tasks.recurring(CHECK_ALERTS, Schedules.fixedDelay(properties.interval()))
                .execute((instance, context) -> savedSearches.getObject().checkAlerts());
    }
}
