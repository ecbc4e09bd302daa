package nl.statenwerk.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import nl.statenwerk.StatenwerkTest;
import nl.statenwerk.core.StatenwerkProperties;
import nl.statenwerk.files.FixityStatus.BadFile;
import nl.statenwerk.files.FixityStatus.Result;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

@StatenwerkTest
@TestPropertySource(properties = {"statenwerk.files.fixity.enabled=false", "statenwerk.files.fixity.batch-size=2"})
class FixityIntegrationTest {

    @Autowired
    FileCatalog catalog;

    @Autowired
    Fixity fixity;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StatenwerkProperties properties;

    @Test
    void reportsExactlyTheChangedFileAsCorruptAndTheDeletedOneAsMissing() throws Exception {
        Saved intact = save("Ongewijzigd stuk " + UUID.randomUUID());
        Saved changed = save("Stuk waarin een byte verandert " + UUID.randomUUID());
        Saved deleted = save("Stuk dat verdwijnt " + UUID.randomUUID());

        Path changedPath = contentPath(changed.sha256());
        byte[] bytes = Files.readAllBytes(changedPath);
        bytes[3] ^= 0x01;
        Files.write(changedPath, bytes);
        Files.delete(contentPath(deleted.sha256()));

        FixityStatus status = fixity.checkAll();

        assertThat(status.badFiles())
                .extracting(BadFile::fileId, BadFile::result)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(changed.id(), Result.CORRUPT),
                        org.assertj.core.groups.Tuple.tuple(deleted.id(), Result.MISSING));
        assertThat(status.corrupt()).isEqualTo(1);
        assertThat(status.missing()).isEqualTo(1);
        assertThat(status.intact()).isFalse();
        assertThat(resultOf(intact.sha256())).isEqualTo("OK");
        assertThat(status.lastFullRound()).isNotNull();
        assertThat(status.unchecked()).isZero();

        // repaired content is found to be in order again by the next round
        bytes[3] ^= 0x01;
        Files.write(changedPath, bytes);
        assertThat(fixity.checkAll().badFiles()).extracting(BadFile::fileId).containsExactly(deleted.id());
    }

    @Test
    void aRoundGoesInBatchesAndKeepsItsPlaceInTheDatabase() throws Exception {
        for (int i = 0; i < 5; i++) {
            save("Stuk " + i + " " + UUID.randomUUID());
        }
        fixity.checkAll();
        long contents = jdbc.sql("select count(distinct sha256) from stored_file where deleted_at is null")
                .query(Long.class)
                .single();

        int batches = 1;
        while (!fixity.checkBatch()) {
            batches++;
            // between batches only the cursor in the database says where the round is
            assertThat(jdbc.sql("select cursor_sha256 from fixity_round where id = 1")
                            .query(String.class)
                            .list())
                    .singleElement()
                    .isNotNull();
        }

        assertThat(batches).isEqualTo((int) (contents / 2 + 1));
        assertThat(jdbc.sql("select count(*) from fixity_check")
                        .query(Long.class)
                        .single())
                .isEqualTo(contents);
    }

    private record Saved(UUID id, String sha256) {}

    private Saved save(String text) throws FileRejectedException {
        StoredContent content =
                catalog.store(new ByteArrayInputStream(TestFiles.pdf(text)), "application/pdf", "stuk.pdf");
        UUID id = catalog.save(
                        StoredFile.of(
                                null,
                                "https://api.example.org/files/" + UUID.randomUUID(),
                                text,
                                "stuk.pdf",
                                "application/pdf",
                                content),
                        null)
                .id();
        return new Saved(id, content.sha256());
    }

    private Path contentPath(String sha256) {
        return properties
                .home()
                .resolve("files")
                .resolve(sha256.substring(0, 2))
                .resolve(sha256.substring(2, 4))
                .resolve(sha256);
    }

    private String resultOf(String sha256) {
        return jdbc.sql("select result from fixity_check where sha256 = :sha256")
                .param("sha256", sha256)
                .query(String.class)
                .single();
    }
}
