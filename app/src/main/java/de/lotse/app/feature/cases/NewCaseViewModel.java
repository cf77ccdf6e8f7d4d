package de.lotse.app.feature.cases;

import de.lotse.app.ui.TaskRunner;
import de.lotse.app.ui.form.FieldProblems;
import de.lotse.core.cases.CaseFile;
import de.lotse.core.cases.CaseService;
import de.lotse.core.cases.TargetGroup;
import de.lotse.core.directory.Caseworker;
import de.lotse.core.directory.DirectoryService;
import de.lotse.core.directory.PlanTemplate;
import de.lotse.core.person.HouseholdRole;
import de.lotse.core.person.HouseholdView;
import de.lotse.core.person.PersonDetail;
import de.lotse.core.person.PersonNames;
import de.lotse.core.person.PersonService;
import de.lotse.core.validation.FieldProblem;
import de.lotse.core.validation.Validated;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * A new case for a person or their whole household: the caseworker, the target group, and the
 * plan template its first steps come from. The target group is guessed from the person's
 * nationality and the template from the group and the household, so that the usual case takes
 * one key press.
 */
public final class NewCaseViewModel {


    private final CaseService cases;
    private final DirectoryService directory;
    private final PersonService people;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;

    private final ReadOnlyObjectWrapper<UUID> personId = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<UUID> householdId = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper personName = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper householdSize = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper withChildren = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty forHousehold = new SimpleBooleanProperty(false);
    private final ObjectProperty<Caseworker> caseworker = new SimpleObjectProperty<>();
    private final ObjectProperty<TargetGroup> targetGroup = new SimpleObjectProperty<>(TargetGroup.REFUGEES);
    private final ObjectProperty<PlanTemplate> template = new SimpleObjectProperty<>();
    private final ObservableList<Caseworker> caseworkers = FXCollections.observableArrayList();
    private final ObservableList<PlanTemplate> templates = FXCollections.observableArrayList();
    private final FieldProblems problems = new FieldProblems();
    private final ReadOnlyObjectWrapper<CaseFile> created = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<Caseworker> caseworkersView = FXCollections.unmodifiableObservableList(caseworkers);
    private final ObservableList<PlanTemplate> templatesView = FXCollections.unmodifiableObservableList(templates);

    public NewCaseViewModel(CaseService cases, DirectoryService directory, PersonService people, TaskRunner tasks,
            Consumer<Throwable> onFailure) {
        this.cases = cases;
        this.directory = directory;
        this.people = people;
        this.tasks = tasks;
        this.onFailure = onFailure;
        targetGroup.addListener((obs, old, now) -> suggestTemplate());
        forHousehold.addListener((obs, old, now) -> suggestTemplate());
    }

    private record Loaded(Optional<PersonDetail> person, Optional<HouseholdView> household,
            List<Caseworker> caseworkers, List<PlanTemplate> templates) { }

    /**
     * Prepares a case for {@code person}, who lives in {@code household} (null: in none; the
     * household is read when it is null but the person has one); {@code caseworkerId} is
     * preselected (the chosen caseworker, or null).
     */
    public void prepare(UUID person, UUID household, UUID caseworkerId, Runnable then) {
        created.set(null);
        problems.clear();
        ready.set(false);
        tasks.run(() -> new Loaded(people.find(person), people.householdOf(person), directory.caseworkers(),
                directory.templates()), loaded -> {
                    personId.set(person);
                    HouseholdView home = loaded.household()
                            .filter(view -> household == null || view.id().equals(household)).orElse(null);
                    householdId.set(home == null ? household : home.id());
                    personName.set(loaded.person().map(detail -> PersonNames.display(detail.person().familyName(),
                            detail.person().givenName())).orElse(""));
                    householdSize.set(home == null ? 0 : home.members().size());
                    withChildren.set(home != null && home.members().stream()
                            .anyMatch(member -> member.role() == HouseholdRole.CHILD));
                    caseworkers.setAll(loaded.caseworkers());
                    templates.setAll(loaded.templates());
                    caseworker.set(loaded.caseworkers().stream().filter(c -> c.id().equals(caseworkerId)).findFirst()
                            .orElse(null));
                    forHousehold.set(householdId.get() != null && householdSize.get() > 1);
                    TargetGroup guessed = loaded.person().map(detail -> CaseService.suggestedGroup(detail.person().nationalities()))
                            .orElse(TargetGroup.REFUGEES);
                    if (targetGroup.get() == guessed) {
                        suggestTemplate();
                    }
                    targetGroup.set(guessed);
                    ready.set(true);
                    then.run();
                }, onFailure);
    }

    /** The template that fits the target group and the household (see {@link CaseService#suggestedTemplate}). */
    private void suggestTemplate() {
        template.set(CaseService.suggestedTemplate(templates, targetGroup.get(), forHousehold.get() && withChildren.get())
                .orElse(null));
    }

    /**
     * Opens the case; its number then shows in {@link #createdProperty()}. {@code onCreated} hears its
     * id. What the service refuses (no target group, no caseworker) shows beside its field.
     */
    public void create(Consumer<UUID> onCreated) {
        if (personId.get() == null || created.get() != null || working.get()) {
            return;
        }
        problems.clear();
        boolean household = forHousehold.get() && householdId.get() != null;
        UUID person = household ? null : personId.get();
        UUID home = household ? householdId.get() : null;
        UUID responsible = caseworker.get() == null ? null : caseworker.get().id();
        TargetGroup group = targetGroup.get();
        UUID templateId = template.get() == null ? null : template.get().id();
        working.set(true);
        tasks.run(() -> cases.open(person, home, responsible, group, templateId), result -> {
            working.set(false);
            switch (result) {
                case Validated.Valid<CaseFile> valid -> {
                    created.set(valid.value());
                    onCreated.accept(valid.value().id());
                }
                case Validated.Invalid<CaseFile> invalid -> problems.show(invalid.problems());
            }
        }, failure -> {
            working.set(false);
            onFailure.accept(failure);
        });
    }

    public ReadOnlyObjectProperty<UUID> personIdProperty() {
        return personId.getReadOnlyProperty();
    }

    /** The household the person lives in; null when none. */
    public ReadOnlyObjectProperty<UUID> householdIdProperty() {
        return householdId.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty personNameProperty() {
        return personName.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty householdSizeProperty() {
        return householdSize.getReadOnlyProperty();
    }

    /** True for a case of the whole household, false for the person alone. */
    public BooleanProperty forHouseholdProperty() {
        return forHousehold;
    }

    public ObjectProperty<Caseworker> caseworkerProperty() {
        return caseworker;
    }

    public ObjectProperty<TargetGroup> targetGroupProperty() {
        return targetGroup;
    }

    /** The template the plan starts from; null for an empty plan. */
    public ObjectProperty<PlanTemplate> templateProperty() {
        return template;
    }

    public ObservableList<Caseworker> caseworkers() {
        return caseworkersView;
    }

    public ObservableList<PlanTemplate> templates() {
        return templatesView;
    }

    public ObservableMap<String, FieldProblem> problems() {
        return problems.view();
    }

    /** The case once it is opened, with its number; null before. */
    public ReadOnlyObjectProperty<CaseFile> createdProperty() {
        return created.getReadOnlyProperty();
    }

    /** True while the case is being opened. */
    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    /** True once the person, household, caseworkers and templates are read. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }
}
