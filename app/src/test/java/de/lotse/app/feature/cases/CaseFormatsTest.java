package de.lotse.app.feature.cases;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.core.text.Days;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CaseFormatsTest {

    private final CaseFormats german = new CaseFormats(Locale.GERMAN);
    private final CaseFormats english = new CaseFormats(Locale.ENGLISH);

    @Test
    void euroAmountsReadTheGermanWay() {
        assertThat(german.euro(new BigDecimal("1234.56"))).isEqualTo("1.234,56\u00a0€");
        assertThat(german.euro(new BigDecimal("563"))).isEqualTo("563,00\u00a0€");
        assertThat(english.euro(new BigDecimal("1234.56"))).isEqualTo("€1,234.56");
        assertThat(german.euro(null)).isEmpty();
    }

    @Test
    void germanAmountsAreParsed() {
        assertThat(german.parseEuro("563,00")).contains(new BigDecimal("563.00"));
        assertThat(german.parseEuro("1.234,56")).contains(new BigDecimal("1234.56"));
        assertThat(german.parseEuro(" 1234,5 € ")).contains(new BigDecimal("1234.50"));
        assertThat(german.parseEuro("1.234.567")).contains(new BigDecimal("1234567.00"));
        assertThat(german.parseEuro("563")).contains(new BigDecimal("563.00"));
        assertThat(german.parseEuro("563.00")).as("a point is no decimal mark in German").isEmpty();
        assertThat(german.parseEuro("12,345")).isEmpty();
        assertThat(german.parseEuro("-5")).isEmpty();
        assertThat(german.parseEuro("zwölf")).isEmpty();
        assertThat(english.parseEuro("1,234.56")).contains(new BigDecimal("1234.56"));
    }

    @Test
    void daysAreTypedWithPointsAndShownWithLeadingZeros() {
        assertThat(Days.parse("7.3.2026")).contains(LocalDate.of(2026, 3, 7));
        assertThat(Days.parse("07.03.2026")).contains(LocalDate.of(2026, 3, 7));
        assertThat(Days.parse("2026-03-07")).contains(LocalDate.of(2026, 3, 7));
        assertThat(Days.parse("30.02.2026")).isEmpty();
        assertThat(Days.parse("März")).isEmpty();
        assertThat(german.day(LocalDate.of(2026, 3, 7))).isEqualTo("07.03.2026");
        assertThat(german.dayTime(java.time.Instant.parse("2026-03-07T13:05:00Z"))).isEqualTo("07.03.2026 14:05");
    }
}
