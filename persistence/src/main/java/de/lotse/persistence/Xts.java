package de.lotse.persistence;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256 in XTS mode (IEEE 1619, the mode of disk encryption) over data units of
 * {@value #UNIT} bytes, with the JDK's AES, which runs on the CPU's AES instructions where there
 * are any (H2's own {@code CIPHER=AES} is AES-128 in plain Java and made writes twice as slow). Each thread
 * gets its own ciphers: H2 reads a file from several threads at once.
 */
final class Xts {

    /** The size of a data unit: each is encrypted on its own, with its number as the tweak. */
    static final int UNIT = 4096;
    static final int KEY_BYTES = 32;

    private static final int BLOCK = 16;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** The reduction of GF(2^128) that XTS multiplies tweaks in: x^128 = x^7 + x^2 + x + 1. */
    private static final long REDUCTION = 0x87;

    private final ThreadLocal<Worker> workers;

    /** {@code dataKey} encrypts the data, {@code tweakKey} the unit numbers; they must differ. */
    Xts(byte[] dataKey, byte[] tweakKey) {
        if (dataKey.length != KEY_BYTES || tweakKey.length != KEY_BYTES) {
            throw new IllegalArgumentException("XTS-AES-256 takes two keys of " + KEY_BYTES + " bytes");
        }
        SecretKeySpec data = new SecretKeySpec(dataKey, "AES");
        SecretKeySpec tweak = new SecretKeySpec(tweakKey, "AES");
        this.workers = ThreadLocal.withInitial(() -> new Worker(data, tweak));
    }

    /** Encrypts the unit {@code unit} held in {@code buffer[offset, offset + UNIT)} in place. */
    void encrypt(long unit, byte[] buffer, int offset) {
        workers.get().apply(true, unit, buffer, offset);
    }

    /** Decrypts the unit {@code unit} held in {@code buffer[offset, offset + UNIT)} in place. */
    void decrypt(long unit, byte[] buffer, int offset) {
        workers.get().apply(false, unit, buffer, offset);
    }

    /** One thread's ciphers and the mask of tweaks, reused for every unit. */
    private static final class Worker {
        private final Cipher encrypt;
        private final Cipher decrypt;
        private final Cipher tweak;
        private final byte[] mask = new byte[UNIT];

        Worker(SecretKeySpec data, SecretKeySpec tweakKey) {
            try {
                encrypt = Cipher.getInstance("AES/ECB/NoPadding");
                encrypt.init(Cipher.ENCRYPT_MODE, data);
                decrypt = Cipher.getInstance("AES/ECB/NoPadding");
                decrypt.init(Cipher.DECRYPT_MODE, data);
                tweak = Cipher.getInstance("AES/ECB/NoPadding");
                tweak.init(Cipher.ENCRYPT_MODE, tweakKey);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("this Java has no AES", e);
            }
        }

        /**
         * C = E(P xor T) xor T for every 16-byte block, T being the encrypted unit number times
         * x to the block's index: the whole unit is masked, run through AES in one call, and
         * masked again.
         */
        void apply(boolean encrypting, long unit, byte[] buffer, int offset) {
            try {
                LONGS.set(mask, 0, unit);
                LONGS.set(mask, 8, 0L);
                tweak.doFinal(mask, 0, BLOCK, mask, 0);
                long low = (long) LONGS.get(mask, 0);
                long high = (long) LONGS.get(mask, 8);
                for (int i = BLOCK; i < UNIT; i += BLOCK) {
                    long carry = high >> 63; // all ones when the top bit falls off
                    high = high << 1 | low >>> 63;
                    low = low << 1 ^ carry & REDUCTION;
                    LONGS.set(mask, i, low);
                    LONGS.set(mask, i + 8, high);
                }
                xor(buffer, offset);
                (encrypting ? encrypt : decrypt).doFinal(buffer, offset, UNIT, buffer, offset);
                xor(buffer, offset);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES failed on a whole unit", e);
            }
        }

        private void xor(byte[] buffer, int offset) {
            for (int i = 0; i < UNIT; i += Long.BYTES) {
                LONGS.set(buffer, offset + i, (long) LONGS.get(buffer, offset + i) ^ (long) LONGS.get(mask, i));
            }
        }
    }
}
