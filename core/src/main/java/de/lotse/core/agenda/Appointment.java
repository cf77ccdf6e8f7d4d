package de.lotse.core.agenda;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * An appointment in the office's local time: with a person (and their case), for a caseworker,
 * at a place, with someone (an authority, a doctor), the language an interpreter must speak
 * (ISO 639-1, none when no interpreter is needed), and how many minutes ahead to remind.
 */
public record Appointment(UUID id, UUID personId, UUID caseId, UUID caseworkerId, LocalDateTime startsAt, int minutes,
        String title, String place, String withWhom, String interpreterLanguage, Integer reminderMinutes) {

    public Appointment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(title, "title");
    }

    public LocalDateTime endsAt() {
        return startsAt.plusMinutes(minutes);
    }
}
