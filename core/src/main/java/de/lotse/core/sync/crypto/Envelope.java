package de.lotse.core.sync.crypto;

import de.lotse.core.sync.SkipReason;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The container of every batch and snapshot part on the share: a readable header, a body that only
 * passphrase holders can read, and the writing device's signature over both.
 *
 * <pre>
 * "LOTSE1\n"            7 bytes, ASCII magic
 * header length         4 bytes, big-endian
 * header                UTF-8 JSON written by the caller; opaque here, and the GCM associated data
 * signature             64 bytes, Ed25519 over magic, length, header, nonce and ciphertext
 * nonce                 12 random bytes
 * ciphertext            AES-256-GCM (128-bit tag) of the Deflate-compressed body
 * </pre>
 *
 * <p>The header stays in clear text so that a device can route a file (realm, device, seq, key id)
 * without the body key; the signature and the GCM tag still cover it. {@link #open} checks in the
 * order structure, signer, signature, tag, compression, and reports the first failure as a
 * {@link SkipReason}: {@code CORRUPT}, {@code UNKNOWN_DEVICE} or {@code BAD_SIGNATURE}.
 */
public final class Envelope {

    /** Largest body {@link #seal} accepts and {@link #open} inflates, so a hostile file cannot exhaust memory. */
    public static final int MAX_BODY_BYTES = 256 * 1024 * 1024;
    /** Largest header: headers are routing data, a few hundred bytes in practice. */
    public static final int MAX_HEADER_BYTES = 1024 * 1024;

    private static final byte[] MAGIC = "LOTSE1\n".getBytes(StandardCharsets.US_ASCII);
    private static final int LENGTH_BYTES = 4;
    private static final int SIGNATURE_BYTES = 64;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int HEADER_START = MAGIC.length + LENGTH_BYTES;
    /** Everything but the header: the smallest possible file has an empty header and an empty ciphertext but its tag. */
    private static final int FIXED_BYTES = HEADER_START + SIGNATURE_BYTES + NONCE_BYTES + TAG_BITS / 8;

    private static final SecureRandom RANDOM = new SecureRandom();

    private Envelope() {
    }

    /** The header and the body of an envelope that passed every check. */
    public record Opened(byte[] header, byte[] body) {

        public Opened {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(body, "body");
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Opened that
                    && Arrays.equals(header, that.header) && Arrays.equals(body, that.body);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(header) + Arrays.hashCode(body);
        }

        /** Sizes only: bodies hold personal data. */
        @Override
        public String toString() {
            return "Opened[header=" + header.length + " bytes, body=" + body.length + " bytes]";
        }
    }

    /** Compresses, encrypts and signs {@code body} under {@code header}. */
    public static byte[] seal(byte[] header, byte[] body, RealmKeys keys, PrivateKey signer) {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(signer, "signer");
        if (header.length > MAX_HEADER_BYTES) {
            throw new IllegalArgumentException("header larger than " + MAX_HEADER_BYTES + " bytes");
        }
        if (body.length > MAX_BODY_BYTES) {
            throw new IllegalArgumentException("body larger than " + MAX_BODY_BYTES + " bytes");
        }
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] ciphertext;
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(keys.bodyKey(), "AES"),
                    new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(header);
            ciphertext = cipher.doFinal(deflate(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
        int signatureAt = HEADER_START + header.length;
        ByteBuffer file = ByteBuffer.allocate(FIXED_BYTES - TAG_BITS / 8 + header.length + ciphertext.length);
        file.put(MAGIC).putInt(header.length).put(header)
                .put(new byte[SIGNATURE_BYTES]).put(nonce).put(ciphertext);
        byte[] bytes = file.array();
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(signer);
            updateSigned(signature, bytes, signatureAt);
            byte[] signed = signature.sign();
            System.arraycopy(signed, 0, bytes, signatureAt, SIGNATURE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot sign with this key", e);
        }
        return bytes;
    }

    /**
     * Checks and opens an envelope. {@code signerOf} is given the header and names the public key
     * of the device that wrote the file (empty for a device the realm does not know). No exception
     * but {@link EnvelopeException} leaves this method, whatever the bytes; a {@code signerOf} that
     * throws a runtime exception is taken to mean an unreadable header ({@code CORRUPT}).
     */
    public static Opened open(byte[] file, RealmKeys keys, Function<byte[], Optional<PublicKey>> signerOf)
            throws EnvelopeException {
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(signerOf, "signerOf");
        try {
            byte[] header = header(file);
            int signatureAt = HEADER_START + header.length;
            int nonceAt = signatureAt + SIGNATURE_BYTES;
            int ciphertextAt = nonceAt + NONCE_BYTES;

            Optional<PublicKey> signer;
            try {
                signer = signerOf.apply(header.clone());
            } catch (RuntimeException e) {
                throw new EnvelopeException(SkipReason.CORRUPT, "header not understood", e);
            }
            if (signer == null || signer.isEmpty()) {
                throw new EnvelopeException(SkipReason.UNKNOWN_DEVICE, "signer not a member");
            }
            if (!verify(signer.get(), file, signatureAt)) {
                throw new EnvelopeException(SkipReason.BAD_SIGNATURE, "signature");
            }

            byte[] compressed;
            try {
                Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
                cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(keys.bodyKey(), "AES"),
                        new GCMParameterSpec(TAG_BITS, file, nonceAt, NONCE_BYTES));
                cipher.updateAAD(header);
                compressed = cipher.doFinal(file, ciphertextAt, file.length - ciphertextAt);
            } catch (AEADBadTagException e) {
                // A valid signature but a failing tag: sealed with another passphrase's keys.
                throw new EnvelopeException(SkipReason.BAD_SIGNATURE, "encryption tag");
            } catch (GeneralSecurityException e) {
                throw new EnvelopeException(SkipReason.BAD_SIGNATURE, "decryption", e);
            }
            return new Opened(header, inflate(compressed));
        } catch (EnvelopeException e) {
            throw e;
        } catch (RuntimeException e) {
            // Belt and braces: a bad file must be skipped and reported, never crash the import.
            throw new EnvelopeException(SkipReason.CORRUPT, "unreadable", e);
        }
    }

    /**
     * The header of an envelope, checked for structure only (magic, lengths), not for authenticity:
     * for routing a file before deciding whether to open it.
     */
    public static byte[] header(byte[] file) throws EnvelopeException {
        if (file == null || file.length == 0) {
            throw new EnvelopeException(SkipReason.CORRUPT, "empty");
        }
        if (file.length < HEADER_START) {
            throw new EnvelopeException(SkipReason.CORRUPT, "truncated");
        }
        if (!Arrays.equals(file, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new EnvelopeException(SkipReason.CORRUPT, "magic");
        }
        int headerLength = ByteBuffer.wrap(file, MAGIC.length, LENGTH_BYTES).getInt();
        if (headerLength < 0 || headerLength > MAX_HEADER_BYTES) {
            throw new EnvelopeException(SkipReason.CORRUPT, "header length");
        }
        if ((long) FIXED_BYTES + headerLength > file.length) {
            throw new EnvelopeException(SkipReason.CORRUPT, "truncated");
        }
        return Arrays.copyOfRange(file, HEADER_START, HEADER_START + headerLength);
    }

    /** SHA-256 of {@code data} as 64 lower-case hex characters: the links of each device's hash chain. */
    public static String sha256(byte[] data) {
        Objects.requireNonNull(data, "data");
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    /** The signature covers everything but itself: the bytes before it and the bytes after it. */
    private static void updateSigned(Signature signature, byte[] file, int signatureAt)
            throws GeneralSecurityException {
        signature.update(file, 0, signatureAt);
        int after = signatureAt + SIGNATURE_BYTES;
        signature.update(file, after, file.length - after);
    }

    private static boolean verify(PublicKey key, byte[] file, int signatureAt) {
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            updateSigned(verifier, file, signatureAt);
            return verifier.verify(file, signatureAt, SIGNATURE_BYTES);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private static byte[] deflate(byte[] body) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(body);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, body.length / 2));
            byte[] buffer = new byte[64 * 1024];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static byte[] inflate(byte[] compressed) throws EnvelopeException {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(compressed);
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, compressed.length * 3));
            byte[] buffer = new byte[64 * 1024];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && !inflater.finished() && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new EnvelopeException(SkipReason.CORRUPT, "compressed body truncated");
                }
                if ((long) out.size() + n > MAX_BODY_BYTES) {
                    throw new EnvelopeException(SkipReason.CORRUPT, "body too large");
                }
                out.write(buffer, 0, n);
            }
            if (inflater.getRemaining() > 0) {
                throw new EnvelopeException(SkipReason.CORRUPT, "bytes after compressed body");
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new EnvelopeException(SkipReason.CORRUPT, "compressed body");
        } finally {
            inflater.end();
        }
    }
}
