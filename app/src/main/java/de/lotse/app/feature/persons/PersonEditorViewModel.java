package de.lotse.app.feature.persons;

import de.lotse.app.ui.TaskRunner;
import de.lotse.core.duplicates.DuplicateCandidate;
import de.lotse.core.person.Address;
import de.lotse.core.person.Contact;
import de.lotse.core.person.PartialDate;
import de.lotse.core.person.PersonDetail;
import de.lotse.core.person.PersonDraft;
import de.lotse.core.person.PersonProfile;
import de.lotse.core.person.PersonService;
import de.lotse.core.person.Sex;
import de.lotse.core.text.Days;
import de.lotse.core.validation.FieldProblem;
import de.lotse.core.validation.Validated;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The form of one person: opened from the list or new. Saving checks every field first (problems
 * appear beside the fields, nothing is saved), and a new person who may already be registered is
 * shown side by side with the candidates before it is saved.
 */
public final class PersonEditorViewModel {

    /** What the form shows. */
    public enum Mode { EMPTY, NEW, EDIT }

    /** A stored person that a new one may be, with what a person needs to compare them. */
    public record Candidate(PersonDetail person, double score) { }

    private final PersonService people;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;

    private final StringProperty familyName = new SimpleStringProperty("");
    private final StringProperty givenName = new SimpleStringProperty("");
    private final StringProperty birthDate = new SimpleStringProperty("");
    private final ObjectProperty<Sex> sex = new SimpleObjectProperty<>(Sex.UNKNOWN);
    private final StringProperty nationalities = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty street = new SimpleStringProperty("");
    private final StringProperty postalCode = new SimpleStringProperty("");
    private final StringProperty city = new SimpleStringProperty("");
    private final StringProperty nameOriginal = new SimpleStringProperty("");
    private final StringProperty otherNames = new SimpleStringProperty("");
    private final StringProperty languages = new SimpleStringProperty("");
    private final BooleanProperty interpreterNeeded = new SimpleBooleanProperty(false);
    private final StringProperty arrivalInGermany = new SimpleStringProperty("");
    private final StringProperty arrivalInTown = new SimpleStringProperty("");
    private final StringProperty fileNumberAbh = new SimpleStringProperty("");
    private final StringProperty fileNumberBamf = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");

    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(Mode.EMPTY);
    private final ReadOnlyObjectWrapper<UUID> editing = new ReadOnlyObjectWrapper<>();
    private final ObservableMap<String, FieldProblem> problems = FXCollections.observableHashMap();
    /** Read-only views made once: listeners on a wrapper made per call would be collected with it. */
    private final ObservableMap<String, FieldProblem> problemsView =
            FXCollections.unmodifiableObservableMap(problems);
    private final ObservableList<Candidate> candidates = FXCollections.observableArrayList();
    private final ObservableList<Candidate> candidatesView = FXCollections.unmodifiableObservableList(candidates);
    /** The form as loaded or last saved: the form is dirty when it differs. */
    private final ReadOnlyObjectWrapper<List<Object>> saved = new ReadOnlyObjectWrapper<>(values());
    private final BooleanBinding dirty;

    public PersonEditorViewModel(PersonService people, TaskRunner tasks, Consumer<Throwable> onFailure) {
        this.people = people;
        this.tasks = tasks;
        this.onFailure = onFailure;
        dirty = Bindings.createBooleanBinding(() -> mode.get() != Mode.EMPTY && !values().equals(saved.get()),
                familyName, givenName, birthDate, sex, nationalities, phone, email, street, postalCode, city,
                nameOriginal, otherNames, languages, interpreterNeeded, arrivalInGermany, arrivalInTown,
                fileNumberAbh, fileNumberBamf, notes, saved, mode);
    }

    private List<Object> values() {
        return Arrays.asList(familyName.get(), givenName.get(), birthDate.get(), sex.get(), nationalities.get(),
                phone.get(), email.get(), street.get(), postalCode.get(), city.get(), nameOriginal.get(),
                otherNames.get(), languages.get(), interpreterNeeded.get(), arrivalInGermany.get(),
                arrivalInTown.get(), fileNumberAbh.get(), fileNumberBamf.get(), notes.get());
    }

    /** Opens a stored person (read in the background). */
    public void edit(UUID id) {
        tasks.run(() -> people.find(id), loaded -> loaded.ifPresentOrElse(detail -> {
            show(detail.person());
            editing.set(id);
            mode.set(Mode.EDIT);
        }, this::clear), onFailure);
    }

    /** An empty form for a new person (Ctrl+N). */
    public void newPerson() {
        show(new PersonDraft(null, null, null, Sex.UNKNOWN, List.of(), Contact.NONE));
        editing.set(null);
        mode.set(Mode.NEW);
    }

    /** Drops the changes (Esc): back to what was loaded, or an empty form. */
    public void cancel() {
        if (mode.get() == Mode.EDIT) {
            edit(editing.get());
        } else {
            clear();
        }
    }

    private void clear() {
        show(new PersonDraft(null, null, null, Sex.UNKNOWN, List.of(), Contact.NONE));
        editing.set(null);
        mode.set(Mode.EMPTY);
    }

    /** The person as the form last loaded or saved it: an update stores only what differs from it. */
    private PersonDraft base;

    private void show(PersonDraft person) {
        base = person;
        familyName.set(text(person.familyName()));
        givenName.set(text(person.givenName()));
        birthDate.set(person.birthDate() == null ? "" : person.birthDate().format());
        sex.set(person.sex());
        nationalities.set(String.join(", ", person.nationalities()));
        phone.set(text(person.contact().phone()));
        email.set(text(person.contact().email()));
        street.set(text(person.contact().address().street()));
        postalCode.set(text(person.contact().address().postalCode()));
        city.set(text(person.contact().address().city()));
        PersonProfile profile = person.profile();
        nameOriginal.set(text(profile.nameOriginal()));
        otherNames.set(String.join("; ", profile.otherNames()));
        languages.set(String.join(", ", profile.languages()));
        interpreterNeeded.set(profile.interpreterNeeded());
        arrivalInGermany.set(Days.format(profile.arrivalInGermany()));
        arrivalInTown.set(Days.format(profile.arrivalInTown()));
        fileNumberAbh.set(text(profile.fileNumberAbh()));
        fileNumberBamf.set(text(profile.fileNumberBamf()));
        notes.set(text(profile.notes()));
        problems.clear();
        candidates.clear();
        saved.set(values());
    }

    /**
     * Saves (Ctrl+S) when every field is good. A new person that may already be registered is not
     * saved yet: the candidates are shown, and {@link #saveAnyway} saves after a person looked.
     */
    public void save(Consumer<UUID> onSaved) {
        save(onSaved, false);
    }

    /** Saves a new person although it may already be registered (the person compared them). */
    public void saveAnyway(Consumer<UUID> onSaved) {
        save(onSaved, true);
    }

    private void save(Consumer<UUID> onSaved, boolean candidatesSeen) {
        List<FieldProblem> found = new ArrayList<>();
        PartialDate birth = null;
        if (!birthDate.get().isBlank()) {
            birth = PartialDate.parse(birthDate.get()).orElse(null);
            if (birth == null) {
                found.add(FieldProblem.of("birthDate", "dateFormat"));
            }
        }
        LocalDate inGermany = Days.parse("arrivalInGermany", arrivalInGermany.get(), found);
        LocalDate inTown = Days.parse("arrivalInTown", arrivalInTown.get(), found);
        if (!found.isEmpty()) {
            showProblems(found);
            return;
        }
        PersonProfile profile = new PersonProfile(nameOriginal.get(), items(otherNames.get(), "[;\\n]+"),
                items(languages.get(), "[,;\\s]+"), interpreterNeeded.get(), inGermany, inTown, fileNumberAbh.get(),
                fileNumberBamf.get(), notes.get());
        PersonDraft draft = new PersonDraft(familyName.get(), givenName.get(), birth, sex.get(),
                items(nationalities.get(), "[,;\\s]+"),
                new Contact(phone.get(), email.get(), new Address(street.get(), postalCode.get(), city.get())), profile);
        UUID id = editing.get();
        if (mode.get() == Mode.NEW && !candidatesSeen) {
            tasks.run(() -> checkThenFindCandidates(draft), result -> {
                if (result.problems().isEmpty() && result.candidates().isEmpty()) {
                    save(onSaved, true);
                } else {
                    showProblems(result.problems());
                    candidates.setAll(result.candidates());
                }
            }, onFailure);
            return;
        }
        PersonDraft shown = base;
        tasks.run(() -> id == null ? people.add(draft) : updated(id, shown, draft), result -> {
            switch (result) {
                case Validated.Valid<UUID> valid -> {
                    problems.clear();
                    candidates.clear();
                    editing.set(valid.value());
                    mode.set(Mode.EDIT);
                    saved.set(values());
                    base = draft;
                    onSaved.accept(valid.value());
                }
                case Validated.Invalid<UUID> invalid -> showProblems(invalid.problems());
            }
        }, onFailure);
    }

    /** An update as the id it saved (an update of a person deleted meanwhile is a new problem). */
    private Validated<UUID> updated(UUID id, PersonDraft shown, PersonDraft draft) {
        return switch (people.update(id, shown, draft)) {
            case Validated.Valid<Boolean> valid when valid.value() -> new Validated.Valid<>(id);
            case Validated.Valid<Boolean> gone -> new Validated.Invalid<>(List.of(FieldProblem.of("familyName", "gone")));
            case Validated.Invalid<Boolean> invalid -> new Validated.Invalid<>(invalid.problems());
        };
    }

    private record Check(List<FieldProblem> problems, List<Candidate> candidates) { }

    /** The checks of the rules first; only a good draft is compared with the register. */
    private Check checkThenFindCandidates(PersonDraft draft) {
        List<FieldProblem> rules = people.check(draft);
        if (!rules.isEmpty()) {
            return new Check(rules, List.of());
        }
        List<Candidate> found = new ArrayList<>();
        for (DuplicateCandidate candidate : people.candidatesFor(draft)) {
            people.find(candidate.second()).ifPresent(detail -> found.add(new Candidate(detail, candidate.score())));
        }
        return new Check(List.of(), found);
    }

    private void showProblems(List<FieldProblem> found) {
        problems.clear();
        found.forEach(problem -> problems.putIfAbsent(problem.field(), problem));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static List<String> items(String text, String separators) {
        return Arrays.stream(text.split(separators)).filter(item -> !item.isBlank()).toList();
    }

    public StringProperty nameOriginalProperty() {
        return nameOriginal;
    }

    /** Other spellings and aliases, separated by semicolons. */
    public StringProperty otherNamesProperty() {
        return otherNames;
    }

    /** ISO 639-1 codes, the language an interpreter speaks first. */
    public StringProperty languagesProperty() {
        return languages;
    }

    public BooleanProperty interpreterNeededProperty() {
        return interpreterNeeded;
    }

    public StringProperty arrivalInGermanyProperty() {
        return arrivalInGermany;
    }

    public StringProperty arrivalInTownProperty() {
        return arrivalInTown;
    }

    public StringProperty fileNumberAbhProperty() {
        return fileNumberAbh;
    }

    public StringProperty fileNumberBamfProperty() {
        return fileNumberBamf;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public StringProperty familyNameProperty() {
        return familyName;
    }

    public StringProperty givenNameProperty() {
        return givenName;
    }

    public StringProperty birthDateProperty() {
        return birthDate;
    }

    public ObjectProperty<Sex> sexProperty() {
        return sex;
    }

    public StringProperty nationalitiesProperty() {
        return nationalities;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty streetProperty() {
        return street;
    }

    public StringProperty postalCodeProperty() {
        return postalCode;
    }

    public StringProperty cityProperty() {
        return city;
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UUID> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    /** Field name to its problem; read-only for views. */
    public ObservableMap<String, FieldProblem> problems() {
        return problemsView;
    }

    public ObservableList<Candidate> candidates() {
        return candidatesView;
    }

    /** True while the form holds changes that are not saved. */
    public BooleanBinding dirtyBinding() {
        return dirty;
    }

    public boolean isDirty() {
        return dirty.get();
    }
}
