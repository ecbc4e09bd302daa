package nl.statenwerk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.statenwerk.search.ReindexCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands start the application without a web server: every bean they start must do without one. */
class CommandsIntegrationTest {

    @TempDir
    Path home;

    @AfterEach
    void forgetHome() {
        System.clearProperty("statenwerk.home");
    }

    @Test
    void reindexRunsWithoutAWebServer() {
        System.setProperty("statenwerk.home", home.toString());
        assertThat(ReindexCommand.run(Statenwerk.class, new String[] {"reindex"}))
                .isZero();
        assertThat(home.resolve("index")).isDirectory();
    }
}
