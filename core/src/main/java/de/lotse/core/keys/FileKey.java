package de.lotse.core.keys;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.security.auth.Destroyable;

/**
 * A device's file key: 32 random bytes from which each file of its H2 database derives its
 * AES-256-XTS keys. It is random, never derived from a person's password, which only unseals it.
 *
 * <p>Copies the bytes it is given and hands out copies, as {@code RealmKeys} does, so that a
 * caller cannot change the key in place; {@link #destroy} wipes it once the database is open.
 * {@link #toString} never shows the key.
 */
public final class FileKey implements Destroyable {

    /** Length of the key in bytes. */
    public static final int BYTES = 32;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final byte[] key;
    private volatile boolean destroyed;

    private FileKey(byte[] key) {
        this.key = key;
    }

    /** A new random key, for a new database. */
    public static FileKey generate() {
        byte[] key = new byte[BYTES];
        RANDOM.nextBytes(key);
        return new FileKey(key);
    }

    /** The key with these bytes (copied; the caller wipes its array). */
    public static FileKey of(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length != BYTES) {
            throw new IllegalArgumentException("a file key has " + BYTES + " bytes");
        }
        return new FileKey(bytes.clone());
    }

    /** A copy of the key's bytes; the caller wipes it. */
    public byte[] bytes() {
        checkNotDestroyed();
        return key.clone();
    }

    /**
     * H2's file password: the key as 64 lowercase hex characters. The caller appends a space and
     * the user password of the database (H2 takes the part before the first space as the file
     * password) and wipes the array afterwards.
     */
    public char[] h2FilePassword() {
        checkNotDestroyed();
        char[] hex = new char[BYTES * 2];
        for (int i = 0; i < BYTES; i++) {
            hex[2 * i] = HEX[(key[i] >> 4) & 0xf];
            hex[2 * i + 1] = HEX[key[i] & 0xf];
        }
        return hex;
    }

    /** Whether {@code other} holds the same key; in constant time, as keys are secrets. */
    public boolean sameKey(FileKey other) {
        checkNotDestroyed();
        return other != null && MessageDigest.isEqual(key, other.bytes());
    }

    /**
     * HMAC-SHA256 of {@code label} under this key: lets a key file recognise its key without
     * holding anything that helps find it.
     */
    byte[] check(byte[] label) {
        checkNotDestroyed();
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key, "HmacSHA256"));
            return hmac.doFinal(label);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC unavailable", e);
        }
    }

    /** Wipes the key; every later use but {@link #isDestroyed} throws {@link IllegalStateException}. */
    @Override
    public void destroy() {
        destroyed = true;
        Arrays.fill(key, (byte) 0);
    }

    @Override
    public boolean isDestroyed() {
        return destroyed;
    }

    private void checkNotDestroyed() {
        if (destroyed) {
            throw new IllegalStateException("file key destroyed");
        }
    }

    @Override
    public String toString() {
        return destroyed ? "FileKey[destroyed]" : "FileKey[hidden]";
    }
}
