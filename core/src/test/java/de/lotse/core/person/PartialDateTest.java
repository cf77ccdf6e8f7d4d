package de.lotse.core.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void monthPrecisionForgetsTheDay() {
        PartialDate a = new PartialDate(LocalDate.of(1991, 3, 7), DatePrecision.MONTH);
        PartialDate b = new PartialDate(LocalDate.of(1991, 3, 31), DatePrecision.MONTH);

        assertThat(a.date()).isEqualTo(LocalDate.of(1991, 3, 1));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(new PartialDate(LocalDate.of(1991, 4, 7), DatePrecision.MONTH));
    }

    @Test
    void yearPrecisionForgetsMonthAndDay() {
        PartialDate a = new PartialDate(LocalDate.of(1991, 3, 7), DatePrecision.YEAR);
        PartialDate b = new PartialDate(LocalDate.of(1991, 12, 31), DatePrecision.YEAR);

        assertThat(a.date()).isEqualTo(LocalDate.of(1991, 1, 1));
        assertThat(a).isEqualTo(b).isEqualTo(PartialDate.ofYear(1991)).hasSameHashCodeAs(b);
    }

    @Test
    void samePointInTimeWithOtherPrecisionIsAnotherDate() {
        assertThat(PartialDate.of(LocalDate.of(1991, 1, 1))).isNotEqualTo(PartialDate.ofYear(1991));
        assertThat(PartialDate.of(LocalDate.of(1991, 3, 7)).date()).isEqualTo(LocalDate.of(1991, 3, 7));
    }

    @Test
    void formatsInGermanOfficeForm() {
        LocalDate day = LocalDate.of(1991, 3, 7);

        assertThat(PartialDate.of(day).format()).isEqualTo("07.03.1991");
        assertThat(new PartialDate(day, DatePrecision.MONTH).format()).isEqualTo("03.1991");
        assertThat(new PartialDate(day, DatePrecision.YEAR).format()).isEqualTo("1991");
        assertThat(PartialDate.of(LocalDate.of(2003, 11, 24)).format()).isEqualTo("24.11.2003");
    }

    @Test
    void ageCountsWholeYears() {
        PartialDate born = PartialDate.of(LocalDate.of(1991, 3, 7));

        assertThat(born.ageOn(LocalDate.of(2025, 3, 6))).isEqualTo(33);
        assertThat(born.ageOn(LocalDate.of(2025, 3, 7))).isEqualTo(34);
        assertThat(born.ageOn(LocalDate.of(1991, 3, 7))).isZero();
    }

    @Test
    void ageTakesTheEarliestDayOfAnUnknownPart() {
        PartialDate year = PartialDate.ofYear(2007);
        PartialDate month = new PartialDate(LocalDate.of(2007, 8, 20), DatePrecision.MONTH);

        assertThat(year.ageOn(LocalDate.of(2024, 12, 31))).isEqualTo(17);
        assertThat(year.ageOn(LocalDate.of(2025, 1, 1))).isEqualTo(18);
        assertThat(month.ageOn(LocalDate.of(2025, 7, 31))).isEqualTo(17);
        assertThat(month.ageOn(LocalDate.of(2025, 8, 1))).isEqualTo(18);
    }
}
