package de.lotse.app.feature.agenda;

import de.lotse.app.ui.TaskRunner;
import de.lotse.app.ui.form.Form;
import de.lotse.app.ui.form.FormMode;
import de.lotse.app.ui.form.FormModel;
import de.lotse.core.agenda.AgendaService;
import de.lotse.core.agenda.Appointment;
import de.lotse.core.directory.Caseworker;
import de.lotse.core.directory.DirectoryService;
import de.lotse.core.person.PersonNames;
import de.lotse.core.person.PersonRow;
import de.lotse.core.person.PersonService;
import de.lotse.core.validation.Checks;
import de.lotse.core.validation.FieldProblem;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The form of one appointment, new or stored. Saving parses the typed time and numbers, then
 * lets {@link AgendaService} check the rest; every problem appears beside its field and nothing is
 * saved until all are gone.
 */
public final class AppointmentEditorViewModel implements FormModel<Appointment> {

    /** How many persons the person search offers. */
    public static final int PERSON_MATCHES = 20;

    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:[:.](\\d{2}))?");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private final AgendaService agenda;
    private final DirectoryService directory;
    private final PersonService people;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;
    /** The appointment the dialog opened with: a stored one, or a new one's start. */
    private final Appointment opened;

    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty startTime = new SimpleStringProperty("");
    private final StringProperty minutes = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty place = new SimpleStringProperty("");
    private final StringProperty withWhom = new SimpleStringProperty("");
    private final ObjectProperty<String> interpreterLanguage = new SimpleObjectProperty<>();
    private final StringProperty reminder = new SimpleStringProperty("");
    private final ObjectProperty<UUID> caseworker = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<UUID> person = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper personName = new ReadOnlyStringWrapper("");
    private final StringProperty personQuery = new SimpleStringProperty("");
    private final ObservableList<PersonRow> personMatches = FXCollections.observableArrayList();
    private final ObservableList<Caseworker> caseworkers = FXCollections.observableArrayList();
    private final Form<Appointment> form;
    /** Held here: an unmodifiable view only weakly listens to its collection, and a view's listeners must last. */
    private final ObservableList<PersonRow> personMatchesView = FXCollections.unmodifiableObservableList(
            personMatches);
    private final ObservableList<Caseworker> caseworkersView = FXCollections.unmodifiableObservableList(caseworkers);
    private long searches;

    private AppointmentEditorViewModel(AgendaService agenda, DirectoryService directory, PersonService people,
            TaskRunner tasks,
            Consumer<Throwable> onFailure, Appointment shown, boolean isNew) {
        this.agenda = agenda;
        this.directory = directory;
        this.people = people;
        this.tasks = tasks;
        this.onFailure = onFailure;
        this.opened = shown;
        // a new appointment keeps the id its start was given, in case a save is tried again
        this.form = new Form<>(tasks, onFailure, shown::id, this::fill, this::read);
        form.track(date, startTime, minutes, title, place, withWhom, interpreterLanguage, reminder, caseworker, person);
        if (isNew) {
            form.newRecord(shown);
        } else {
            form.open(shown.id(), shown);
        }
        personQuery.addListener((obs, old, query) -> search(query));
    }

    @Override
    public Form<Appointment> form() {
        return form;
    }

    /** Fills the fields from {@code record}, or from the appointment the dialog opened with when it is null. */
    private void fill(Appointment record) {
        Appointment shown = record == null ? opened : record;
        date.set(shown.startsAt().toLocalDate());
        startTime.set(shown.startsAt().toLocalTime().format(HH_MM));
        minutes.set(String.valueOf(shown.minutes()));
        title.set(Form.text(shown.title()));
        place.set(Form.text(shown.place()));
        withWhom.set(Form.text(shown.withWhom()));
        interpreterLanguage.set(shown.interpreterLanguage());
        reminder.set(shown.reminderMinutes() == null ? "" : String.valueOf(shown.reminderMinutes()));
        caseworker.set(shown.caseworkerId());
        person.set(shown.personId());
    }

    /**
     * A new appointment on {@code day} at 09:00 for 45 minutes, for the caseworker, and with the
     * person and their case when given (each may be null).
     */
    public static AppointmentEditorViewModel create(AgendaService agenda, DirectoryService directory,
            PersonService people, TaskRunner tasks, Consumer<Throwable> onFailure, LocalDate day, UUID caseworkerId, UUID personId, UUID caseId) {
        Appointment draft = new Appointment(agenda.newId(), personId, caseId, caseworkerId, day.atTime(9, 0), 45, "",
                null, null, null, null);
        AppointmentEditorViewModel model = new AppointmentEditorViewModel(agenda, directory, people, tasks, onFailure,
                draft, true);
        model.load();
        return model;
    }

    /** A stored appointment to change or delete. */
    public static AppointmentEditorViewModel edit(AgendaService agenda, DirectoryService directory,
            PersonService people, TaskRunner tasks, Consumer<Throwable> onFailure, Appointment stored) {
        AppointmentEditorViewModel model = new AppointmentEditorViewModel(agenda, directory, people, tasks, onFailure,
                stored, false);
        model.load();
        return model;
    }

    /** Reads the caseworkers to choose from and the name of the person. */
    private void load() {
        UUID personId = person.get();
        tasks.run(() -> new Loaded(directory.caseworkers(), personId == null ? "" : people.find(personId)
                .map(detail -> PersonNames.display(detail.person().familyName(), detail.person().givenName()))
                .orElse("")), loaded -> {
                    caseworkers.setAll(loaded.caseworkers());
                    if (personId != null && personId.equals(person.get())) {
                        personName.set(loaded.personName());
                    }
                }, onFailure);
    }

    private record Loaded(List<Caseworker> caseworkers, String personName) { }

    /** The persons that fit the search text, best first (in the background while a person types). */
    private void search(String query) {
        long asked = ++searches;
        if (query == null || query.isBlank()) {
            personMatches.clear();
            return;
        }
        tasks.run(() -> people.search(query, PERSON_MATCHES), found -> {
            if (asked == searches) {
                personMatches.setAll(found);
            }
        }, onFailure);
    }

    /** Takes a person from the search's matches. */
    public void choosePerson(PersonRow row) {
        person.set(row.id());
        personName.set(PersonNames.display(row.familyName(), row.givenName()));
        personQuery.set("");
    }

    /** The appointment is with nobody in the register. */
    public void clearPerson() {
        person.set(null);
        personName.set("");
    }

    /** Saves when every field is good; {@code onSaved} is told the saved appointment. */
    public void save(Consumer<Appointment> onSaved) {
        form.saveAndOpen(agenda::save, Appointment::id, onSaved);
    }

    /**
     * The appointment the fields describe. The case stays only while the person does: it was the
     * person's. With a time or number in the wrong form, the rules' problems come as well, so that
     * every problem shows at once.
     */
    private Appointment read(UUID id, List<FieldProblem> found) {
        if (date.get() == null) {
            found.add(FieldProblem.of("date", "required"));
        }
        LocalTime start = time(startTime.get());
        if (start == null) {
            found.add(FieldProblem.of("startTime", startTime.get().isBlank() ? "required" : "timeFormat"));
        }
        Integer duration = number("minutes", minutes.get(), true, found);
        Integer remind = number("reminder", reminder.get(), false, found);
        Appointment appointment = new Appointment(id, person.get(),
                person.get() != null && person.get().equals(opened.personId()) ? opened.caseId() : null,
                caseworker.get(),
                (date.get() == null ? LocalDate.EPOCH : date.get()).atTime(start == null ? LocalTime.NOON : start),
                duration == null ? 60 : duration, title.get().strip(), Checks.blankToNull(place.get()),
                Checks.blankToNull(withWhom.get()), interpreterLanguage.get(), remind);
        if (!found.isEmpty()) {
            found.addAll(agenda.check(appointment));
            return null;
        }
        return appointment;
    }

    /** Deletes the stored appointment; {@code onDeleted} runs afterwards. */
    public void delete(Runnable onDeleted) {
        UUID id = opened.id();
        tasks.run(() -> agenda.delete(id), deleted -> onDeleted.run(), onFailure);
    }

    /** "9", "9:30", "09.30" and "14:05" are times; "25:00" and "9:7" are not. */
    static LocalTime time(String text) {
        Matcher matcher = TIME.matcher(text == null ? "" : text.strip());
        if (!matcher.matches()) {
            return null;
        }
        int hour = Integer.parseInt(matcher.group(1));
        int minute = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2));
        return hour > 23 || minute > 59 ? null : LocalTime.of(hour, minute);
    }

    private static Integer number(String field, String text, boolean required, List<FieldProblem> found) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            if (required) {
                found.add(FieldProblem.of(field, "required"));
            }
            return null;
        }
        if (!value.matches("\\d{1,6}")) {
            found.add(FieldProblem.of(field, "wholeNumber"));
            return null;
        }
        return Integer.parseInt(value);
    }


    /** True for an appointment not saved yet: it cannot be deleted. */
    public boolean isNew() {
        return form.modeProperty().get() == FormMode.NEW;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    /** The start as typed, {@code HH:mm}. */
    public StringProperty startTimeProperty() {
        return startTime;
    }

    /** The duration in minutes as typed. */
    public StringProperty minutesProperty() {
        return minutes;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty placeProperty() {
        return place;
    }

    public StringProperty withWhomProperty() {
        return withWhom;
    }

    /** The ISO 639-1 code of the language an interpreter must speak; null when none is needed. */
    public ObjectProperty<String> interpreterLanguageProperty() {
        return interpreterLanguage;
    }

    /** Minutes ahead to remind, as typed; empty for no reminder. */
    public StringProperty reminderProperty() {
        return reminder;
    }

    public ObjectProperty<UUID> caseworkerProperty() {
        return caseworker;
    }

    /** The person the appointment is with, or null. */
    public ReadOnlyObjectProperty<UUID> personProperty() {
        return person.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty personNameProperty() {
        return personName.getReadOnlyProperty();
    }

    /** The text of the person search; the matches follow it. */
    public StringProperty personQueryProperty() {
        return personQuery;
    }

    public ObservableList<PersonRow> personMatches() {
        return personMatchesView;
    }

    /** The office's caseworkers to choose from. */
    public ObservableList<Caseworker> caseworkers() {
        return caseworkersView;
    }
}
