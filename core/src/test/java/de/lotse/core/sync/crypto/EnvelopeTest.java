package de.lotse.core.sync.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lotse.core.sync.SkipReason;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class EnvelopeTest {

    private static final byte[] SALT = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final RealmKeys KEYS = RealmKeys.derive("Amt Lotse 2024".toCharArray(), SALT, 1_000);
    private static final RealmKeys OTHER_KEYS = RealmKeys.derive("Amt Lotse 2025".toCharArray(), SALT, 1_000);
    private static final KeyPair DEVICE = DeviceKeys.generate();
    private static final KeyPair OTHER_DEVICE = DeviceKeys.generate();
    private static final Function<byte[], Optional<PublicKey>> SIGNED_BY_DEVICE = header -> Optional.of(DEVICE.getPublic());

    private static final int MAGIC_AND_LENGTH = 11;
    private static final int SIGNATURE = 64;
    private static final int NONCE = 12;

    private static byte[] header(int seq) {
        return ("{\"realm\":\"r1\",\"device\":\"d1\",\"seq\":" + seq + "}").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] body(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] sealed(int seq, String body) {
        return Envelope.seal(header(seq), body(body), KEYS, DEVICE.getPrivate());
    }

    private static SkipReason reasonOpening(byte[] file) {
        try {
            Envelope.open(file, KEYS, SIGNED_BY_DEVICE);
        } catch (EnvelopeException e) {
            return e.reason();
        }
        throw new AssertionError("opened a file that should have been refused");
    }

    @Test
    void opensWhatItSealed() throws EnvelopeException {
        byte[] body = body("Familie Nowak, Zimmer 12, ".repeat(500));
        byte[] file = Envelope.seal(header(1), body, KEYS, DEVICE.getPrivate());
        Envelope.Opened opened = Envelope.open(file, KEYS, SIGNED_BY_DEVICE);
        assertThat(opened.header()).isEqualTo(header(1));
        assertThat(opened.body()).isEqualTo(body);
        assertThat(opened).isEqualTo(new Envelope.Opened(header(1), body));
        assertThat(opened.toString()).doesNotContain("Nowak");
        // Compressed: repeated text takes far less room than itself.
        assertThat(file.length).isLessThan(body.length / 4);
    }

    @Test
    void opensEmptyHeaderAndBody() throws EnvelopeException {
        byte[] file = Envelope.seal(new byte[0], new byte[0], KEYS, DEVICE.getPrivate());
        Envelope.Opened opened = Envelope.open(file, KEYS, SIGNED_BY_DEVICE);
        assertThat(opened.header()).isEmpty();
        assertThat(opened.body()).isEmpty();
    }

    @Test
    void layoutIsMagicLengthHeaderSignatureNonceCiphertext() throws EnvelopeException {
        byte[] file = sealed(7, "x");
        assertThat(new String(file, 0, 7, StandardCharsets.US_ASCII)).isEqualTo("LOTSE1\n");
        assertThat(ByteBuffer.wrap(file, 7, 4).getInt()).isEqualTo(header(7).length);
        assertThat(Arrays.copyOfRange(file, MAGIC_AND_LENGTH, MAGIC_AND_LENGTH + header(7).length)).isEqualTo(header(7));
        assertThat(Envelope.header(file)).isEqualTo(header(7));
    }

    @Test
    void sealingTwiceGivesDifferentFiles() {
        assertThat(sealed(1, "same")).isNotEqualTo(sealed(1, "same"));
    }

    @Test
    void refusesAnEmptyFile() {
        assertThat(reasonOpening(new byte[0])).isEqualTo(SkipReason.CORRUPT);
        assertThatThrownBy(() -> Envelope.header(new byte[0])).isInstanceOf(EnvelopeException.class);
        assertThatThrownBy(() -> Envelope.open(null, KEYS, SIGNED_BY_DEVICE))
                .isInstanceOfSatisfying(EnvelopeException.class, e -> assertThat(e.reason()).isEqualTo(SkipReason.CORRUPT));
    }

    @Test
    void refusesEveryTruncation() {
        byte[] file = sealed(3, "Zimmer 12 belegt");
        for (int length = 0; length < file.length; length++) {
            assertThat(reasonOpening(Arrays.copyOf(file, length)))
                    .as("truncated to %d bytes", length)
                    .isIn(SkipReason.CORRUPT, SkipReason.BAD_SIGNATURE);
        }
        // A file cut inside its fixed parts is structurally short: corrupt, not tampered.
        int headerEnd = MAGIC_AND_LENGTH + header(3).length;
        assertThat(reasonOpening(Arrays.copyOf(file, headerEnd + SIGNATURE))).isEqualTo(SkipReason.CORRUPT);
    }

    @Test
    void refusesAFlippedBitAnywhere() {
        byte[] file = sealed(3, "Zimmer 12 belegt");
        int headerEnd = MAGIC_AND_LENGTH + header(3).length;
        for (int position = 0; position < file.length; position++) {
            for (int bit = 0; bit < 8; bit++) {
                byte[] flipped = file.clone();
                flipped[position] ^= (byte) (1 << bit);
                SkipReason reason = reasonOpening(flipped);
                if (position < 7) {
                    assertThat(reason).as("magic byte %d", position).isEqualTo(SkipReason.CORRUPT);
                } else if (position < MAGIC_AND_LENGTH) {
                    assertThat(reason).as("length byte %d", position).isIn(SkipReason.CORRUPT, SkipReason.BAD_SIGNATURE);
                } else {
                    assertThat(reason).as("byte %d (header ends at %d)", position, headerEnd)
                            .isEqualTo(SkipReason.BAD_SIGNATURE);
                }
            }
        }
    }

    @Test
    void refusesAFileOfAnotherPassphrase() {
        byte[] file = Envelope.seal(header(1), body("Zimmer 12"), OTHER_KEYS, DEVICE.getPrivate());
        assertThat(reasonOpening(file)).isEqualTo(SkipReason.BAD_SIGNATURE);
    }

    @Test
    void refusesAFileSignedByAnotherDevice() {
        byte[] file = Envelope.seal(header(1), body("Zimmer 12"), KEYS, OTHER_DEVICE.getPrivate());
        assertThat(reasonOpening(file)).isEqualTo(SkipReason.BAD_SIGNATURE);
    }

    @Test
    void refusesAFileOfAnUnknownDevice() {
        byte[] file = sealed(1, "Zimmer 12");
        assertThatThrownBy(() -> Envelope.open(file, KEYS, header -> Optional.empty()))
                .isInstanceOfSatisfying(EnvelopeException.class,
                        e -> assertThat(e.reason()).isEqualTo(SkipReason.UNKNOWN_DEVICE));
    }

    @Test
    void aSignerLookupThatFailsMeansAnUnreadableHeader() {
        byte[] file = sealed(1, "Zimmer 12");
        assertThatThrownBy(() -> Envelope.open(file, KEYS, header -> {
            throw new IllegalArgumentException("not JSON");
        })).isInstanceOfSatisfying(EnvelopeException.class, e -> assertThat(e.reason()).isEqualTo(SkipReason.CORRUPT));
    }

    @Test
    void refusesHeadersSwappedBetweenFiles() {
        byte[] first = sealed(1, "first");
        byte[] second = sealed(2, "second");
        assertThat(reasonOpening(withHeader(first, header(2)))).isEqualTo(SkipReason.BAD_SIGNATURE);
        assertThat(reasonOpening(withHeader(second, header(1)))).isEqualTo(SkipReason.BAD_SIGNATURE);
        assertThat(reasonOpening(withHeader(first, header(100)))).isEqualTo(SkipReason.BAD_SIGNATURE);
    }

    /** Even the device itself cannot re-sign a body under another header: the header is the GCM associated data. */
    @Test
    void refusesAReSignedSwappedHeader() throws Exception {
        byte[] swapped = withHeader(sealed(1, "first"), header(2));
        int signatureAt = MAGIC_AND_LENGTH + header(2).length;
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(DEVICE.getPrivate());
        signer.update(swapped, 0, signatureAt);
        signer.update(swapped, signatureAt + SIGNATURE, swapped.length - signatureAt - SIGNATURE);
        System.arraycopy(signer.sign(), 0, swapped, signatureAt, SIGNATURE);
        assertThat(reasonOpening(swapped)).isEqualTo(SkipReason.BAD_SIGNATURE);
    }

    @Test
    void messagesNameTheCheckNotTheContent() {
        byte[] file = Envelope.seal(header(1), body("Nowak"), OTHER_KEYS, DEVICE.getPrivate());
        assertThatThrownBy(() -> Envelope.open(file, KEYS, SIGNED_BY_DEVICE))
                .hasMessageNotContaining("Nowak").hasMessageNotContaining("realm");
    }

    @Test
    void sha256IsLowerCaseHex() {
        assertThat(Envelope.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    private static final Set<SkipReason> OPEN_REASONS =
            EnumSet.of(SkipReason.CORRUPT, SkipReason.BAD_SIGNATURE, SkipReason.UNKNOWN_DEVICE);

    @Property(tries = 500)
    void anyBytesAreRefusedWithAReason(@ForAll("files") byte[] file) {
        assertThat(reasonOpening(file)).isIn(OPEN_REASONS);
    }

    @Property(tries = 500)
    void anyDamageToASealedFileIsRefused(@ForAll @Size(min = 1, max = 8) int[] positions,
                                         @ForAll @Size(min = 8, max = 8) byte[] values,
                                         @ForAll("lengthChanges") int lengthChange) {
        byte[] file = sealed(5, "Zimmer 12 belegt von Familie Nowak");
        byte[] damaged = Arrays.copyOf(file, Math.max(0, file.length + lengthChange));
        boolean changed = damaged.length != file.length;
        for (int i = 0; i < positions.length; i++) {
            if (damaged.length == 0) {
                break;
            }
            int at = Math.floorMod(positions[i], damaged.length);
            changed |= damaged[at] != values[i];
            damaged[at] = values[i];
        }
        if (changed) {
            assertThat(reasonOpening(damaged)).isIn(OPEN_REASONS);
        }
    }

    /** Random bytes, and random bytes behind the right magic so that the fuzzing gets past the first check. */
    @Provide
    Arbitrary<byte[]> files() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(400);
        Arbitrary<byte[]> withMagic = random.map(tail -> {
            byte[] file = Arrays.copyOf("LOTSE1\n".getBytes(StandardCharsets.US_ASCII), 7 + tail.length);
            System.arraycopy(tail, 0, file, 7, tail.length);
            return file;
        });
        Arbitrary<byte[]> withSmallLength = Arbitraries.integers().between(-2, 120).flatMap(length ->
                random.map(tail -> ByteBuffer.allocate(11 + tail.length)
                        .put("LOTSE1\n".getBytes(StandardCharsets.US_ASCII)).putInt(length).put(tail).array()));
        return Arbitraries.oneOf(random, withMagic, withSmallLength);
    }

    @Provide
    Arbitrary<Integer> lengthChanges() {
        return Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(-200, 40));
    }

    private static byte[] withHeader(byte[] file, byte[] header) {
        int oldLength = ByteBuffer.wrap(file, 7, 4).getInt();
        int rest = MAGIC_AND_LENGTH + oldLength;
        return ByteBuffer.allocate(file.length - oldLength + header.length)
                .put(file, 0, 7).putInt(header.length).put(header)
                .put(file, rest, file.length - rest).array();
    }
}
