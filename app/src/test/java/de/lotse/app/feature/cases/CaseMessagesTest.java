package de.lotse.app.feature.cases;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.app.i18n.Messages;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The case screens' texts with arguments read as they should (that every key exists: LocalizationConsistencyTest). */
class CaseMessagesTest {

    @Test
    void textsWithArgumentsFormat() {
        Messages german = new Messages(Locale.GERMAN);
        assertThat(german.get("cases.new.forHousehold", 4)).isEqualTo("den ganzen Haushalt (4 Personen)");
        assertThat(german.get("cases.new.forHousehold", 1)).isEqualTo("den ganzen Haushalt (1 Person)");
        assertThat(german.get("cases.tab.plan", 7)).isEqualTo("Plan (7)");
        assertThat(german.get("cases.countFiltered", "20", "25")).isEqualTo("20 von 25 Fällen");
        assertThat(new Messages(Locale.ENGLISH).get("cases.journal.correctedBy", "a", "b", "c"))
                .isEqualTo("Correction of a (b): c");
    }
}
