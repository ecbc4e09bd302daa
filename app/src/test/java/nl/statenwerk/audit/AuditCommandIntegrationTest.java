package nl.statenwerk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import nl.statenwerk.Statenwerk;
import nl.statenwerk.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code audit verify} exits 0 on an intact chain and 1 on a broken one; {@code audit export} writes JSON Lines. */
@Tag("persistence")
class AuditCommandIntegrationTest {

    @TempDir
    Path home;

    private List<String> settings = List.of();

    @AfterEach
    void forgetSettings() {
        System.clearProperty("statenwerk.home");
        for (String setting : settings) {
            System.clearProperty(setting.substring(0, setting.indexOf('=')));
        }
    }

    @Test
    void verifyExitsNonZeroOnceAnEntryIsChanged() throws Exception {
        System.setProperty("statenwerk.home", home.toString());
        settings = TestDatabase.freshDatabase(home);
        for (String setting : settings) {
            int eq = setting.indexOf('=');
            System.setProperty(setting.substring(0, eq), setting.substring(eq + 1));
        }
        assertThat(AuditCommand.run(Statenwerk.class, new String[] {"audit", "verify", "--anker", "x"}))
                .isEqualTo(2);
        // each run of the command records itself, so the second run checks the first's entry
        assertThat(AuditCommand.run(Statenwerk.class, new String[] {"audit", "verify"}))
                .isZero();
        assertThat(AuditCommand.run(Statenwerk.class, new String[] {"audit", "verify"}))
                .isZero();
        Path export = home.resolve("audit.jsonl");
        assertThat(AuditCommand.run(Statenwerk.class, new String[] {
                    "audit", "export", "--van", "2000-01-01", "--tot", "2100-01-01", export.toString()
                }))
                .isZero();
        assertThat(Files.readAllLines(export))
                .hasSize(2)
                .allSatisfy(line -> assertThat(line).contains("\"dpl.core.processing_activity_id\""));

        try (Connection db = connect()) {
            var statement = db.createStatement();
            if (TestDatabase.onPostgres()) {
                statement.execute("alter table audit_entry disable trigger user");
            } else {
                statement.execute("drop trigger audit_entry_append_only");
            }
            statement.execute("update audit_entry set outcome = 'keten intact, 1000 regels' where seq = 1");
        }
        assertThat(AuditCommand.run(Statenwerk.class, new String[] {"audit", "verify"}))
                .isEqualTo(1);
    }

    private Connection connect() throws Exception {
        String url = System.getProperty("spring.datasource.url");
        return TestDatabase.onPostgres()
                ? DriverManager.getConnection(url, TestDatabase.PG_USER, TestDatabase.PG_PASSWORD)
                : DriverManager.getConnection(url, "sa", "");
    }
}
