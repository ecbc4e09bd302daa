package nl.statenwerk.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts the TOTP secrets at rest (AES-256-GCM), so that a copy of the database alone does not let anyone make
 * codes. The key is {@code STATENWERK_SECRET_KEY} (base64, 32 bytes) where the province keeps keys apart from the
 * data; otherwise a key file made once in STATENWERK_HOME, readable by the owner only.
 */
final class SecretBox {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE_BYTES = 12;
    private final SecretKeySpec key;

    SecretBox(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("The secret key has 32 bytes (base64 of 44 characters).");
        }
        this.key = new SecretKeySpec(key, "AES");
    }

    static SecretBox fromConfiguredOrFile(String configured, Path keyFile) {
        if (configured != null && !configured.isBlank()) {
            return new SecretBox(Base64.getDecoder().decode(configured.strip()));
        }
        try {
            if (!Files.exists(keyFile)) {
                Files.createDirectories(keyFile.getParent());
                byte[] fresh = new byte[32];
                RANDOM.nextBytes(fresh);
                Files.writeString(keyFile, Base64.getEncoder().encodeToString(fresh), StandardOpenOption.CREATE_NEW);
                try {
                    Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system: the directory's own permissions protect the key
                }
            }
            return new SecretBox(
                    Base64.getDecoder().decode(Files.readString(keyFile).strip()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String seal(byte[] plain) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(plain);
            return Base64.getEncoder()
                    .encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                            .put(nonce)
                            .put(sealed)
                            .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    byte[] open(String sealed) {
        try {
            byte[] all = Base64.getDecoder().decode(sealed);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, NONCE_BYTES));
            return cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A TOTP secret does not open with this installation's key.", e);
        }
    }
}
