package de.lotse.app.feature.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.app.i18n.Messages;
import de.lotse.app.settings.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The agenda's texts exist in both languages and read well with their numbers. */
class AgendaMessagesTest {

    @Test
    void everyAgendaKeyAndEveryProblemOfAnAppointmentHasAText() throws IOException {
        Pattern literal = Pattern.compile("\"((?:agenda|cli\\.agenda|nav\\.agenda)\\.[A-Za-z.]+|nav\\.agenda)\"");
        Set<String> used = new HashSet<>();
        for (Path source : List.of(Path.of("src/main/java/de/lotse/app/feature/agenda/AgendaView.java"),
                Path.of("src/main/java/de/lotse/app/feature/agenda/AppointmentDialog.java"),
                Path.of("src/main/java/de/lotse/app/cli/AgendaCommand.java"))) {
            Matcher matcher = literal.matcher(Files.readString(source));
            while (matcher.find()) {
                used.add(matcher.group(1));
            }
        }
        for (String code : List.of("required", "tooLong", "range", "timeFormat", "wholeNumber", "unknownLanguage")) {
            used.add("validation." + code);
        }
        assertThat(used).hasSizeGreaterThan(50);
        for (Locale language : Settings.LANGUAGES) {
            Messages messages = new Messages(language);
            assertThat(used).allSatisfy(key -> assertThat(messages.get(key, 2, 3, 4)).as(key)
                    .doesNotStartWith("!"));
        }
    }

    @Test
    void countsReadNaturally() {
        Messages german = new Messages(Locale.GERMAN);
        assertThat(german.get("agenda.count", 0)).isEqualTo("keine Termine");
        assertThat(german.get("agenda.count", 1)).isEqualTo("1 Termin");
        assertThat(german.get("agenda.count", 1234)).isEqualTo("1.234 Termine");
        assertThat(german.get("cli.agenda.done", 3, "/tmp/t.ics")).isEqualTo("3 Termine in /tmp/t.ics geschrieben.");
        assertThat(german.get("agenda.export.fileName", "2026", "47")).isEqualTo("termine-2026-KW47.ics");
        assertThat(german.get("validation.range", 0, 10_080)).isEqualTo("erlaubt sind 0 bis 10.080");
        assertThat(new Messages(Locale.ENGLISH).get("agenda.count", 1)).isEqualTo("1 appointment");
    }

    @Test
    void languagesAreNamedInTheLanguageOfTheScreenWithTheFrequentFirst() {
        List<String> codes = Languages.codes(Locale.GERMAN);
        assertThat(codes.subList(0, Languages.FREQUENT.size())).isEqualTo(Languages.FREQUENT);
        assertThat(codes).doesNotHaveDuplicates().hasSize(Locale.getISOLanguages().length);
        assertThat(Languages.name("ar", Locale.GERMAN)).isEqualTo("Arabisch");
        assertThat(Languages.name("uk", Locale.ENGLISH)).isEqualTo("Ukrainian");
    }
}
