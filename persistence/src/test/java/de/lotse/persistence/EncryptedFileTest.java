package de.lotse.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The encrypted file format under H2: XTS as the standard has it, and a channel that behaves like a plain file. */
class EncryptedFileTest {

    private static final byte[] KEY = HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");

    @TempDir
    Path folder;

    @Test
    void xtsMatchesOpenSslAndPythonCryptography() throws Exception {
        byte[] dataKey = new byte[32];
        byte[] tweakKey = new byte[32];
        for (int i = 0; i < 32; i++) {
            dataKey[i] = (byte) i;
            tweakKey[i] = (byte) (32 + i);
        }
        byte[] unit = new byte[Xts.UNIT];
        for (int i = 0; i < unit.length; i++) {
            unit[i] = (byte) (i * 7 % 251);
        }
        byte[] plain = unit.clone();
        Xts xts = new Xts(dataKey, tweakKey);

        xts.encrypt(1_234_567, unit, 0);

        // EVP_aes_256_xts of OpenSSL 3.0 and cryptography 48's modes.XTS, key 00..3f, tweak 1234567 little-endian
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(unit)))
                .isEqualTo("a7d1dbc46c4b4626d627e14bf5fddffc814ab861ef9c2e98477a2ba336b9e561");
        assertThat(HexFormat.of().formatHex(unit, 0, 8)).isEqualTo("02ca4f5498743a99");
        xts.decrypt(1_234_567, unit, 0);
        assertThat(unit).isEqualTo(plain);
    }

    @Test
    void readsBackWhatWasWrittenAtAnyPositionAndLength() throws Exception {
        Path file = folder.resolve("a.db");
        byte[] expected = new byte[0];
        Random random = new Random(12);
        try (FileChannel channel = open(file, true)) {
            for (int round = 0; round < 300; round++) {
                int position = random.nextInt(expected.length + 9_000);
                byte[] bytes = new byte[1 + random.nextInt(round % 10 == 0 ? 20_000 : 600)];
                random.nextBytes(bytes);
                channel.write(ByteBuffer.wrap(bytes), position);
                expected = Arrays.copyOf(expected, Math.max(expected.length, position + bytes.length));
                System.arraycopy(bytes, 0, expected, position, bytes.length);
                if (round % 50 == 49) {
                    int cut = random.nextInt(expected.length);
                    channel.truncate(cut);
                    expected = Arrays.copyOf(expected, cut);
                }
                assertThat(channel.size()).isEqualTo(expected.length);
            }
        }
        try (FileChannel channel = open(file, false)) {
            assertThat(channel.size()).isEqualTo(expected.length);
            assertThat(EncryptedFile.logicalSize(Files.size(file))).isEqualTo(expected.length);
            ByteBuffer all = ByteBuffer.allocate(expected.length);
            while (all.hasRemaining() && channel.read(all, all.position()) > 0) {
                // reads to the end
            }
            assertThat(all.array()).isEqualTo(expected);
            assertThat(channel.read(ByteBuffer.allocate(10), expected.length)).isEqualTo(-1);
        }
    }

    @Test
    void aGapBeforeAWriteReadsAsZeros() throws Exception {
        Path file = folder.resolve("gap.db");
        try (FileChannel channel = open(file, true)) {
            channel.write(ByteBuffer.wrap(new byte[] {1, 2, 3}), 3 * Xts.UNIT + 10);
            ByteBuffer read = ByteBuffer.allocate(3 * Xts.UNIT + 13);
            channel.read(read, 0);
            assertThat(Arrays.copyOf(read.array(), 3 * Xts.UNIT + 10)).containsOnly(0);
            assertThat(read.array()).endsWith(1, 2, 3);

            byte[] ones = new byte[2 * Xts.UNIT];
            Arrays.fill(ones, (byte) 1);
            channel.write(ByteBuffer.wrap(ones), 0);
            channel.truncate(1000);
            channel.write(ByteBuffer.wrap(new byte[] {7}), 2 * Xts.UNIT);
            ByteBuffer again = ByteBuffer.allocate(2 * Xts.UNIT - 1000);
            channel.read(again, 1000);
            assertThat(again.array()).as("what a truncation cut off comes back as zeros").containsOnly(0);
        }
    }

    @Test
    void theSameBytesLookDifferentInEveryUnitAndEveryFile() throws Exception {
        byte[] page = "Quxwellbrandt, Aziz; geboren 1990".repeat(125).substring(0, Xts.UNIT).getBytes(StandardCharsets.US_ASCII);
        for (String name : new String[] {"one.db", "two.db"}) {
            try (FileChannel channel = open(folder.resolve(name), true)) {
                channel.write(ByteBuffer.wrap(page), 0);
                channel.write(ByteBuffer.wrap(page), Xts.UNIT);
            }
        }
        byte[] one = Files.readAllBytes(folder.resolve("one.db"));
        byte[] two = Files.readAllBytes(folder.resolve("two.db"));
        assertThat(new String(one, StandardCharsets.ISO_8859_1)).startsWith("Lotse-AES-XTS-1\n").doesNotContain("Quxwellbrandt");
        assertThat(Arrays.copyOfRange(one, Xts.UNIT, 2 * Xts.UNIT)).isNotEqualTo(Arrays.copyOfRange(one, 2 * Xts.UNIT, 3 * Xts.UNIT));
        assertThat(Arrays.copyOfRange(one, Xts.UNIT, 2 * Xts.UNIT)).isNotEqualTo(Arrays.copyOfRange(two, Xts.UNIT, 2 * Xts.UNIT));
    }

    @Test
    void anotherKeyIsToldApartFromADamagedFile() throws Exception {
        Path file = folder.resolve("k.db");
        try (FileChannel channel = open(file, true)) {
            channel.write(ByteBuffer.wrap(new byte[100]), 0);
        }
        byte[] other = KEY.clone();
        other[31] ^= 1;
        assertThatThrownBy(() -> EncryptedFile.open(FileChannel.open(file, StandardOpenOption.READ), "k.db", other, false))
                .isInstanceOf(EncryptedFile.WrongKeyException.class);

        Files.write(file, Arrays.copyOf(Files.readAllBytes(file), 100));
        assertThatThrownBy(() -> open(file, false)).isInstanceOf(EncryptedFile.DamagedException.class);
        Files.writeString(file, "H:2,block:2,blockSize:1000,chunk:3 ".repeat(200));
        assertThatThrownBy(() -> open(file, false)).isInstanceOf(EncryptedFile.DamagedException.class);
    }

    private static FileChannel open(Path file, boolean writable) throws Exception {
        FileChannel base = writable
                ? FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE)
                : FileChannel.open(file, StandardOpenOption.READ);
        return EncryptedFile.open(base, file.getFileName().toString(), KEY, writable);
    }
}
