package de.lotse.persistence;

import java.io.IOException;
import java.nio.file.Path;

/**
 * How the database file is encrypted: AES-256-XTS under the device's random 256-bit file key
 * ({@link EncryptedFile}). A person's password never gets here: the file key comes from the key
 * file, unsealed with the password. {@link #toString()} never shows the key.
 */
final class Cipher {

    /** No encryption: only the benchmark that measures what encryption costs opens a file so. */
    static final Cipher NONE = new Cipher(null);

    private static final int KEY_BYTES = 32;

    private final byte[] fileKey;

    private Cipher(byte[] fileKey) {
        this.fileKey = fileKey;
    }

    static Cipher of(byte[] fileKey) {
        if (fileKey == null || fileKey.length != KEY_BYTES) {
            throw new IllegalArgumentException("the file key must be " + KEY_BYTES + " bytes");
        }
        return new Cipher(fileKey.clone());
    }

    boolean encrypts() {
        return fileKey != null;
    }

    /** The file key; a copy. */
    byte[] fileKey() {
        return fileKey.clone();
    }

    /** From now on H2 opens the files in {@code folder} with this key (nothing to do without one). */
    void unlock(Path folder) throws IOException {
        if (encrypts()) {
            EncryptedFilePath.unlock(folder, fileKey);
        }
    }

    @Override
    public String toString() {
        return encrypts() ? "AES-256-XTS" : "none";
    }
}
