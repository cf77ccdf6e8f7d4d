package de.lotse.persistence;

import static de.lotse.persistence.jooq.Tables.APPOINTMENT;

import de.lotse.core.agenda.Agenda;
import de.lotse.core.agenda.Appointment;
import de.lotse.persistence.jooq.tables.records.AppointmentRecord;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.jooq.impl.DSL;

/** Appointments in H2. */
public final class JooqAgenda implements Agenda {

    private final Store store;

    public JooqAgenda(Store store) {
        this.store = store;
    }

    @Override
    public void save(Appointment base, Appointment edited) {
        store.writeAll(writer -> writer.save(base, edited, JooqAgenda::record));
    }

    @Override
    public boolean delete(UUID id) {
        return store.write(writer -> {
            boolean exists = writer.query().fetchExists(APPOINTMENT, APPOINTMENT.ID.eq(id));
            writer.delete(APPOINTMENT, id);
            return exists;
        });
    }

    @Override
    public List<Appointment> between(UUID caseworkerId, LocalDateTime from, LocalDateTime to) {
        return store.read(dsl -> dsl.selectFrom(APPOINTMENT)
                .where(APPOINTMENT.STARTS_AT.ge(from).and(APPOINTMENT.STARTS_AT.lt(to)))
                .and(caseworkerId == null ? DSL.trueCondition() : APPOINTMENT.CASEWORKER_ID.eq(caseworkerId))
                .orderBy(APPOINTMENT.STARTS_AT, APPOINTMENT.ID).fetch(JooqAgenda::appointment));
    }

    @Override
    public List<Appointment> ofPerson(UUID personId) {
        return store.read(dsl -> dsl.selectFrom(APPOINTMENT).where(APPOINTMENT.PERSON_ID.eq(personId))
                .orderBy(APPOINTMENT.STARTS_AT, APPOINTMENT.ID).fetch(JooqAgenda::appointment));
    }

    static Appointment appointment(AppointmentRecord r) {
        return new Appointment(r.getId(), r.getPersonId(), r.getCaseId(), r.getCaseworkerId(), r.getStartsAt(),
                r.getMinutes(), r.getTitle(), r.getPlace(), r.getWithWhom(), r.getInterpreterLanguage(),
                r.getReminderMinutes());
    }

    static AppointmentRecord record(Appointment a) {
        return new AppointmentRecord(a.id(), a.personId(), a.caseId(), a.caseworkerId(), a.startsAt(), a.minutes(),
                a.title(), a.place(), a.withWhom(), a.interpreterLanguage(), a.reminderMinutes());
    }
}
