package nl.statenwerk.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentStoreTest {

    @TempDir
    Path root;

    @Test
    void laysContentOutByTheFirstTwoPairsOfHexDigitsOfItsSha256() throws Exception {
        ContentStore store = new ContentStore(root);
        byte[] bytes = TestFiles.utf8("Motie vreemd aan de orde van de dag");

        ContentStore.Staged staged = store.stage(new ByteArrayInputStream(bytes), 1024);
        store.commit(staged);

        String sha256 =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        assertThat(staged.sha256()).isEqualTo(sha256);
        assertThat(staged.size()).isEqualTo(bytes.length);
        Path expected = root.resolve(sha256.substring(0, 2))
                .resolve(sha256.substring(2, 4))
                .resolve(sha256);
        assertThat(store.path(sha256)).isEqualTo(expected);
        assertThat(expected).hasBinaryContent(bytes);
        try (InputStream in = store.open(sha256)) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
    }

    @Test
    void storesIdenticalContentOnlyOnce() throws Exception {
        ContentStore store = new ContentStore(root);
        byte[] bytes = TestFiles.utf8("Statenvoorstel");

        ContentStore.Staged first = store.stage(new ByteArrayInputStream(bytes), 1024);
        assertThat(store.commit(first)).isTrue();
        Path stored = store.path(first.sha256());
        FileTime before = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(stored, before);

        ContentStore.Staged second = store.stage(new ByteArrayInputStream(bytes), 1024);
        assertThat(store.commit(second)).isFalse();

        assertThat(Files.getLastModifiedTime(stored)).isEqualTo(before);
        assertThat(storedFiles()).containsExactly(stored);
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void aWriteThatFailsHalfwayLeavesNothingInTheStore() {
        ContentStore store = new ContentStore(root);
        InputStream failing = new InputStream() {
            int read;

            @Override
            public int read() throws IOException {
                if (++read > 100_000) {
                    throw new IOException("connection reset");
                }
                return 'x';
            }
        };

        assertThatThrownBy(() -> store.stage(failing, 10_000_000)).hasMessage("connection reset");

        assertThat(storedFiles()).isEmpty();
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void contentOverTheSizeLimitIsNotKept() {
        ContentStore store = new ContentStore(root);

        assertThatThrownBy(() -> store.stage(new ByteArrayInputStream(new byte[1025]), 1024))
                .isInstanceOf(ContentStore.TooLargeException.class);

        assertThat(storedFiles()).isEmpty();
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void stagedContentIsInvisibleUntilCommittedAndGoneWhenDiscarded() throws Exception {
        ContentStore store = new ContentStore(root);

        ContentStore.Staged staged = store.stage(new ByteArrayInputStream(TestFiles.utf8("concept")), 1024);
        assertThat(store.contains(staged.sha256())).isFalse();
        store.discard(staged);

        assertThat(store.contains(staged.sha256())).isFalse();
        assertThat(storedFiles()).isEmpty();
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void refusesAddressesThatAreNoSha256() {
        ContentStore store = new ContentStore(root);

        assertThatThrownBy(() -> store.open("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }

    private List<Path> storedFiles() {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.startsWith(root.resolve("tmp")))
                    .toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private List<Path> temporaryFiles() {
        Path tmp = root.resolve("tmp");
        if (!Files.isDirectory(tmp)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(tmp)) {
            return files.toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
