package de.lotse.core.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class FileKeyTest {

    @Test
    void theH2PasswordIsTheKeyIn64LowercaseHexCharacters() {
        byte[] bytes = HexFormat.of().parseHex("00ff10ab" + "5a".repeat(28));
        FileKey key = FileKey.of(bytes);

        assertThat(new String(key.h2FilePassword())).isEqualTo("00ff10ab" + "5a".repeat(28)).hasSize(64)
                .doesNotContain(" ");
    }

    @Test
    void copiesInAndOut() {
        byte[] bytes = new byte[FileKey.BYTES];
        FileKey key = FileKey.of(bytes);
        bytes[0] = 1;
        key.bytes()[1] = 1;

        assertThat(key.bytes()).isEqualTo(new byte[FileKey.BYTES]);
        assertThatThrownBy(() -> FileKey.of(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void generatedKeysDiffer() {
        assertThat(FileKey.generate().sameKey(FileKey.generate())).isFalse();
    }

    @Test
    void destroyWipesTheKey() {
        FileKey key = FileKey.generate();

        key.destroy();

        assertThat(key.isDestroyed()).isTrue();
        assertThatThrownBy(key::bytes).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(key::h2FilePassword).isInstanceOf(IllegalStateException.class);
        assertThat(key).hasToString("FileKey[destroyed]");
    }

    @Test
    void toStringHidesTheKey() {
        FileKey key = FileKey.generate();

        assertThat(key.toString()).isEqualTo("FileKey[hidden]").doesNotContain(new String(key.h2FilePassword()));
    }
}
