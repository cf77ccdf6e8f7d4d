package de.lotse.core.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class CaseNumberTest {

    @Test
    void aNumberNamesItsDeviceYearAndSerial() {
        assertThat(new CaseNumber("K7QM", 2026, 42)).hasToString("K7QM-26-0042");
        assertThat(CaseNumber.parse(" k7qm-26-0042 ")).contains(new CaseNumber("K7QM", 2026, 42));
        assertThat(CaseNumber.parse("K7QM-26-12345")).contains(new CaseNumber("K7QM", 2026, 12345));
        assertThat(CaseNumber.parse("K7QM2600042")).isEmpty();
        assertThat(CaseNumber.parse(null)).isEmpty();
    }

    @Test
    void theNextNumberFollowsTheHighestOfThisDeviceAndYearOnly() {
        List<String> taken = List.of("K7QM-26-0007", "K7QM-26-0003", "K7QM-25-0099", "ACDE-26-0500", "rubbish");
        assertThat(CaseNumber.next("K7QM", 2026, taken)).hasToString("K7QM-26-0008");
        assertThat(CaseNumber.next("K7QM", 2027, taken)).hasToString("K7QM-27-0001");
        assertThat(CaseNumber.next("ACDE", 2026, taken)).hasToString("ACDE-26-0501");
    }

    @Property(tries = 50)
    void twoDevicesNumberingOfflineNeverGiveOutTheSameNumber(@ForAll @IntRange(min = 1, max = 300) int onFirst,
            @ForAll @IntRange(min = 1, max = 300) int onSecond) {
        Set<String> all = new HashSet<>();
        List<String> first = new java.util.ArrayList<>();
        List<String> second = new java.util.ArrayList<>();
        for (int i = 0; i < Math.max(onFirst, onSecond); i++) {
            if (i < onFirst) {
                first.add(CaseNumber.next("K7QM", 2026, first).toString());
            }
            if (i < onSecond) {
                second.add(CaseNumber.next("ACDE", 2026, second).toString());
            }
        }
        all.addAll(first);
        all.addAll(second);
        assertThat(all).hasSize(onFirst + onSecond);
    }
}
