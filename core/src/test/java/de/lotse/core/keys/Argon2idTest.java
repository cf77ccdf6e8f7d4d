package de.lotse.core.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class Argon2idTest {

    private static final byte[] SALT = "sixteen byte slt".getBytes(StandardCharsets.US_ASCII);

    @Test
    void sameInputsGiveTheSameKeyAndAnyChangeAnother() {
        byte[] key = Argon2id.derive("Passwort für Amt".toCharArray(), SALT, Argon2Params.FOR_TESTS, 32);

        assertThat(key).hasSize(32)
                .isEqualTo(Argon2id.derive("Passwort für Amt".toCharArray(), SALT, Argon2Params.FOR_TESTS, 32));
        assertThat(Argon2id.derive("Passwort fur Amt".toCharArray(), SALT, Argon2Params.FOR_TESTS, 32))
                .isNotEqualTo(key);
        byte[] otherSalt = SALT.clone();
        otherSalt[0] ^= 1;
        assertThat(Argon2id.derive("Passwort für Amt".toCharArray(), otherSalt, Argon2Params.FOR_TESTS, 32))
                .isNotEqualTo(key);
        assertThat(Argon2id.derive("Passwort für Amt".toCharArray(), SALT, new Argon2Params(64, 2, 1), 32))
                .isNotEqualTo(key);
    }

    /** Bouncy Castle's generator and the UTF-8 encoding against the reference implementation (argon2 1.3 CLI). */
    @Test
    void matchesTheReferenceImplementation() {
        byte[] salt = "somesaltsomesalt".getBytes(StandardCharsets.US_ASCII);
        // echo -n "password" | argon2 somesaltsomesalt -id -t 2 -k 64 -p 1 -l 32 -r
        assertThat(HexFormat.of().formatHex(Argon2id.derive("password".toCharArray(), salt,
                new Argon2Params(64, 2, 1), 32)))
                .isEqualTo("1a98fba8e6394425c9bdc333a9c750aaf811df070f5fb4a5788e1cf4db5793a1");
        // echo -n "Passwort für Amt" | argon2 somesaltsomesalt -id -t 3 -k 256 -p 2 -l 32 -r   (UTF-8 terminal)
        assertThat(HexFormat.of().formatHex(Argon2id.derive("Passwort für Amt".toCharArray(), salt,
                new Argon2Params(256, 3, 2), 32)))
                .isEqualTo("3475c58a033f157d343f1f359da2e134ed0fbf147f754a60662582c86d773bed");
    }

    @Test
    void refusesShortSaltsAndCostsOutOfRange() {
        assertThatThrownBy(() -> Argon2id.derive("x".toCharArray(), new byte[8], Argon2Params.FOR_TESTS, 32))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("salt");
        assertThatThrownBy(() -> new Argon2Params(Argon2Params.MAX_MEMORY_KIB + 1, 1, 1))
                .hasMessageContaining("memory");
        assertThatThrownBy(() -> new Argon2Params(64, 0, 1)).hasMessageContaining("iterations");
        assertThatThrownBy(() -> new Argon2Params(64, 1, 0)).hasMessageContaining("parallelism");
        assertThatThrownBy(() -> new Argon2Params(15, 1, 2)).hasMessageContaining("memory");
    }

    @Test
    void aLoneSurrogateIsNoPassword() {
        assertThatThrownBy(() -> Argon2id.derive(new char[] {'a', '\uD800'}, SALT, Argon2Params.FOR_TESTS, 32))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("password is not valid Unicode");
    }

    @Test
    void theDefaultMeetsSecurityMd() {
        assertThat(Argon2Params.DEFAULT.memoryKiB()).isGreaterThanOrEqualTo(64 * 1024);
        assertThat(Argon2Params.DEFAULT.parallelism()).isEqualTo(1);
    }

    @Test
    void theBenchmarkReportsEveryPass() {
        Argon2Benchmark.Report report = Argon2Benchmark.run(1, 1);

        assertThat(report.timings()).hasSize(1);
        assertThat(report.sha256MillisPerMiB()).isPositive();
        assertThat(report.lines()).hasSize(2).first().asString().startsWith("SHA-256 of 1 MiB");
    }
}
