package nl.statenwerk.woorequests;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import nl.statenwerk.accounts.Accounts;
import nl.statenwerk.audit.AuditLog;
import nl.statenwerk.core.StatenwerkProperties;
import nl.statenwerk.council.Council;
import nl.statenwerk.files.FileCatalog;
import nl.statenwerk.notifications.Notifications;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WooRequestsConfiguration.WooRequestsProperties.class)
class WooRequestsConfiguration {

    static final String WOO_DEADLINES = "woo-deadlines";

    /** Deadlines are Dutch days. */
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    /**
     * Settings of the Woo requests.
     *
     * @param remindDays how many days before a deadline the griffie is notified
     * @param remindAt when the daily check of deadlines runs, Dutch time
     */
    @ConfigurationProperties("statenwerk.woo-requests")
    record WooRequestsProperties(
            @DefaultValue("3") int remindDays,
            @DefaultValue("06:30") LocalTime remindAt) {}

    @Bean
    JdbcWooRequests wooRequests(
            JdbcClient jdbc,
            PlatformTransactionManager transactionManager,
            Council council,
            FileCatalog files,
            AuditLog audit,
            Notifications notifications,
            Accounts accounts,
            StatenwerkProperties properties) {
        return new JdbcWooRequests(
                jdbc,
                new TransactionTemplate(transactionManager),
                council,
                files,
                audit,
                notifications,
                accounts,
                WooGrounds.load(),
                properties.baseUrl(),
                Clock.system(ZONE));
    }

    /** Once a day: the griffie hears of every undecided request whose deadline is near, once per deadline. */
    @Bean
    RecurringTask<Void> wooDeadlinesTask(ObjectProvider<WooRequests> requests, WooRequestsProperties properties) {
        return Tasks.recurring(WOO_DEADLINES, Schedules.daily(ZONE, properties.remindAt()))
                .execute((instance, context) -> requests.getObject().remindOfDeadlines(properties.remindDays()));
    }
}
