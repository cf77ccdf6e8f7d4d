package de.lotse.core.sync.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class RealmKeysTest {

    private static final byte[] SALT = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OTHER_SALT = "fedcba9876543210".getBytes(StandardCharsets.US_ASCII);
    /** Few rounds: these tests are about the derivation's shape, not its cost. */
    private static final int ROUNDS = 1_000;

    @Test
    void deriveIsDeterministic() {
        RealmKeys first = RealmKeys.derive("Amt Lotse 2024".toCharArray(), SALT, ROUNDS);
        RealmKeys second = RealmKeys.derive("Amt Lotse 2024".toCharArray(), SALT, ROUNDS);
        assertThat(second).isEqualTo(first).hasSameHashCodeAs(first);
        assertThat(second.bodyKey()).isEqualTo(first.bodyKey());
        assertThat(second.macKey()).isEqualTo(first.macKey());
    }

    @Test
    void deriveDiffersBySaltPassphraseAndRounds() {
        RealmKeys keys = RealmKeys.derive("Amt Lotse 2024".toCharArray(), SALT, ROUNDS);
        for (RealmKeys other : new RealmKeys[] {
                RealmKeys.derive("Amt Lotse 2024".toCharArray(), OTHER_SALT, ROUNDS),
                RealmKeys.derive("Amt Lotse 2025".toCharArray(), SALT, ROUNDS),
                RealmKeys.derive("Amt Lotse 2024".toCharArray(), SALT, ROUNDS + 1)}) {
            assertThat(other).isNotEqualTo(keys);
            assertThat(other.bodyKey()).isNotEqualTo(keys.bodyKey());
            assertThat(other.macKey()).isNotEqualTo(keys.macKey());
            assertThat(other.keyId()).isNotEqualTo(keys.keyId());
        }
    }

    @Test
    void theKeysAreIndependentAndTheIdIsShortHex() {
        RealmKeys keys = RealmKeys.derive("pass".toCharArray(), SALT, ROUNDS);
        assertThat(keys.bodyKey()).hasSize(32).isNotEqualTo(keys.macKey());
        assertThat(keys.macKey()).hasSize(32);
        assertThat(keys.keyId()).matches("[0-9a-f]{16}");
        assertThat(HexFormat.of().formatHex(keys.bodyKey())).doesNotContain(keys.keyId());
    }

    @Test
    void toStringShowsNoKey() {
        RealmKeys keys = RealmKeys.derive("pass".toCharArray(), SALT, ROUNDS);
        String text = keys.toString();
        assertThat(text).contains(keys.keyId());
        for (byte[] key : new byte[][] {keys.bodyKey(), keys.macKey()}) {
            assertThat(text).doesNotContain(HexFormat.of().formatHex(key))
                    .doesNotContain(Base64.getEncoder().encodeToString(key));
        }
    }

    @Test
    void keysCannotBeChangedFromOutside() {
        RealmKeys keys = RealmKeys.derive("pass".toCharArray(), SALT, ROUNDS);
        keys.bodyKey()[0] ^= 1;
        keys.macKey()[0] ^= 1;
        assertThat(keys).isEqualTo(RealmKeys.derive("pass".toCharArray(), SALT, ROUNDS));
    }

    @Test
    void macChecksOutOnlyForTheSameDataAndKey() {
        RealmKeys keys = RealmKeys.derive("pass".toCharArray(), SALT, ROUNDS);
        RealmKeys other = RealmKeys.derive("other".toCharArray(), SALT, ROUNDS);
        byte[] data = "device file".getBytes(StandardCharsets.UTF_8);
        byte[] mac = keys.mac(data);
        assertThat(mac).hasSize(32);
        assertThat(keys.checkMac(data, mac)).isTrue();
        assertThat(keys.checkMac("device filE".getBytes(StandardCharsets.UTF_8), mac)).isFalse();
        assertThat(other.checkMac(data, mac)).isFalse();
        assertThat(keys.checkMac(data, java.util.Arrays.copyOf(mac, 31))).isFalse();
        assertThat(keys.checkMac(data, new byte[0])).isFalse();
        assertThat(keys.checkMac(data, null)).isFalse();
        assertThat(keys.checkMac(null, mac)).isFalse();
    }

    /** Prints the time so that {@link RealmKeys#DEFAULT_ITERATIONS} can be checked on other machines. */
    @Test
    void defaultIterationsTakeAFractionOfASecond() {
        RealmKeys.derive("warm up".toCharArray(), SALT, RealmKeys.DEFAULT_ITERATIONS);
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            RealmKeys.derive("Amt Lotse 2024".toCharArray(), SALT, RealmKeys.DEFAULT_ITERATIONS);
            best = Math.min(best, System.nanoTime() - start);
        }
        System.out.printf("RealmKeys.derive with %,d iterations: %d ms%n", RealmKeys.DEFAULT_ITERATIONS,
                best / 1_000_000);
        // Loose on purpose: CI machines vary; this catches a factor-ten mistake, not a slow runner.
        assertThat(best / 1_000_000).isLessThan(5_000);
    }
}
