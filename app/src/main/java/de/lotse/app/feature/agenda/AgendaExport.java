package de.lotse.app.feature.agenda;

import de.lotse.core.agenda.Appointment;
import de.lotse.core.agenda.IcsCalendar;
import de.lotse.core.clock.OfficeTime;
import de.lotse.core.person.PersonNames;
import de.lotse.core.person.PersonService;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Appointments as an iCalendar file, for the agenda's export button and {@code lotse agenda}:
 * summaries name the person, and the file is written whole or not at all.
 */
public final class AgendaExport {

    private AgendaExport() {
    }

    /** The display names ("Family, Given") of the persons the appointments are with. */
    public static Map<UUID, String> personNames(PersonService people, Collection<Appointment> appointments) {
        Map<UUID, String> names = new HashMap<>();
        appointments.stream().map(Appointment::personId).filter(Objects::nonNull).distinct()
                .forEach(id -> people.find(id).ifPresent(detail -> names.put(id,
                        PersonNames.display(detail.person().familyName(), detail.person().givenName()))));
        return names;
    }

    /** "Beratungsgespräch – Al-Hassan, Mohammed"; the title alone for an appointment with nobody in the register. */
    public static String describe(Appointment appointment, String personName) {
        return personName == null || personName.isBlank() ? appointment.title()
                : appointment.title() + " – " + personName;
    }

    /** The calendar text of the appointments. */
    public static String ics(List<Appointment> appointments, Map<UUID, String> personNames, Instant now) {
        return IcsCalendar.write(appointments, a -> describe(a, personNames.get(a.personId())),
                OfficeTime.ZONE, now);
    }

    /**
     * Writes the calendar to {@code file}: first to a temporary file beside it, forced to the
     * disk, then moved over the target, so that a reader never sees half a calendar.
     */
    public static void write(Path file, List<Appointment> appointments, Map<UUID, String> personNames, Instant now)
            throws IOException {
        Path target = file.toAbsolutePath();
        Path temporary = Files.createTempFile(target.getParent(), ".lotse-", ".ics.tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer bytes = ByteBuffer.wrap(ics(appointments, personNames, now).getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The ISO week-based year of a day (the last days of December may belong to week 1 of the next year). */
    public static int weekYear(LocalDate day) {
        return day.get(IsoFields.WEEK_BASED_YEAR);
    }

    /** The ISO calendar week of a day (Kalenderwoche, KW). */
    public static int week(LocalDate day) {
        return day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }
}
