package nl.statenwerk.notifications;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.ZoneId;
import nl.statenwerk.accounts.Accounts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationsProperties.class)
class NotificationsConfiguration {

    static final String DAILY_DIGEST = "daily-digest";

    @Bean
    DailyDigest dailyDigest(
            Accounts accounts,
            JdbcClient jdbc,
            ObjectProvider<JavaMailSender> mail,
            MessageSource messages,
            NotificationsProperties properties,
            nl.statenwerk.access.Viewers viewers,
            nl.statenwerk.council.Council council) {
        return new DailyDigest(accounts, jdbc, mail, new DigestMail(messages), properties, viewers, council);
    }

    /**
     * Once a day at {@code statenwerk.notifications.digest-at}, Dutch time. A recurring db-scheduler task runs on one
     * instance only, however many run, so nobody gets the digest twice. Like every task it is made before the
     * modules it calls, so it looks them up when it runs.
     */
    @Bean
    RecurringTask<Void> dailyDigestTask(
            ObjectProvider<Notifications> notifications, NotificationsProperties properties) {
        return Tasks.recurring(DAILY_DIGEST, Schedules.daily(ZoneId.of("Europe/Amsterdam"), properties.digestTime()))
                .execute((instance, context) -> notifications.getObject().sendDigests());
    }
}
