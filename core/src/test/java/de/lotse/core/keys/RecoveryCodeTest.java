package de.lotse.core.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecoveryCodeTest {

    @Test
    void aCodeIsFiveGroupsOfFiveWithoutConfusableCharacters() {
        RecoveryCode code = RecoveryCode.generate();

        assertThat(new String(code.grouped())).matches("([2-9A-HJKMNP-Z]{5}-){4}[2-9A-HJKMNP-Z]{5}");
        assertThat(new String(code.chars())).hasSize(25).doesNotContainAnyWhitespaces()
                .doesNotContain("0", "O", "1", "I", "L");
        assertThat(RecoveryCode.ALPHABET).hasSize(31).doesNotContain("0", "O", "1", "I", "L");
    }

    @Test
    void codesDiffer() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            codes.add(new String(RecoveryCode.generate().chars()));
        }
        assertThat(codes).hasSize(100);
    }

    @Test
    void parseToleratesCaseSpacesAndDashes() {
        RecoveryCode code = RecoveryCode.generate();
        String grouped = new String(code.grouped());
        String plain = new String(code.chars());

        for (String typed : new String[] {grouped, grouped.toLowerCase(), plain, plain.toLowerCase(),
                grouped.replace('-', ' '), "  " + grouped.replace("-", " - ") + "\n",
                plain.substring(0, 7) + "--" + plain.substring(7)}) {
            assertThat(RecoveryCode.parse(typed)).as(typed)
                    .hasValueSatisfying(parsed -> assertThat(parsed.chars()).isEqualTo(code.chars()));
        }
    }

    @Test
    void parseRefusesWhatIsNoCode() {
        String plain = new String(RecoveryCode.generate().chars());

        assertThat(RecoveryCode.parse("")).isEmpty();
        assertThat(RecoveryCode.parse(plain.substring(1))).isEmpty();
        assertThat(RecoveryCode.parse(plain + "A")).isEmpty();
        assertThat(RecoveryCode.parse("0" + plain.substring(1))).isEmpty();
        assertThat(RecoveryCode.parse("O" + plain.substring(1))).isEmpty();
        assertThat(RecoveryCode.parse(plain.substring(1) + "_")).isEmpty();
    }

    @Test
    void theCodeUnlocksItsRecoveryCredentialAsTyped() {
        UUID account = UUID.randomUUID();
        RecoveryCode code = RecoveryCode.generate();
        Credential recovery = Credential.create(account, code.chars(), Argon2Params.FOR_TESTS);

        RecoveryCode typed = RecoveryCode.parse(new String(code.grouped()).toLowerCase().replace("-", " ")).orElseThrow();

        assertThat(recovery.unlock(account, typed.chars())).isPresent();
        assertThat(recovery.unlock(account, RecoveryCode.generate().chars())).isEmpty();
    }

    @Test
    void toStringAndDestroyHideTheCode() {
        RecoveryCode code = RecoveryCode.generate();
        String plain = new String(code.chars());

        assertThat(code.toString()).doesNotContain(plain).doesNotContain(plain.substring(0, 5));
        code.destroy();
        assertThat(code.isDestroyed()).isTrue();
    }
}
