package de.lotse.core.keys;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id (RFC 9106, version 1.3) through Bouncy Castle's lightweight API; no JCE provider is
 * registered. The password is encoded as UTF-8, so that a password typed on Windows and on Linux
 * gives the same key; every copy of it is wiped before returning.
 */
public final class Argon2id {

    /** Shorter salts would let one precomputation serve several credentials. */
    public static final int MIN_SALT_BYTES = 16;

    private Argon2id() {
    }

    /**
     * {@code length} bytes derived from {@code password}. The caller keeps {@code password} and
     * wipes it when done.
     *
     * @throws IllegalArgumentException when the password is not valid Unicode (a lone surrogate),
     *                                  the salt is too short or the length not positive
     */
    public static byte[] derive(char[] password, byte[] salt, Argon2Params params, int length) {
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(salt, "salt");
        Objects.requireNonNull(params, "params");
        if (salt.length < MIN_SALT_BYTES) {
            throw new IllegalArgumentException("salt shorter than " + MIN_SALT_BYTES + " bytes");
        }
        if (length < 4) {
            throw new IllegalArgumentException("length must be at least 4 bytes");
        }
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt)
                .withMemoryAsKB(params.memoryKiB())
                .withIterations(params.iterations())
                .withParallelism(params.parallelism())
                .build();
        byte[] encoded = utf8(password);
        try {
            Argon2BytesGenerator generator = new Argon2BytesGenerator();
            generator.init(parameters);
            byte[] out = new byte[length];
            generator.generateBytes(encoded, out);
            return out;
        } finally {
            Arrays.fill(encoded, (byte) 0);
            parameters.clear();
        }
    }

    /** UTF-8 without a String, so that no copy of the password waits for the garbage collector. */
    private static byte[] utf8(char[] password) {
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = null;
        try {
            buffer = encoder.encode(CharBuffer.wrap(password));
            return Arrays.copyOf(buffer.array(), buffer.limit());
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("password is not valid Unicode");
        } finally {
            if (buffer != null) {
                Arrays.fill(buffer.array(), (byte) 0);
            }
        }
    }
}
