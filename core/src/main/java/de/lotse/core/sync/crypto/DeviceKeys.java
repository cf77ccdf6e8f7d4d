package de.lotse.core.sync.crypto;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Objects;

/**
 * A device's Ed25519 signing keys: every file a device writes to the share carries its signature,
 * so a file changed by anyone else (even another passphrase holder) is recognised. Keys travel as
 * base64 text: public keys in X.509 form (in device files), private keys in PKCS#8 form (in the
 * device's own database only).
 */
public final class DeviceKeys {

    private static final String ALGORITHM = "Ed25519";

    private DeviceKeys() {
    }

    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 unavailable", e);
        }
    }

    public static String encodePublic(PublicKey key) {
        return Base64.getEncoder().encodeToString(Objects.requireNonNull(key, "key").getEncoded());
    }

    /** @throws IllegalArgumentException when the text is not a base64 X.509 Ed25519 public key */
    public static PublicKey decodePublic(String text) {
        try {
            byte[] encoded = Base64.getDecoder().decode(Objects.requireNonNull(text, "text"));
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(encoded));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not an Ed25519 public key", e);
        }
    }

    public static String encodePrivate(PrivateKey key) {
        return Base64.getEncoder().encodeToString(Objects.requireNonNull(key, "key").getEncoded());
    }

    /** @throws IllegalArgumentException when the text is not a base64 PKCS#8 Ed25519 private key */
    public static PrivateKey decodePrivate(String text) {
        try {
            byte[] encoded = Base64.getDecoder().decode(Objects.requireNonNull(text, "text"));
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(encoded));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // No cause: the message of a failed PKCS#8 parse might quote bytes of the private key.
            throw new IllegalArgumentException("not an Ed25519 private key");
        }
    }

    /** An Ed25519 signature (64 bytes) over {@code data}. */
    public static byte[] sign(PrivateKey key, byte[] data) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(data, "data");
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(key);
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot sign with this key", e);
        }
    }

    /**
     * Whether {@code signature} is {@code key}'s signature over {@code data}. False, never an
     * exception, for a malformed signature or a key of another kind: a bad file is a reason to skip
     * it, not a failure.
     */
    public static boolean verify(PublicKey key, byte[] data, byte[] signature) {
        if (key == null || data == null || signature == null) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(data);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }
}
