package de.lotse.core.sync.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.KDF;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.HKDFParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys of one realm (one office), derived from the office passphrase: a key for the bodies of
 * files on the share (AES-256-GCM), a key for MACs over device files and the realm's key check
 * (HMAC-SHA256), and a short id that names the key in headers without revealing it.
 *
 * <p>Instances copy the arrays they are given and hand out copies, so a caller cannot change a key
 * in place. {@link #toString()} prints the key id only.
 */
public record RealmKeys(byte[] bodyKey, byte[] macKey, String keyId) {

    /** Length of the body key and the MAC key in bytes. */
    public static final int KEY_BYTES = 32;

    /**
     * PBKDF2 rounds for a new realm, chosen so that deriving takes about 0.2–0.4 s on an old
     * two-core office laptop. Measured with JDK 25 on one server core (AMD EPYC): 46 ms with the
     * SHA extensions the JIT uses on newer processors, 185 ms with them switched off
     * ({@code -XX:-UseSHA256Intrinsics}), as on the older Intel processors such offices run, whose
     * cores are slower again. Keys are derived once when a device joins, so the pause costs people
     * little and someone guessing passphrases from a copy of the share a lot.
     */
    public static final int DEFAULT_ITERATIONS = 150_000;

    /** Length of the key id in bytes (16 hex characters): enough to tell keys apart, too short to matter. */
    private static final int KEY_ID_BYTES = 8;

    // Distinct labels so that the three outputs are independent even though they come from one master.
    private static final byte[] INFO_BODY = "lotse v1 body key".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] INFO_MAC = "lotse v1 mac key".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] INFO_KEY_ID = "lotse v1 key id".getBytes(StandardCharsets.US_ASCII);

    public RealmKeys {
        Objects.requireNonNull(bodyKey, "bodyKey");
        Objects.requireNonNull(macKey, "macKey");
        Objects.requireNonNull(keyId, "keyId");
        if (bodyKey.length != KEY_BYTES || macKey.length != KEY_BYTES) {
            throw new IllegalArgumentException("keys must be " + KEY_BYTES + " bytes");
        }
        bodyKey = bodyKey.clone();
        macKey = macKey.clone();
    }

    /**
     * Derives the realm's keys: PBKDF2-HMAC-SHA256 stretches the passphrase into a 32-byte master,
     * HKDF-SHA256 splits the master into independent keys.
     */
    public static RealmKeys derive(char[] passphrase, byte[] salt, int iterations) {
        Objects.requireNonNull(passphrase, "passphrase");
        Objects.requireNonNull(salt, "salt");
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive");
        }
        PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, KEY_BYTES * 8);
        byte[] master = null;
        try {
            master = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            KDF hkdf = KDF.getInstance("HKDF-SHA256");
            byte[] body = hkdf.deriveData(HKDFParameterSpec.ofExtract().addIKM(master).addSalt(salt)
                    .thenExpand(INFO_BODY, KEY_BYTES));
            byte[] mac = hkdf.deriveData(HKDFParameterSpec.ofExtract().addIKM(master).addSalt(salt)
                    .thenExpand(INFO_MAC, KEY_BYTES));
            byte[] id = hkdf.deriveData(HKDFParameterSpec.ofExtract().addIKM(master).addSalt(salt)
                    .thenExpand(INFO_KEY_ID, KEY_ID_BYTES));
            RealmKeys keys = new RealmKeys(body, mac, HexFormat.of().formatHex(id));
            Arrays.fill(body, (byte) 0);
            Arrays.fill(mac, (byte) 0);
            return keys;
        } catch (GeneralSecurityException e) {
            // Every JDK 25 ships these algorithms; missing ones mean a broken runtime, not bad input.
            throw new IllegalStateException("key derivation unavailable", e);
        } finally {
            spec.clearPassword();
            if (master != null) {
                Arrays.fill(master, (byte) 0);
            }
        }
    }

    @Override
    public byte[] bodyKey() {
        return bodyKey.clone();
    }

    @Override
    public byte[] macKey() {
        return macKey.clone();
    }

    /** HMAC-SHA256 of {@code data} with the MAC key (32 bytes). */
    public byte[] mac(byte[] data) {
        Objects.requireNonNull(data, "data");
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(macKey, "HmacSHA256"));
            return hmac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC unavailable", e);
        }
    }

    /** Whether {@code mac} is the MAC of {@code data}; compares in constant time. */
    public boolean checkMac(byte[] data, byte[] mac) {
        if (data == null || mac == null) {
            return false;
        }
        return MessageDigest.isEqual(mac(data), mac);
    }

    /** Same keys; compared in constant time because keys are secrets. */
    @Override
    public boolean equals(Object other) {
        return other instanceof RealmKeys that
                && MessageDigest.isEqual(bodyKey, that.bodyKey)
                && MessageDigest.isEqual(macKey, that.macKey)
                && keyId.equals(that.keyId);
    }

    /** The key id is derived from the same master as the keys, so it is hash enough and leaks nothing new. */
    @Override
    public int hashCode() {
        return keyId.hashCode();
    }

    @Override
    public String toString() {
        return "RealmKeys[keyId=" + keyId + "]";
    }
}
