package nl.statenwerk.retention;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import nl.statenwerk.audit.Actor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The nightly {@code propose-destruction} job: puts each body's records whose retention has passed on its draft list.
 * It only proposes; destruction waits for the griffier's approval and is started by hand.
 */
@Configuration(proxyBeanMethods = false)
class RetentionConfiguration {

    static final String PROPOSE_DESTRUCTION = "propose-destruction";
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    @Bean
    RecurringTask<Void> proposeDestructionTask(ObjectProvider<Retention> retention, JdbcClient jdbc) {
        return Tasks.recurring(PROPOSE_DESTRUCTION, Schedules.daily(ZONE, LocalTime.of(3, 15)))
                .execute((instance, context) -> proposeForEveryBody(retention.getObject(), jdbc));
    }

    static void proposeForEveryBody(Retention retention, JdbcClient jdbc) {
        List<UUID> bodies = jdbc.sql("select id from body where deleted_at is null order by id")
                .query(UUID.class)
                .list();
        LocalDate today = LocalDate.now(ZONE);
        for (UUID body : bodies) {
            retention.propose(body, today, Actor.SYSTEM);
        }
    }
}
