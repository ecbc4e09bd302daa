package nl.statenwerk.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import nl.statenwerk.Statenwerk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code fixity check} as an operator runs it: on an installation's home, with its exit code. */
class FixityCommandIntegrationTest {

    @TempDir
    Path home;

    @AfterEach
    void forgetHome() {
        System.clearProperty("statenwerk.home");
    }

    @Test
    void exitsZeroWhenEverythingIsIntactAndOneWhenAByteChanged() throws Exception {
        String sha256;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Statenwerk.class)
                .web(WebApplicationType.NONE)
                .run(
                        "--statenwerk.home=" + home,
                        "--statenwerk.demo=false",
                        "--statenwerk.jobs.enabled=false",
                        "--spring.main.banner-mode=off")) {
            FileCatalog catalog = context.getBean(FileCatalog.class);
            StoredContent content = catalog.store(
                    new ByteArrayInputStream(TestFiles.pdf("Besluit op een Woo-verzoek")),
                    "application/pdf",
                    "besluit.pdf");
            catalog.save(
                    StoredFile.of(
                            null,
                            "https://api.example.org/files/" + UUID.randomUUID(),
                            "Besluit",
                            "besluit.pdf",
                            "application/pdf",
                            content),
                    null);
            sha256 = content.sha256();
        }
        System.setProperty("statenwerk.home", home.toString());

        assertThat(FixityCommand.run(Statenwerk.class, new String[] {"fixity", "check"}))
                .isZero();

        Path stored = home.resolve("files")
                .resolve(sha256.substring(0, 2))
                .resolve(sha256.substring(2, 4))
                .resolve(sha256);
        byte[] bytes = Files.readAllBytes(stored);
        bytes[bytes.length / 2] ^= 0x20;
        Files.write(stored, bytes);

        assertThat(FixityCommand.run(Statenwerk.class, new String[] {"fixity", "check"}))
                .isEqualTo(1);
        assertThat(FixityCommand.run(Statenwerk.class, new String[] {"fixity"})).isEqualTo(2);
    }
}
