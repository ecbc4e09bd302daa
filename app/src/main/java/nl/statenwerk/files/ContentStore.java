package nl.statenwerk.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Content addressed by SHA-256 under {@code <home>/files/ab/cd/<sha256>}: identical files are stored once, and a
 * file's address proves its integrity (fixity) at any later check.
 */
final class ContentStore {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Path root;

    ContentStore(Path root) {
        this.root = root;
    }

    /** A new blob, hashed while it is written to a temp file, then moved into place atomically. */
    record Written(String sha256, long size, Path path) {}

    Written write(InputStream in, long maxBytes) throws IOException, TooLarge {
        Files.createDirectories(root.resolve("tmp"));
        Path temp = Files.createTempFile(root.resolve("tmp"), "upload", ".part");
        MessageDigest digest = sha256();
        long size = 0;
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), digest)) {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                size += n;
                if (size > maxBytes) {
                    throw new TooLarge();
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException | TooLarge e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        String sha = HexFormat.of().formatHex(digest.digest());
        Path target = path(sha);
        if (Files.exists(target)) {
            Files.delete(temp);
        } else {
            Files.createDirectories(target.getParent());
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException e) {
                Files.deleteIfExists(temp);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return new Written(sha, size, target);
    }

    Path path(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2))
                .resolve(sha256.substring(2, 4))
                .resolve(sha256);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static final class TooLarge extends Exception {
        TooLarge() {
            super(null, null, false, false);
        }
    }
}
