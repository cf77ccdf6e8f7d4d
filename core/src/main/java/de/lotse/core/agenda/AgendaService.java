package de.lotse.core.agenda;

import static de.lotse.core.validation.Checks.optional;
import static de.lotse.core.validation.Checks.required;

import de.lotse.core.account.Access;
import de.lotse.core.account.Permission;
import de.lotse.core.clock.OfficeTime;
import de.lotse.core.id.Ids;
import de.lotse.core.validation.Checks;
import de.lotse.core.validation.FieldProblem;
import de.lotse.core.validation.Validated;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/** The office's appointments with their rules: the checks before one is saved, the week of a caseworker. */
public final class AgendaService {

    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    private final Agenda agenda;
    private final Ids ids;
    private final Clock clock;

    private final Supplier<Access> access;

    /** {@code access}: who works now; every call is checked against their roles. */
    public AgendaService(Agenda agenda, Ids ids, Clock clock, Supplier<Access> access) {
        this.access = access;
        this.agenda = agenda;
        this.ids = ids;
        this.clock = clock;
    }

    public LocalDate today() {
        return OfficeTime.today(clock);
    }

    /** An id for a new appointment. */
    public UUID newId() {
        return ids.next();
    }

    /** A caseworker's appointments (everyone's when null) starting on a day in {@code [from, toExclusive)}. */
    public List<Appointment> between(UUID caseworkerId, LocalDate from, LocalDate toExclusive) {
        access.get().require(Permission.AGENDA_READ);
        return agenda.between(caseworkerId, from.atStartOfDay(), toExclusive.atStartOfDay());
    }

    public List<Appointment> ofPerson(UUID personId) {
        access.get().require(Permission.AGENDA_READ);
        return agenda.ofPerson(personId);
    }

    /**
     * Saves an appointment when it is good: a new one ({@code base} null), or of a stored one the
     * fields in which {@code appointment} differs from {@code base}, the appointment as the form
     * showed it.
     */
    public Validated<Appointment> save(Appointment base, Appointment appointment) {
        access.get().require(Permission.AGENDA_WRITE);
        return Checks.saved(check(appointment), appointment, () -> agenda.save(base, appointment));
    }

    /** What keeps an appointment from being saved; empty when it is good. Reads nothing. */
    public List<FieldProblem> check(Appointment appointment) {
        List<FieldProblem> problems = new ArrayList<>();
        required("title", appointment.title(), problems);
        if (appointment.minutes() < 5 || appointment.minutes() > 720) {
            problems.add(FieldProblem.of("minutes", "range", 5, 720));
        }
        if (appointment.reminderMinutes() != null
                && (appointment.reminderMinutes() < 0 || appointment.reminderMinutes() > 10_080)) {
            problems.add(FieldProblem.of("reminder", "range", 0, 10_080));
        }
        optional("place", appointment.place(), Checks.MAX_TEXT, problems);
        optional("withWhom", appointment.withWhom(), Checks.MAX_TEXT, problems);
        if (appointment.interpreterLanguage() != null && !LANGUAGES.contains(appointment.interpreterLanguage())) {
            problems.add(FieldProblem.of("interpreterLanguage", "unknownLanguage", appointment.interpreterLanguage()));
        }
        return problems;
    }

    public boolean delete(UUID id) {
        access.get().require(Permission.AGENDA_WRITE);
        return agenda.delete(id);
    }
}
