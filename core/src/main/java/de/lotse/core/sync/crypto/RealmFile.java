package de.lotse.core.sync.crypto;

import de.lotse.core.json.Json;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code REALM.json}, the identity of a share: which realm (office) it belongs to, and what a
 * device needs to turn the office passphrase into the realm's keys (salt, iterations). The key
 * check, a MAC over the realm id, tells a wrong passphrase from a right one without storing
 * anything that helps guess it faster than deriving keys does.
 *
 * <p>Written once, when the administrator sets up the realm; never rewritten.
 */
public record RealmFile(int format, UUID realmId, byte[] salt, int iterations, byte[] keyCheck, Instant createdAt) {

    /** The format this version writes and reads. */
    public static final int FORMAT = 1;
    /** Fewer rounds than this would make the passphrase cheap to guess from a copy of the share. */
    public static final int MIN_ITERATIONS = 10_000;
    /** More rounds than this would let a tampered file keep a joining device busy for minutes. */
    public static final int MAX_ITERATIONS = 10_000_000;

    private static final int SALT_BYTES = 16;
    private static final String CHECK_LABEL = "lotse v1 realm key check\n";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A new realm file together with the keys it was made with, so that set-up derives keys only once. */
    public record Created(RealmFile realm, RealmKeys keys) {

        public Created {
            Objects.requireNonNull(realm, "realm");
            Objects.requireNonNull(keys, "keys");
        }
    }

    public RealmFile {
        Objects.requireNonNull(realmId, "realmId");
        Objects.requireNonNull(salt, "salt");
        Objects.requireNonNull(keyCheck, "keyCheck");
        Objects.requireNonNull(createdAt, "createdAt");
        if (format < 1 || format > FORMAT) {
            throw new IllegalArgumentException("unsupported format " + format);
        }
        if (salt.length < SALT_BYTES) {
            throw new IllegalArgumentException("salt shorter than " + SALT_BYTES + " bytes");
        }
        if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations out of range");
        }
        if (keyCheck.length != RealmKeys.KEY_BYTES) {
            throw new IllegalArgumentException("key check must be " + RealmKeys.KEY_BYTES + " bytes");
        }
        salt = salt.clone();
        keyCheck = keyCheck.clone();
    }

    /** A new realm with a random salt and {@link RealmKeys#DEFAULT_ITERATIONS}. */
    public static RealmFile create(UUID realmId, char[] passphrase, Instant now) {
        return createWithKeys(realmId, passphrase, now).realm();
    }

    /** Like {@link #create}, and hands back the keys as well. */
    public static Created createWithKeys(UUID realmId, char[] passphrase, Instant now) {
        Objects.requireNonNull(realmId, "realmId");
        Objects.requireNonNull(now, "now");
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        RealmKeys keys = RealmKeys.derive(passphrase, salt, RealmKeys.DEFAULT_ITERATIONS);
        RealmFile realm = new RealmFile(FORMAT, realmId, salt, RealmKeys.DEFAULT_ITERATIONS,
                keys.mac(checkLabel(realmId)), now);
        return new Created(realm, keys);
    }

    /**
     * The realm's keys for {@code passphrase}.
     *
     * @throws WrongPassphraseException when the passphrase is not this realm's
     */
    public RealmKeys keys(char[] passphrase) throws WrongPassphraseException {
        RealmKeys keys = RealmKeys.derive(passphrase, salt, iterations);
        if (!accepts(keys)) {
            throw new WrongPassphraseException();
        }
        return keys;
    }

    /** Whether {@code keys} are this realm's, for a device that kept its keys rather than its passphrase. */
    public boolean accepts(RealmKeys keys) {
        return keys != null && keys.checkMac(checkLabel(realmId), keyCheck);
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    @Override
    public byte[] keyCheck() {
        return keyCheck.clone();
    }

    public byte[] toJson() {
        ObjectNode node = Json.object();
        node.put("format", format);
        node.put("realmId", realmId.toString());
        node.put("salt", Base64.getEncoder().encodeToString(salt));
        node.put("iterations", iterations);
        node.put("keyCheck", Base64.getEncoder().encodeToString(keyCheck));
        node.put("createdAt", createdAt.toString());
        return Json.bytes(node);
    }

    /**
     * Reads {@code REALM.json}. Unknown fields are ignored, so a later minor version may add some.
     *
     * @throws NewerFormatException when a newer Lotse wrote it
     * @throws IllegalArgumentException when it is not a realm file
     */
    public static RealmFile fromJson(byte[] json) {
        JsonNode node = Json.parse(json, "realm file");
        int format = Json.integer(node, "format");
        if (format > FORMAT) {
            throw new NewerFormatException(format);
        }
        return new RealmFile(format, Json.uuid(node, "realmId"), Json.base64(node, "salt"),
                Json.integer(node, "iterations"), Json.base64(node, "keyCheck"), Json.instant(node, "createdAt"));
    }

    private static byte[] checkLabel(UUID realmId) {
        return (CHECK_LABEL + realmId).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RealmFile that
                && format == that.format && iterations == that.iterations
                && realmId.equals(that.realmId) && createdAt.equals(that.createdAt)
                && Arrays.equals(salt, that.salt) && Arrays.equals(keyCheck, that.keyCheck);
    }

    @Override
    public int hashCode() {
        return Objects.hash(format, realmId, iterations, createdAt, Arrays.hashCode(salt), Arrays.hashCode(keyCheck));
    }

    @Override
    public String toString() {
        return "RealmFile[format=" + format + ", realmId=" + realmId + ", iterations=" + iterations
                + ", createdAt=" + createdAt + "]";
    }
}
