package nl.statenwerk.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Content addressed by SHA-256 under {@code <root>/<2 hex>/<2 hex>/<sha256>}.
 *
 * <p>Content is first staged: written to a temporary file in {@code <root>/tmp} (the same file system, so the final
 * move is an atomic rename) while its hash is computed. Only then is it moved into place, so a reader never sees a
 * partial file, and a write that fails or is rejected leaves nothing behind in the store.
 */
final class ContentStore {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /** Content written to a temporary file and hashed, not yet in the store. */
    record Staged(Path file, String sha256, long size) {}

    /** Thrown while staging when the content exceeds the size limit; the temporary file is gone by then. */
    static final class TooLargeException extends IOException {
        TooLargeException(long limit) {
            super("more than " + limit + " bytes");
        }
    }

    private final Path root;
    private final Path tmp;

    ContentStore(Path root) {
        this.root = root;
        this.tmp = root.resolve("tmp");
    }

    Path root() {
        return root;
    }

    Path path(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("Not a lowercase hex SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2))
                .resolve(sha256.substring(2, 4))
                .resolve(sha256);
    }

    boolean contains(String sha256) {
        return Files.isRegularFile(path(sha256));
    }

    InputStream open(String sha256) throws IOException {
        Path path = path(sha256);
        if (!Files.isRegularFile(path)) {
            throw new NoSuchFileException(path.toString(), null, "no stored content " + sha256);
        }
        return Files.newInputStream(path);
    }

    Staged stage(InputStream content, long maxSize) throws IOException {
        Files.createDirectories(tmp);
        Path file = Files.createTempFile(tmp, "staged-", ".part");
        try {
            MessageDigest digest = sha256();
            long size = 0;
            byte[] buffer = new byte[64 * 1024];
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), digest)) {
                int n;
                while ((n = content.read(buffer)) != -1) {
                    size += n;
                    if (size > maxSize) {
                        throw new TooLargeException(maxSize);
                    }
                    out.write(buffer, 0, n);
                }
            }
            return new Staged(file, HexFormat.of().formatHex(digest.digest()), size);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    /** Removes content from the store; {@code false} when it was not there (removed before). */
    boolean remove(String sha256) throws IOException {
        return Files.deleteIfExists(path(sha256));
    }

    /**
     * Moves staged content into the store.
     *
     * @return {@code false} when the store already had this content, which is then not written again
     */
    boolean commit(Staged staged) {
        Path target = path(staged.sha256());
        try {
            if (Files.isRegularFile(target)) {
                Files.deleteIfExists(staged.file());
                return false;
            }
            Files.createDirectories(target.getParent());
            try {
                Files.move(staged.file(), target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("The store " + root + " does not support atomic moves", e);
            }
            return true;
        } catch (IOException e) {
            discard(staged);
            throw new UncheckedIOException("Cannot store content " + staged.sha256(), e);
        }
    }

    void discard(Staged staged) {
        try {
            Files.deleteIfExists(staged.file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
