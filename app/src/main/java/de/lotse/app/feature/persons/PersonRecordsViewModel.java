package de.lotse.app.feature.persons;

import de.lotse.app.ui.TaskRunner;
import de.lotse.app.ui.form.FieldProblems;
import de.lotse.core.agenda.AgendaService;
import de.lotse.core.agenda.Appointment;
import de.lotse.core.cases.CaseService;
import de.lotse.core.cases.CaseSummary;
import de.lotse.core.person.HouseholdRole;
import de.lotse.core.person.HouseholdView;
import de.lotse.core.person.PersonRow;
import de.lotse.core.person.PersonService;
import de.lotse.core.person.ResidenceKind;
import de.lotse.core.person.ResidenceStatus;
import de.lotse.core.text.Days;
import de.lotse.core.validation.FieldProblem;
import de.lotse.core.validation.Validated;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * What hangs off a stored person, shown under the form: the household (made, filled and changed
 * here), the residence history, and the person's cases.
 */
public final class PersonRecordsViewModel {

    /** How many persons the member search offers. */
    static final int MEMBER_MATCHES = 6;

    private final PersonService people;
    private final CaseService cases;
    private final AgendaService agenda;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;

    private final ReadOnlyObjectWrapper<UUID> person = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<HouseholdView> household = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ResidenceStatus> residences = FXCollections.observableArrayList();
    /** Read-only views made once: listeners on a wrapper made per call would be collected with it. */
    private final ObservableList<ResidenceStatus> residencesView =
            FXCollections.unmodifiableObservableList(residences);
    private final ObservableList<CaseSummary> caseList = FXCollections.observableArrayList();
    private final ObservableList<Appointment> appointments = FXCollections.observableArrayList();
    private final ObservableList<Appointment> appointmentsView = FXCollections.unmodifiableObservableList(appointments);
    private final ObservableList<CaseSummary> caseListView = FXCollections.unmodifiableObservableList(caseList);

    private final StringProperty memberQuery = new SimpleStringProperty("");
    private final ObjectProperty<HouseholdRole> memberRole = new SimpleObjectProperty<>(HouseholdRole.CHILD);
    private final ObservableList<PersonRow> memberMatches = FXCollections.observableArrayList();
    private final ObservableList<PersonRow> memberMatchesView =
            FXCollections.unmodifiableObservableList(memberMatches);

    private final ObjectProperty<ResidenceKind> residenceKind = new SimpleObjectProperty<>(
            ResidenceKind.AUFENTHALTSERLAUBNIS);
    private final StringProperty residenceFrom = new SimpleStringProperty("");
    private final StringProperty residenceUntil = new SimpleStringProperty("");
    private final StringProperty residenceNote = new SimpleStringProperty("");
    private final FieldProblems residenceProblems = new FieldProblems();

    public PersonRecordsViewModel(PersonService people, CaseService cases, AgendaService agenda, TaskRunner tasks,
            Consumer<Throwable> onFailure) {
        this.people = people;
        this.cases = cases;
        this.agenda = agenda;
        this.tasks = tasks;
        this.onFailure = onFailure;
        memberQuery.addListener((obs, old, query) -> searchMembers(query));
    }

    private record Loaded(UUID person, HouseholdView household, List<ResidenceStatus> residences,
            List<CaseSummary> cases, List<Appointment> appointments) { }

    /** How many coming appointments the card lists. */
    static final int COMING_APPOINTMENTS = 5;

    /** Reads everything of {@code id} anew; {@code null} empties the cards (a new or no person). */
    public void load(UUID id) {
        person.set(id);
        if (id == null) {
            household.set(null);
            residences.clear();
            caseList.clear();
            appointments.clear();
            return;
        }
        java.time.LocalDateTime now = agenda.today().atStartOfDay();
        tasks.run(() -> new Loaded(id, people.householdOf(id).orElse(null), people.residenceHistory(id),
                cases.casesOf(id), agenda.ofPerson(id).stream().filter(a -> !a.startsAt().isBefore(now))
                        .limit(COMING_APPOINTMENTS).toList()), loaded -> {
                    if (loaded.person().equals(person.get())) {
                        household.set(loaded.household());
                        residences.setAll(loaded.residences());
                        caseList.setAll(loaded.cases());
                        appointments.setAll(loaded.appointments());
                    }
                }, onFailure);
    }

    private void reloadAfter(Callable<?> change) {
        UUID id = person.get();
        tasks.run(change, done -> load(id), onFailure);
    }

    /** A new household with this person as its head, at the person's address. */
    public void createHousehold() {
        UUID id = person.get();
        reloadAfter(() -> people.createHousehold(id));
    }

    public void setRole(UUID member, HouseholdRole role) {
        UUID householdId = household.get().id();
        reloadAfter(() -> {
            people.setMember(householdId, member, role);
            return role;
        });
    }

    public void removeMember(UUID member) {
        UUID householdId = household.get().id();
        reloadAfter(() -> {
            people.removeMember(householdId, member);
            return member;
        });
    }

    /** Adds a found person in the chosen role (moving them out of another household). */
    public void addMember(UUID member) {
        UUID householdId = household.get().id();
        HouseholdRole role = memberRole.get();
        memberQuery.set("");
        reloadAfter(() -> {
            people.setMember(householdId, member, role);
            return member;
        });
    }

    private void searchMembers(String query) {
        if (query == null || query.isBlank()) {
            memberMatches.clear();
            return;
        }
        UUID self = person.get();
        tasks.run(() -> people.search(query, MEMBER_MATCHES + 1).stream().filter(row -> !row.id().equals(self))
                .limit(MEMBER_MATCHES).toList(), found -> {
                    if (query.equals(memberQuery.get())) {
                        memberMatches.setAll(found);
                    }
                }, onFailure);
    }

    /** Adds the residence status typed into the fields; problems show beside them and nothing is saved. */
    public void addResidence() {
        List<FieldProblem> found = new ArrayList<>();
        LocalDate from = Days.parse("validFrom", residenceFrom.get(), found);
        LocalDate until = Days.parse("validUntil", residenceUntil.get(), found);
        if (residenceKind.get() == null) {
            found.add(FieldProblem.of("residenceKind", "required"));
        }
        if (!found.isEmpty()) {
            residenceProblems.show(found);
            return;
        }
        String note = residenceNote.get().isBlank() ? null : residenceNote.get().strip();
        ResidenceStatus status = new ResidenceStatus(people.newId(), person.get(), residenceKind.get(), from, until,
                note);
        UUID id = person.get();
        tasks.run(() -> people.save(status), result -> {
            switch (result) {
                case Validated.Valid<UUID> valid -> {
                    residenceProblems.clear();
                    residenceFrom.set("");
                    residenceUntil.set("");
                    residenceNote.set("");
                    load(id);
                }
                case Validated.Invalid<UUID> invalid -> residenceProblems.show(invalid.problems());
            }
        }, onFailure);
    }

    public void removeResidence(UUID id) {
        reloadAfter(() -> people.deleteResidence(id));
    }

    public ReadOnlyObjectProperty<UUID> personProperty() {
        return person.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<HouseholdView> householdProperty() {
        return household.getReadOnlyProperty();
    }

    /** The residence history, the latest first. */
    public ObservableList<ResidenceStatus> residences() {
        return residencesView;
    }

    public ObservableList<CaseSummary> cases() {
        return caseListView;
    }

    /** The person's coming appointments, the next first. */
    public ObservableList<Appointment> appointments() {
        return appointmentsView;
    }

    /** Reads the shown person's records anew (after an appointment or a case was made elsewhere). */
    public void reload() {
        load(person.get());
    }

    public StringProperty memberQueryProperty() {
        return memberQuery;
    }

    public ObjectProperty<HouseholdRole> memberRoleProperty() {
        return memberRole;
    }

    public ObservableList<PersonRow> memberMatches() {
        return memberMatchesView;
    }

    public ObjectProperty<ResidenceKind> residenceKindProperty() {
        return residenceKind;
    }

    public StringProperty residenceFromProperty() {
        return residenceFrom;
    }

    public StringProperty residenceUntilProperty() {
        return residenceUntil;
    }

    public StringProperty residenceNoteProperty() {
        return residenceNote;
    }

    public ObservableMap<String, FieldProblem> residenceProblems() {
        return residenceProblems.view();
    }
}
