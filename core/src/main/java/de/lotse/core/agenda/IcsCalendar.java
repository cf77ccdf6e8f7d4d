package de.lotse.core.agenda;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Writes appointments as an iCalendar file (RFC 5545) that Outlook, Thunderbird and phone
 * calendars import: times in UTC, text escaped, lines folded at 75 octets, CRLF line ends, and
 * an alarm where the appointment has a reminder.
 */
public final class IcsCalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final String CRLF = "\r\n";

    private IcsCalendar() {
    }

    /**
     * The calendar text. {@code describe} gives the summary of an appointment (its title and
     * whom it is with), {@code zone} is the office's time zone the appointments are kept in.
     */
    public static String write(List<Appointment> appointments, Function<Appointment, String> describe, ZoneId zone,
            Instant now) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Lotse//Lotse//DE");
        line(out, "CALSCALE:GREGORIAN");
        for (Appointment appointment : appointments) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + appointment.id() + "@lotse");
            line(out, "DTSTAMP:" + UTC.format(now));
            line(out, "DTSTART:" + UTC.format(appointment.startsAt().atZone(zone)));
            line(out, "DTEND:" + UTC.format(appointment.endsAt().atZone(zone)));
            line(out, "SUMMARY:" + escape(describe.apply(appointment)));
            if (appointment.place() != null) {
                line(out, "LOCATION:" + escape(appointment.place()));
            }
            StringBuilder description = new StringBuilder();
            if (appointment.withWhom() != null) {
                description.append(appointment.withWhom());
            }
            if (appointment.interpreterLanguage() != null) {
                description.append(description.isEmpty() ? "" : "\n").append("Dolmetschen: ")
                        .append(languageName(appointment.interpreterLanguage()));
            }
            if (!description.isEmpty()) {
                line(out, "DESCRIPTION:" + escape(description.toString()));
            }
            if (appointment.reminderMinutes() != null) {
                line(out, "BEGIN:VALARM");
                line(out, "ACTION:DISPLAY");
                line(out, "DESCRIPTION:" + escape(appointment.title()));
                line(out, "TRIGGER:-PT" + appointment.reminderMinutes() + "M");
                line(out, "END:VALARM");
            }
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** "Arabisch (ar)": the calendar is read by German staff, the code helps the interpreter service. */
    private static String languageName(String code) {
        String name = Locale.of(code).getDisplayLanguage(Locale.GERMAN);
        return name.isBlank() || name.equals(code) ? code : name + " (" + code + ")";
    }

    /** Backslash, semicolon, comma and line breaks are escaped as RFC 5545 section 3.3.11 says. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Appends a content line folded so that no physical line exceeds 75 octets, never inside a character. */
    private static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append(CRLF);
    }
}
