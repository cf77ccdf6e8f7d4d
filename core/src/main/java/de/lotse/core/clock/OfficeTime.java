package de.lotse.core.clock;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** The office's time zone: appointments, journal times and "today" are kept in it. */
public final class OfficeTime {

    /** The time zone the office keeps appointments in. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private OfficeTime() {
    }

    /** Today at the office, whatever the zone of {@code clock}. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
