package de.lotse.core.agenda;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/** Port to the stored appointments. */
public interface Agenda {

    /** Stores a new or changed appointment (by its id). */
    void save(Appointment appointment);

    boolean delete(UUID id);

    /** A caseworker's appointments starting in {@code [from, to)}, by start; every caseworker's when {@code caseworkerId} is null. */
    List<Appointment> between(UUID caseworkerId, LocalDateTime from, LocalDateTime to);

    /** A person's appointments, by start. */
    List<Appointment> ofPerson(UUID personId);
}
