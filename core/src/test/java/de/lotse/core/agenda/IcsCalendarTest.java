package de.lotse.core.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.core.clock.OfficeTime;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IcsCalendarTest {

    private static final Instant NOW = Instant.parse("2026-11-16T08:15:00Z");
    private static final String ARABIC = "موعد في مكتب الأجانب مع المترجم";

    private static Appointment appointment(LocalDateTime start, String title, String place, String withWhom,
            String language, Integer reminder) {
        return new Appointment(UUID.fromString("0190b3c4-0000-7000-8000-000000000001"), null, null, null, start, 45,
                title, place, withWhom, language, reminder);
    }

    private static String write(Appointment... appointments) {
        return IcsCalendar.write(List.of(appointments), Appointment::title, OfficeTime.ZONE, NOW);
    }

    /** The content lines with folding undone (RFC 5545 section 3.1). */
    private static List<String> unfolded(String ics) {
        return Arrays.asList(ics.replace("\r\n ", "").split("\r\n"));
    }

    private static String value(String ics, String name) {
        return unfolded(ics).stream().filter(line -> line.startsWith(name + ":")).findFirst()
                .map(line -> line.substring(name.length() + 1)).orElseThrow();
    }

    @Test
    void everyLineEndsWithCrlfAndTheCalendarIsComplete() {
        String ics = write(appointment(LocalDateTime.of(2026, 11, 17, 9, 0), "Beratung", null, null, null, null));
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
        assertThat(unfolded(ics)).contains("BEGIN:VEVENT", "END:VEVENT",
                "UID:0190b3c4-0000-7000-8000-000000000001@lotse", "DTSTAMP:20261116T081500Z", "SUMMARY:Beratung");
        assertThat(ics).doesNotContain("LOCATION").doesNotContain("DESCRIPTION").doesNotContain("VALARM");
    }

    @Test
    void longLinesFoldAt75OctetsWithoutSplittingACharacter() throws CharacterCodingException {
        String title = "Begleitung zur Ausländerbehörde – Übergabe der Unterlagen für Frau Öztürk-Müßig "
                + ARABIC + " " + ARABIC;
        String ics = write(appointment(LocalDateTime.of(2026, 11, 17, 9, 0), title, "Rathausplatz 1", null, null,
                null));
        for (String physical : ics.split("\r\n")) {
            byte[] octets = physical.getBytes(StandardCharsets.UTF_8);
            assertThat(octets.length).as(physical).isLessThanOrEqualTo(75);
            // each physical line decodes on its own: no character was cut in half
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(octets));
        }
        assertThat(ics.split("\r\n ").length).as("the summary was folded").isGreaterThan(2);
        assertThat(value(ics, "SUMMARY")).isEqualTo(title);
    }

    @Test
    void commasSemicolonsBackslashesAndLineBreaksAreEscaped() {
        String ics = write(appointment(LocalDateTime.of(2026, 11, 17, 9, 0), "Antrag; Kopie, Original",
                "Raum 2.14\\Nord", "Jobcenter\r\nFrau Schulz, Team 3\nTel. 123\rFax 456", null, null));
        assertThat(value(ics, "SUMMARY")).isEqualTo("Antrag\\; Kopie\\, Original");
        assertThat(value(ics, "LOCATION")).isEqualTo("Raum 2.14\\\\Nord");
        assertThat(value(ics, "DESCRIPTION")).isEqualTo("Jobcenter\\nFrau Schulz\\, Team 3\\nTel. 123\\nFax 456");
    }

    @Test
    void officeTimesBecomeUtcAcrossDaylightSavingTime() {
        // winter: UTC+1; summer: UTC+2; the Sunday of the change in March 2026 (02:00 → 03:00)
        String winter = write(appointment(LocalDateTime.of(2026, 11, 17, 9, 30), "A", null, null, null, null));
        assertThat(value(winter, "DTSTART")).isEqualTo("20261117T083000Z");
        assertThat(value(winter, "DTEND")).isEqualTo("20261117T091500Z");
        String summer = write(appointment(LocalDateTime.of(2026, 7, 1, 9, 30), "A", null, null, null, null));
        assertThat(value(summer, "DTSTART")).isEqualTo("20260701T073000Z");
        String change = write(appointment(LocalDateTime.of(2026, 3, 29, 1, 30), "A", null, null, null, null));
        assertThat(value(change, "DTSTART")).as("before the change, still UTC+1").isEqualTo("20260329T003000Z");
        assertThat(value(change, "DTEND")).as("45 minutes later it is 03:15 summer time")
                .isEqualTo("20260329T011500Z");
        String back = write(appointment(LocalDateTime.of(2026, 10, 25, 10, 0), "A", null, null, null, null));
        assertThat(value(back, "DTSTART")).as("the Sunday summer time ends").isEqualTo("20261025T090000Z");
    }

    @Test
    void aReminderBecomesAnAlarmAndTheInterpreterLanguageIsNamed() {
        String ics = write(appointment(LocalDateTime.of(2026, 11, 17, 9, 0), "Hilfeplangespräch", "Büro", null, "ar",
                60));
        List<String> lines = unfolded(ics);
        int alarm = lines.indexOf("BEGIN:VALARM");
        assertThat(alarm).isPositive();
        assertThat(lines.subList(alarm, lines.indexOf("END:VALARM"))).contains("ACTION:DISPLAY", "TRIGGER:-PT60M",
                "DESCRIPTION:Hilfeplangespräch");
        assertThat(lines.indexOf("END:VALARM")).isLessThan(lines.indexOf("END:VEVENT"));
        assertThat(value(ics, "DESCRIPTION")).isEqualTo("Dolmetschen: Arabisch (ar)");
    }
}
