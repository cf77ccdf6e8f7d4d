package de.lotse.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.core.person.DatePrecision;
import de.lotse.core.person.PartialDate;
import de.lotse.core.validation.FieldProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The one reading and writing of days: every form a field, the command line or the conflicts inbox took. */
class DaysTest {

    private static final LocalDate MARCH_7 = LocalDate.of(2026, 3, 7);

    @Test
    void everyFormAFieldTookIsADay() {
        for (String typed : List.of("7.3.2026", "07.03.2026", " 07.03.2026 ", "7/3/2026", "07/03/2026", "2026-03-07",
                "2026-3-7")) {
            assertThat(Days.parse(typed)).as(typed).contains(MARCH_7);
        }
    }

    @Test
    void noDayAndNoTextAreNone() {
        for (String typed : List.of("", "  ", "31.02.2026", "30.02.2026", "7.13.2026", "März", "7.3.", "03.2026",
                "2026", "7.3.26", "007.03.2026", "07.03.20266", "2026-03-07T10:00")) {
            assertThat(Days.parse(typed)).as(typed).isEmpty();
        }
        assertThat(Days.parse(null)).isEmpty();
    }

    @Test
    void daysAheadMayHaveATwoDigitYear() {
        assertThat(Days.parseAhead("7.3.26")).contains(MARCH_7);
        assertThat(Days.parseAhead("07.03.2026")).contains(MARCH_7);
        assertThat(Days.parseAhead("29.2.27")).as("no such day").isEmpty();
    }

    @Test
    void aWrongDayIsTheFieldsDayFormatProblem() {
        List<FieldProblem> problems = new ArrayList<>();
        assertThat(Days.parse("dueOn", "31.02.2026", problems)).isNull();
        assertThat(Days.parse("givenOn", "", problems)).as("empty is no day, and no problem").isNull();
        assertThat(Days.parse("from", "1.3.2026", problems)).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(problems).containsExactly(FieldProblem.of("dueOn", "dayFormat"));
    }

    @Test
    void shownWithLeadingZerosInTheLanguagesMarks() {
        assertThat(Days.format(MARCH_7)).isEqualTo("07.03.2026");
        assertThat(Days.format(MARCH_7, Locale.GERMAN)).isEqualTo("07.03.2026");
        assertThat(Days.format(MARCH_7, Locale.ENGLISH)).isEqualTo("07/03/2026");
        assertThat(Days.format(null)).isEmpty();
        assertThat(Days.format(LocalDate.of(987, 1, 2))).isEqualTo("02.01.0987");
    }

    @Test
    void whatIsShownIsReadBack() {
        for (Locale language : List.of(Locale.GERMAN, Locale.ENGLISH)) {
            assertThat(Days.parse(Days.format(MARCH_7, language))).contains(MARCH_7);
        }
    }

    @Test
    void partialDatesReadDaysTheSameWayAndKeepYearAndMonthForms() {
        assertThat(PartialDate.parse("7/3/2026")).contains(PartialDate.of(MARCH_7));
        assertThat(PartialDate.parse("31.02.2026")).isEmpty();
        assertThat(PartialDate.parse("03.2026").orElseThrow().precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(PartialDate.parse("2026")).contains(PartialDate.ofYear(2026));
        assertThat(PartialDate.of(MARCH_7).format()).isEqualTo("07.03.2026");
    }
}
