package de.lotse.app.feature.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.app.i18n.Messages;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The agenda's texts read well with their numbers (that every key exists: LocalizationConsistencyTest). */
class AgendaMessagesTest {

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
