package nl.statenwerk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * The embedded database must survive threads that are interrupted while they write: shutting down an executor or
 * cancelling a request does that. With H2's default file channel an interrupt closes the file mid-write, and
 * committed rows were lost on reopening, or closing the database spun for ever; the URL in application.yml must not
 * allow that.
 */
class EmbeddedDatabaseTest {

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void interruptedWritersLoseNoCommittedRow(@TempDir Path home) throws Exception {
        String url = configuredUrl().replace("${statenwerk.home}", home.toString());
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            connection.createStatement().execute("create table row_log(id int primary key, payload varchar(600))");
        }
        AtomicInteger committed = new AtomicInteger();
        AtomicReference<SQLException> failure = new AtomicReference<>();
        Thread writer = new Thread(() -> {
            try (Connection connection = DriverManager.getConnection(url, "sa", "");
                    PreparedStatement insert = connection.prepareStatement("insert into row_log values (?, ?)")) {
                for (int i = 0; i < 400_000; i++) {
                    insert.setInt(1, i);
                    insert.setString(2, "x".repeat(500));
                    insert.execute();
                    committed.set(i + 1);
                }
            } catch (SQLException e) {
                failure.set(e);
            }
        });
        writer.start();
        for (int i = 0; i < 40 && writer.isAlive(); i++) {
            Thread.sleep(25);
            writer.interrupt();
        }
        writer.join();

        assertThat((Throwable) failure.get())
                .as("a write failed after an interrupt")
                .isNull();
        try (Connection reopened = DriverManager.getConnection(url, "sa", "");
                ResultSet count = reopened.createStatement().executeQuery("select count(*) from row_log")) {
            count.next();
            assertThat(count.getInt(1)).isEqualTo(committed.get());
        }
    }

    private static String configuredUrl() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        return yaml.getObject().getProperty("spring.datasource.url");
    }
}
