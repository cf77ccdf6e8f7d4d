package de.lotse.core.keys;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.XECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.security.spec.XECPrivateKeySpec;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.KeyAgreement;

/**
 * X25519 (RFC 7748) with keys as their raw 32 bytes: the form the RFC defines and other tools
 * show, of fixed length, and free of ASN.1. The JDK's X.509 form of an X25519 public key is
 * these 32 bytes after a fixed 12-byte prefix.
 */
final class X25519 {

    static final int KEY_BYTES = 32;

    private static final String ALGORITHM = "X25519";
    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b656e032100");

    private X25519() {
    }

    static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("X25519 unavailable", e);
        }
    }

    static byte[] rawPublic(PublicKey key) {
        byte[] encoded = Objects.requireNonNull(key, "key").getEncoded();
        if (encoded == null || encoded.length != X509_PREFIX.length + KEY_BYTES
                || !Arrays.equals(encoded, 0, X509_PREFIX.length, X509_PREFIX, 0, X509_PREFIX.length)) {
            throw new IllegalArgumentException("not an X25519 public key");
        }
        return Arrays.copyOfRange(encoded, X509_PREFIX.length, encoded.length);
    }

    static PublicKey publicKey(byte[] raw) {
        if (raw == null || raw.length != KEY_BYTES) {
            throw new IllegalArgumentException("not an X25519 public key");
        }
        byte[] encoded = Arrays.copyOf(X509_PREFIX, X509_PREFIX.length + KEY_BYTES);
        System.arraycopy(raw, 0, encoded, X509_PREFIX.length, KEY_BYTES);
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(encoded));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an X25519 public key");
        }
    }

    /** The private scalar; the caller wipes it. */
    static byte[] rawPrivate(PrivateKey key) {
        if (key instanceof XECPrivateKey xec) {
            return xec.getScalar().orElseThrow(() -> new IllegalArgumentException("private key not extractable"));
        }
        throw new IllegalArgumentException("not an X25519 private key");
    }

    static PrivateKey privateKey(byte[] scalar) {
        if (scalar == null || scalar.length != KEY_BYTES) {
            throw new IllegalArgumentException("not an X25519 private key");
        }
        try {
            return KeyFactory.getInstance(ALGORITHM)
                    .generatePrivate(new XECPrivateKeySpec(NamedParameterSpec.X25519, scalar));
        } catch (GeneralSecurityException e) {
            // No cause: its message might quote the key.
            throw new IllegalArgumentException("not an X25519 private key");
        }
    }

    /**
     * The shared secret of {@code own} and {@code other}; the caller wipes it.
     *
     * @throws GeneralSecurityException for a key of another kind or a point of small order (the
     *                                  JDK refuses an all-zero secret)
     */
    static byte[] agree(PrivateKey own, PublicKey other) throws GeneralSecurityException {
        KeyAgreement agreement = KeyAgreement.getInstance(ALGORITHM);
        agreement.init(own);
        agreement.doPhase(other, true);
        return agreement.generateSecret();
    }
}
