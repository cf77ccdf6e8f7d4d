package de.lotse.core.agenda;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/** Port to the stored appointments. */
public interface Agenda {

    /**
     * Stores a new appointment ({@code base} null), or the fields of a stored one in which
     * {@code edited} differs from {@code base}, the appointment as the form showed it: a field that
     * another device changed meanwhile and the person left alone keeps its value.
     */
    void save(Appointment base, Appointment edited);

    boolean delete(UUID id);

    /** A caseworker's appointments starting in {@code [from, to)}, by start; every caseworker's when {@code caseworkerId} is null. */
    List<Appointment> between(UUID caseworkerId, LocalDateTime from, LocalDateTime to);

    /** A person's appointments, by start. */
    List<Appointment> ofPerson(UUID personId);
}
