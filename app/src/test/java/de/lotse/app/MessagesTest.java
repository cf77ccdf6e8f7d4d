package de.lotse.app;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.app.i18n.Messages;
import de.lotse.app.i18n.ProblemMessages;
import de.lotse.app.settings.Settings;
import de.lotse.core.store.StoreProblem;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MessagesTest {

    static Stream<StoreProblem> problems() {
        Path path = Path.of("/daten/lotse");
        return Stream.of(new StoreProblem.ReadOnly(path), new StoreProblem.InUse(path), new StoreProblem.Corrupt(path),
                new StoreProblem.NewerSchema(path, "9", "1"), new StoreProblem.DiskFull(path),
                new StoreProblem.MigrationFailed(path, path), new StoreProblem.NotABackup(path),
                new StoreProblem.Unexpected(path, "X"));
    }

    @ParameterizedTest
    @MethodSource("problems")
    void everyStoreProblemHasClearWordsNamingTheFolder(StoreProblem problem) {
        for (Locale language : Settings.LANGUAGES) {
            String text = ProblemMessages.describe(problem, new Messages(language));
            assertThat(text).doesNotContain("!").contains("/daten/lotse").endsWith(".");
        }
    }

    @Test
    void numbersAndDatesFollowTheLanguage() {
        Messages german = new Messages(Locale.GERMAN);
        assertThat(german.number(1234567)).isEqualTo("1.234.567");
        assertThat(german.date(java.time.LocalDate.of(2026, 3, 7))).isEqualTo("07.03.2026");
        assertThat(german.country("SY")).isEqualTo("Syrien");
        assertThat(new Messages(Locale.ENGLISH).number(1234567)).isEqualTo("1,234,567");
        assertThat(new Messages(Locale.ENGLISH).country("SY")).isEqualTo("Syria");
    }
}
