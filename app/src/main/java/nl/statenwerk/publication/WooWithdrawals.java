package nl.statenwerk.publication;

import java.time.OffsetDateTime;
import nl.statenwerk.council.CouncilObjectChanged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Remembers which papers are published and when one stops being published (made not public, or deleted), so that the
 * sitemap it leaves gets a new lastmod although nothing of it remains to read. It listens in the writer's transaction:
 * the record and the change are committed together.
 */
@Component
class WooWithdrawals {

    private final JdbcClient jdbc;

    WooWithdrawals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(CouncilObjectChanged event) {
        if (!"Paper".equals(event.type())) {
            return;
        }
        boolean published = jdbc.sql("select count(*) from paper where id = :id and is_public and deleted_at is null")
                        .param("id", event.id())
                        .query(Long.class)
                        .single()
                > 0;
        if (published) {
            int updated = jdbc.sql("update woo_publication set withdrawn_at = null where paper_id = :id")
                    .param("id", event.id())
                    .update();
            if (updated == 0) {
                jdbc.sql("insert into woo_publication (paper_id) values (:id)")
                        .param("id", event.id())
                        .update();
            }
        } else {
            jdbc.sql("update woo_publication set withdrawn_at = :now where paper_id = :id and withdrawn_at is null")
                    .param("now", OffsetDateTime.now())
                    .param("id", event.id())
                    .update();
        }
    }
}
