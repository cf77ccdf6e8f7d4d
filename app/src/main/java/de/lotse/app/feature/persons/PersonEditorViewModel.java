package de.lotse.app.feature.persons;

import de.lotse.app.ui.TaskRunner;
import de.lotse.app.ui.form.Form;
import de.lotse.app.ui.form.FormMode;
import de.lotse.app.ui.form.FormModel;
import de.lotse.core.person.Address;
import de.lotse.core.person.Contact;
import de.lotse.core.person.DuplicateCandidate;
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
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The form of one person: opened from the list or new. Saving checks every field first (problems
 * appear beside the fields, nothing is saved), and a new person who may already be registered is
 * shown side by side with the candidates before it is saved.
 */
public final class PersonEditorViewModel implements FormModel<PersonDraft> {

    /** A stored person that a new one may be, with what a person needs to compare them. */
    public record Candidate(PersonDetail person, double score) { }

    /** What saving came to, besides problems of the fields. */
    private sealed interface Outcome {

        /** Stored under {@code id}, as {@code draft}. */
        record Saved(UUID id, PersonDraft draft) implements Outcome { }

        /** A new person not stored yet: the register holds persons they may be. */
        record MayExist(List<Candidate> candidates) implements Outcome { }

        /** A new person not stored: the rules' problems, found before the register was compared. */
        record Refused(List<FieldProblem> problems) implements Outcome { }
    }

    private static final PersonDraft EMPTY = new PersonDraft(null, null, null, Sex.UNKNOWN, List.of(), Contact.NONE);

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

    private final ObservableList<Candidate> candidates = FXCollections.observableArrayList();
    /** Made once and held: an unmodifiable view only weakly listens to its list, and a view's listeners must last. */
    private final ObservableList<Candidate> candidatesView = FXCollections.unmodifiableObservableList(candidates);
    /** The person as the form last loaded or saved it (its base): an update stores only what differs from it. */
    private final Form<PersonDraft> form;

    public PersonEditorViewModel(PersonService people, TaskRunner tasks, Consumer<Throwable> onFailure) {
        this.people = people;
        this.tasks = tasks;
        this.onFailure = onFailure;
        // a new person's id is the service's to give
        form = new Form<>(tasks, onFailure, () -> null, this::show, this::read);
        form.track(familyName, givenName, birthDate, sex, nationalities, phone, email, street, postalCode, city,
                nameOriginal, otherNames, languages, interpreterNeeded, arrivalInGermany, arrivalInTown,
                fileNumberAbh, fileNumberBamf, notes);
    }

    @Override
    public Form<PersonDraft> form() {
        return form;
    }

    /** Opens a stored person (read in the background). */
    public void edit(UUID id) {
        tasks.run(() -> people.find(id), loaded -> loaded.ifPresentOrElse(detail -> form.open(id, detail.person()),
                form::clear), onFailure);
    }

    /** An empty form for a new person (Ctrl+N). */
    public void newPerson() {
        form.newRecord();
    }

    /** Drops the changes (Esc): back to the person as stored now, or an empty form. */
    @Override
    public void cancel() {
        if (form.modeProperty().get() == FormMode.EDIT) {
            edit(form.editingProperty().get());
        } else {
            form.clear();
        }
    }

    private void show(PersonDraft shown) {
        PersonDraft person = shown == null ? EMPTY : shown;
        familyName.set(Form.text(person.familyName()));
        givenName.set(Form.text(person.givenName()));
        birthDate.set(person.birthDate() == null ? "" : person.birthDate().format());
        sex.set(person.sex());
        nationalities.set(String.join(", ", person.nationalities()));
        phone.set(Form.text(person.contact().phone()));
        email.set(Form.text(person.contact().email()));
        street.set(Form.text(person.contact().address().street()));
        postalCode.set(Form.text(person.contact().address().postalCode()));
        city.set(Form.text(person.contact().address().city()));
        PersonProfile profile = person.profile();
        nameOriginal.set(Form.text(profile.nameOriginal()));
        otherNames.set(String.join("; ", profile.otherNames()));
        languages.set(String.join(", ", profile.languages()));
        interpreterNeeded.set(profile.interpreterNeeded());
        arrivalInGermany.set(Days.format(profile.arrivalInGermany()));
        arrivalInTown.set(Days.format(profile.arrivalInTown()));
        fileNumberAbh.set(Form.text(profile.fileNumberAbh()));
        fileNumberBamf.set(Form.text(profile.fileNumberBamf()));
        notes.set(Form.text(profile.notes()));
        candidates.clear();
    }

    /** The draft the fields describe; a birth date or arrival day in the wrong form is a problem of its field. */
    private PersonDraft read(UUID id, List<FieldProblem> found) {
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
            return null;
        }
        PersonProfile profile = new PersonProfile(nameOriginal.get(), items(otherNames.get(), "[;\\n]+"),
                items(languages.get(), "[,;\\s]+"), interpreterNeeded.get(), inGermany, inTown, fileNumberAbh.get(),
                fileNumberBamf.get(), notes.get());
        return new PersonDraft(familyName.get(), givenName.get(), birth, sex.get(),
                items(nationalities.get(), "[,;\\s]+"),
                new Contact(phone.get(), email.get(), new Address(street.get(), postalCode.get(), city.get())), profile);
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
        UUID id = form.editingProperty().get();
        form.save((base, draft) -> saveOrCompare(id, base, draft, candidatesSeen), outcome -> {
            switch (outcome) {
                case Outcome.Saved saved -> {
                    candidates.clear();
                    form.saved(saved.id(), saved.draft());
                    onSaved.accept(saved.id());
                }
                case Outcome.MayExist may -> candidates.setAll(may.candidates());
                case Outcome.Refused refused -> {
                    form.showProblems(refused.problems());
                    candidates.clear();
                }
            }
        });
    }

    /**
     * In the background: a new person whom no one compared yet is first checked by the rules and
     * compared with the register; saved at once when they fit no one. A stored person's update
     * saves only what changed from {@code base}.
     */
    private Validated<Outcome> saveOrCompare(UUID id, PersonDraft base, PersonDraft draft, boolean candidatesSeen) {
        if (id == null && !candidatesSeen) {
            List<FieldProblem> rules = people.check(draft);
            if (!rules.isEmpty()) {
                return new Validated.Valid<>(new Outcome.Refused(rules));
            }
            List<Candidate> found = candidatesFor(draft);
            if (!found.isEmpty()) {
                return new Validated.Valid<>(new Outcome.MayExist(found));
            }
        }
        return (id == null ? people.add(draft) : updated(id, base, draft))
                .map(saved -> new Outcome.Saved(saved, draft));
    }

    /** An update as the id it saved (an update of a person deleted meanwhile is a new problem). */
    private Validated<UUID> updated(UUID id, PersonDraft shown, PersonDraft draft) {
        return switch (people.update(id, shown, draft)) {
            case Validated.Valid<Boolean> valid when valid.value() -> new Validated.Valid<>(id);
            case Validated.Valid<Boolean> gone -> new Validated.Invalid<>(List.of(FieldProblem.of("familyName", "gone")));
            case Validated.Invalid<Boolean> invalid -> new Validated.Invalid<>(invalid.problems());
        };
    }

    private List<Candidate> candidatesFor(PersonDraft draft) {
        List<Candidate> found = new ArrayList<>();
        for (DuplicateCandidate candidate : people.candidatesFor(draft)) {
            people.find(candidate.second()).ifPresent(detail -> found.add(new Candidate(detail, candidate.score())));
        }
        return found;
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

    public ObservableList<Candidate> candidates() {
        return candidatesView;
    }
}
