package nl.statenwerk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.statenwerk.records.ArchiveCommand;
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

    @Test
    void archiveExportWritesASipOnceAndRefusesToWriteIntoItAgain() throws Exception {
        System.setProperty("statenwerk.home", home.toString());
        Path sip = home.resolve("sip");
        assertThat(ArchiveCommand.run(Statenwerk.class, new String[] {"archive", "export", sip.toString()}))
                .isZero();
        assertThat(sip).isDirectory();
        Files.writeString(sip.resolve("extra.txt"), "al gevuld");
        assertThat(ArchiveCommand.run(Statenwerk.class, new String[] {"archive", "export", sip.toString()}))
                .isEqualTo(1);
        assertThat(ArchiveCommand.run(
                        Statenwerk.class, new String[] {"archive", "export", sip.toString(), "--from", "gisteren"}))
                .isEqualTo(2);
    }
}
