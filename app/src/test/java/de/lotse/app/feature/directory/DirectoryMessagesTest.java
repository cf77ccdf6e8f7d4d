package de.lotse.app.feature.directory;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.app.i18n.Messages;
import de.lotse.core.cases.StepStatus;
import de.lotse.core.directory.StepCategory;
import de.lotse.core.directory.StepPriority;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Verwaltung's words for priorities and areas are the office's own (every key: LocalizationConsistencyTest). */
class DirectoryMessagesTest {

    @Test
    void theOfficesOwnWordsForPrioritiesAndAreas() {
        Messages german = new Messages(Locale.GERMAN);
        assertThat(Stream.of(StepPriority.values()).map(p -> german.get("stepPriority." + p.name())))
                .containsExactly("sofort", "unabdingbar", "kann warten");
        assertThat(Stream.of(StepCategory.values()).map(c -> german.get("stepCategory." + c.name())))
                .containsExactly("Sprache", "Arbeit", "Bildung", "Wohnen", "Gesundheit", "Aufenthalt", "Soziales");
        assertThat(Stream.of(StepStatus.values()).map(s -> german.get("stepStatus." + s.name())))
                .containsExactly("offen", "in Arbeit", "erledigt", "entfallen");
        assertThat(german.get("directory.step.days", 1)).isEqualTo("einem Tag");
        assertThat(german.get("directory.step.days", 14)).isEqualTo("14 Tagen");
        assertThat(german.get("directory.organisations.count", 12)).isEqualTo("12 Organisationen");
        assertThat(german.get("validation.range", 0, 3650)).isEqualTo("erlaubt sind 0 bis 3.650");
    }
}
