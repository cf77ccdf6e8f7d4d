package de.lotse.core.keys;

import de.lotse.core.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An account's credential: an X25519 key pair whose private key is wrapped with AES-256-GCM under
 * Argon2id(password, salt). It travels with the account (sync), so that any device can seal its
 * file key to the public key (a {@link Grant}) and only the password opens it.
 *
 * <p>The public key is kept as its raw 32 bytes (RFC 7748), so is the wrapped private scalar. The
 * associated data of the wrapping binds the format, the account id, the public key, the salt and
 * the Argon2 costs: a wrapped key moved to another account, or put beside another public key, does
 * not open. A password change makes a new key pair and so a new credential: grants sealed to the
 * old public key stop working.
 *
 * <p>A recovery credential is the same thing made with a {@link RecoveryCode} instead of a
 * password ({@code Credential.create(accountId, code.chars(), params)}) and stored beside the
 * account's normal one.
 *
 * <p>{@link #toString} prints the fingerprint only.
 */
public record Credential(int format, byte[] publicKey, byte[] salt, Argon2Params params, byte[] nonce,
                         byte[] wrappedPrivateKey) {

    /** The format this version writes and reads. */
    public static final int FORMAT = 1;

    static final int SALT_BYTES = 16;
    static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int WRAPPED_BYTES = X25519.KEY_BYTES + TAG_BITS / 8;
    /** 8 bytes of SHA-256: tells credentials apart; grants are bound to the whole public key all the same. */
    private static final int FINGERPRINT_BYTES = 8;
    private static final String AAD_LABEL = "lotse credential v1\n";
    private static final SecureRandom RANDOM = new SecureRandom();

    public Credential {
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(salt, "salt");
        Objects.requireNonNull(params, "params");
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(wrappedPrivateKey, "wrappedPrivateKey");
        if (format < 1 || format > FORMAT) {
            throw new IllegalArgumentException("unsupported format " + format);
        }
        if (publicKey.length != X25519.KEY_BYTES) {
            throw new IllegalArgumentException("publicKey must be " + X25519.KEY_BYTES + " bytes");
        }
        if (salt.length != SALT_BYTES) {
            throw new IllegalArgumentException("salt must be " + SALT_BYTES + " bytes");
        }
        if (nonce.length != NONCE_BYTES) {
            throw new IllegalArgumentException("nonce must be " + NONCE_BYTES + " bytes");
        }
        if (wrappedPrivateKey.length != WRAPPED_BYTES) {
            throw new IllegalArgumentException("wrappedPrivateKey must be " + WRAPPED_BYTES + " bytes");
        }
        publicKey = publicKey.clone();
        salt = salt.clone();
        nonce = nonce.clone();
        wrappedPrivateKey = wrappedPrivateKey.clone();
    }

    /**
     * A new key pair for {@code accountId}, its private key wrapped under {@code password}. Takes
     * one Argon2id derivation (about a second with {@link Argon2Params#DEFAULT}). The caller keeps
     * and wipes {@code password}.
     */
    public static Credential create(UUID accountId, char[] password, Argon2Params params) {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(params, "params");
        KeyPair pair = X25519.generate();
        byte[] publicKey = X25519.rawPublic(pair.getPublic());
        byte[] salt = random(SALT_BYTES);
        byte[] nonce = random(NONCE_BYTES);
        byte[] scalar = X25519.rawPrivate(pair.getPrivate());
        byte[] wrappingKey = Argon2id.derive(password, salt, params, 32);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(wrappingKey, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(FORMAT, accountId, publicKey, salt, params));
            return new Credential(FORMAT, publicKey, salt, params, nonce, cipher.doFinal(scalar));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        } finally {
            Arrays.fill(scalar, (byte) 0);
            Arrays.fill(wrappingKey, (byte) 0);
        }
    }

    /**
     * A credential nobody can open, with these costs: for a user name that has no grant, so that
     * a login for it does the same Argon2id work as one for a real account and takes as long.
     */
    static Credential decoy(Argon2Params params) {
        return new Credential(FORMAT, random(X25519.KEY_BYTES), random(SALT_BYTES), params, random(NONCE_BYTES),
                random(WRAPPED_BYTES));
    }

    /**
     * The private key, when {@code password} is this credential's and {@code accountId} its
     * account's; empty otherwise (the GCM tag fails). Never throws for a wrong password or account.
     */
    public Optional<PrivateKey> unlock(UUID accountId, char[] password) {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(password, "password");
        byte[] wrappingKey = Argon2id.derive(password, salt, params, 32);
        byte[] scalar = null;
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(wrappingKey, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(format, accountId, publicKey, salt, params));
            scalar = cipher.doFinal(wrappedPrivateKey);
            return Optional.of(X25519.privateKey(scalar));
        } catch (AEADBadTagException e) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        } finally {
            Arrays.fill(wrappingKey, (byte) 0);
            if (scalar != null) {
                Arrays.fill(scalar, (byte) 0);
            }
        }
    }

    /** The public key, for sealing grants to it. */
    public PublicKey publicKeyObject() {
        return X25519.publicKey(publicKey);
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    @Override
    public byte[] nonce() {
        return nonce.clone();
    }

    @Override
    public byte[] wrappedPrivateKey() {
        return wrappedPrivateKey.clone();
    }

    /**
     * 16 hex characters of the SHA-256 of the public key: names this key pair, so that a grant can
     * tell whether it was sealed to the account's current credential.
     */
    public String fingerprint() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(publicKey);
            return HexFormat.of().formatHex(hash, 0, FINGERPRINT_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    public String toJson() {
        return Json.text(toJsonNode());
    }

    ObjectNode toJsonNode() {
        ObjectNode node = Json.object();
        node.put("format", format);
        node.put("publicKey", Json.base64(publicKey));
        node.put("salt", Json.base64(salt));
        ObjectNode argon2 = node.putObject("argon2");
        argon2.put("memoryKiB", params.memoryKiB());
        argon2.put("iterations", params.iterations());
        argon2.put("parallelism", params.parallelism());
        node.put("nonce", Json.base64(nonce));
        node.put("wrappedPrivateKey", Json.base64(wrappedPrivateKey));
        return node;
    }

    /**
     * Reads a credential. Unknown fields are ignored, so a later minor version may add some.
     *
     * @throws KeyFormatTooNewException when a newer Lotse wrote it
     * @throws IllegalArgumentException naming the field, when it is not a credential
     */
    public static Credential fromJson(String json) {
        return fromJsonNode(Json.parse(json, "credential"));
    }

    static Credential fromJsonNode(JsonNode node) {
        int format = KeyFormatTooNewException.checkedFormat(node, FORMAT, "credential");
        JsonNode argon2 = Json.object(node, "argon2");
        Argon2Params params;
        try {
            params = new Argon2Params(Json.integer(argon2, "memoryKiB"), Json.integer(argon2, "iterations"),
                    Json.integer(argon2, "parallelism"));
        } catch (IllegalArgumentException e) {
            throw Json.bad("argon2");
        }
        return new Credential(format, Json.base64(node, "publicKey", X25519.KEY_BYTES),
                Json.base64(node, "salt", SALT_BYTES), params, Json.base64(node, "nonce", NONCE_BYTES),
                Json.base64(node, "wrappedPrivateKey", WRAPPED_BYTES));
    }

    /** Every field but the wrapped key itself, each of fixed length or with its length. */
    private static byte[] associatedData(int format, UUID accountId, byte[] publicKey, byte[] salt,
                                         Argon2Params params) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(AAD_LABEL.getBytes(StandardCharsets.US_ASCII));
            out.writeInt(format);
            out.writeLong(accountId.getMostSignificantBits());
            out.writeLong(accountId.getLeastSignificantBits());
            out.write(publicKey);
            out.writeInt(salt.length);
            out.write(salt);
            out.writeInt(params.memoryKiB());
            out.writeInt(params.iterations());
            out.writeInt(params.parallelism());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Credential that
                && format == that.format && params.equals(that.params)
                && Arrays.equals(publicKey, that.publicKey) && Arrays.equals(salt, that.salt)
                && Arrays.equals(nonce, that.nonce) && Arrays.equals(wrappedPrivateKey, that.wrappedPrivateKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(format, params, Arrays.hashCode(publicKey), Arrays.hashCode(salt));
    }

    @Override
    public String toString() {
        return "Credential[fingerprint=" + fingerprint() + ", " + params + "]";
    }
}
