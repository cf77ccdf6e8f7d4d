package de.lotse.core.keys;

import de.lotse.core.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.KDF;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.HKDFParameterSpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A device's file key sealed to one account's credential, so that the account's password opens
 * the database on this device: an ephemeral X25519 key agreement with the credential's public key,
 * HKDF-SHA256 (salt: both public keys) to an AES-256-GCM key, the file key encrypted under it. The
 * associated data binds the account id and the credential's public key, so a grant moved to
 * another account, or opened with another credential, does not open.
 *
 * <p>Sealing needs no password: any device that is open can grant every enabled account.
 */
public record Grant(byte[] ephemeralPublicKey, byte[] nonce, byte[] ciphertext) {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int CIPHERTEXT_BYTES = FileKey.BYTES + TAG_BITS / 8;
    private static final byte[] INFO = "lotse grant v1 key".getBytes(StandardCharsets.US_ASCII);
    private static final String AAD_LABEL = "lotse grant v1\n";
    private static final SecureRandom RANDOM = new SecureRandom();

    public Grant {
        Objects.requireNonNull(ephemeralPublicKey, "ephemeralPublicKey");
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(ciphertext, "ciphertext");
        if (ephemeralPublicKey.length != X25519.KEY_BYTES) {
            throw new IllegalArgumentException("ephemeralPublicKey must be " + X25519.KEY_BYTES + " bytes");
        }
        if (nonce.length != NONCE_BYTES) {
            throw new IllegalArgumentException("nonce must be " + NONCE_BYTES + " bytes");
        }
        if (ciphertext.length != CIPHERTEXT_BYTES) {
            throw new IllegalArgumentException("ciphertext must be " + CIPHERTEXT_BYTES + " bytes");
        }
        ephemeralPublicKey = ephemeralPublicKey.clone();
        nonce = nonce.clone();
        ciphertext = ciphertext.clone();
    }

    /**
     * Seals {@code key} for {@code accountId} to {@code credential}'s public key.
     *
     * @throws IllegalArgumentException when the credential's public key is unusable (a point of small order)
     */
    public static Grant seal(FileKey key, UUID accountId, Credential credential) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(credential, "credential");
        byte[] recipient = credential.publicKey();
        KeyPair ephemeral = X25519.generate();
        byte[] ephemeralPublic = X25519.rawPublic(ephemeral.getPublic());
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] plain = key.bytes();
        byte[] shared = null;
        try {
            shared = X25519.agree(ephemeral.getPrivate(), credential.publicKeyObject());
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, aesKey(shared, ephemeralPublic, recipient),
                    new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(accountId, recipient));
            return new Grant(ephemeralPublic, nonce, cipher.doFinal(plain));
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("credential public key unusable");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("X25519, HKDF or AES-GCM unavailable", e);
        } finally {
            Arrays.fill(plain, (byte) 0);
            if (shared != null) {
                Arrays.fill(shared, (byte) 0);
            }
        }
    }

    /**
     * The file key, when this grant was sealed for {@code accountId} to {@code credential} and
     * {@code privateKey} is that credential's; empty otherwise. Never throws for a grant that does
     * not match: an old grant, a damaged one and one of another account are all just closed.
     */
    public Optional<FileKey> open(UUID accountId, Credential credential, PrivateKey privateKey) {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(credential, "credential");
        Objects.requireNonNull(privateKey, "privateKey");
        byte[] recipient = credential.publicKey();
        byte[] shared = null;
        byte[] plain = null;
        try {
            shared = X25519.agree(privateKey, X25519.publicKey(ephemeralPublicKey));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, aesKey(shared, ephemeralPublicKey, recipient),
                    new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(accountId, recipient));
            plain = cipher.doFinal(ciphertext);
            return Optional.of(FileKey.of(plain));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty();
        } finally {
            if (shared != null) {
                Arrays.fill(shared, (byte) 0);
            }
            if (plain != null) {
                Arrays.fill(plain, (byte) 0);
            }
        }
    }

    private static SecretKey aesKey(byte[] shared, byte[] ephemeralPublic, byte[] recipient)
            throws GeneralSecurityException {
        byte[] salt = new byte[ephemeralPublic.length + recipient.length];
        System.arraycopy(ephemeralPublic, 0, salt, 0, ephemeralPublic.length);
        System.arraycopy(recipient, 0, salt, ephemeralPublic.length, recipient.length);
        return KDF.getInstance("HKDF-SHA256").deriveKey("AES",
                HKDFParameterSpec.ofExtract().addIKM(shared).addSalt(salt).thenExpand(INFO, 32));
    }

    private static byte[] associatedData(UUID accountId, byte[] recipient) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(AAD_LABEL.getBytes(StandardCharsets.US_ASCII));
            out.writeLong(accountId.getMostSignificantBits());
            out.writeLong(accountId.getLeastSignificantBits());
            out.write(recipient);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    @Override
    public byte[] ephemeralPublicKey() {
        return ephemeralPublicKey.clone();
    }

    @Override
    public byte[] nonce() {
        return nonce.clone();
    }

    @Override
    public byte[] ciphertext() {
        return ciphertext.clone();
    }

    public String toJson() {
        return Json.text(toJsonNode());
    }

    ObjectNode toJsonNode() {
        ObjectNode node = Json.object();
        node.put("ephemeralPublicKey", Json.base64(ephemeralPublicKey));
        node.put("nonce", Json.base64(nonce));
        node.put("ciphertext", Json.base64(ciphertext));
        return node;
    }

    /** @throws IllegalArgumentException naming the field, when it is not a grant */
    public static Grant fromJson(String json) {
        return fromJsonNode(Json.parse(json, "grant"));
    }

    static Grant fromJsonNode(JsonNode node) {
        return new Grant(Json.base64(node, "ephemeralPublicKey", X25519.KEY_BYTES),
                Json.base64(node, "nonce", NONCE_BYTES), Json.base64(node, "ciphertext", CIPHERTEXT_BYTES));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Grant that
                && Arrays.equals(ephemeralPublicKey, that.ephemeralPublicKey)
                && Arrays.equals(nonce, that.nonce) && Arrays.equals(ciphertext, that.ciphertext);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(ephemeralPublicKey);
    }

    /** Sizes only. */
    @Override
    public String toString() {
        return "Grant[sealed]";
    }
}
