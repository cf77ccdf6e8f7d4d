package de.lotse.core.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class DeviceCodesTest {

    private static final String CONFUSABLE = "0O1IL2Z5S8B";

    @Test
    void alphabetHasNoConfusableCharacters() {
        assertThat(DeviceCodes.ALPHABET).doesNotContainAnyWhitespaces();
        for (char c : CONFUSABLE.toCharArray()) {
            assertThat(DeviceCodes.ALPHABET).doesNotContain(String.valueOf(c));
        }
        assertThat(DeviceCodes.ALPHABET.chars().distinct().count()).isEqualTo(DeviceCodes.ALPHABET.length());
    }

    @Test
    void randomCodesAreValidAndUseTheWholeAlphabet() {
        SplittableRandom random = new SplittableRandom(7);
        Set<Character> seen = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            String code = DeviceCodes.random(random);
            assertThat(code).hasSize(4);
            assertThat(DeviceCodes.isValid(code)).as(code).isTrue();
            assertThat(code).doesNotContainPattern("[" + CONFUSABLE + "]");
            code.chars().forEach(c -> seen.add((char) c));
            codes.add(code);
        }
        assertThat(seen).hasSize(DeviceCodes.ALPHABET.length());
        assertThat(codes).hasSizeGreaterThan(1_990);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "ACD", "ACDEF", "ACD0", "ACDO", "ACD1", "ACDI", "ACDL", "ACD2", "ACDZ",
        "ACD5", "ACDS", "ACD8", "ACDB", "acde", "AC E", "ÄCDE"})
    void rejectsInvalidCodes(String code) {
        assertThat(DeviceCodes.isValid(code)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> new DeviceIdentity(UUID.randomUUID(), code));
    }

    @Test
    void identityAcceptsAValidCode() {
        UUID id = UUID.randomUUID();
        assertThat(new DeviceIdentity(id, "K7QX").code()).isEqualTo("K7QX");
        assertThatNullPointerException().isThrownBy(() -> new DeviceIdentity(null, "K7QX"));
    }
}
