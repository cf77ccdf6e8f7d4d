package de.lotse.app.feature.cases;

import de.lotse.app.ui.TaskRunner;
import de.lotse.core.cases.CaseFile;
import de.lotse.core.cases.CaseService;
import de.lotse.core.cases.Caseworker;
import de.lotse.core.cases.PlanTemplate;
import de.lotse.core.cases.TargetGroup;
import de.lotse.core.person.HouseholdRole;
import de.lotse.core.person.HouseholdView;
import de.lotse.core.person.PersonDetail;
import de.lotse.core.person.PersonNames;
import de.lotse.core.register.PersonService;
import de.lotse.core.validation.FieldProblem;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;
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

    private static final Set<String> SOUTH_EAST_EUROPE = Set.of("RO", "BG");

    private final CaseService cases;
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
    private final ObservableMap<String, FieldProblem> problems = FXCollections.observableHashMap();
    private final ReadOnlyObjectWrapper<CaseFile> created = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<Caseworker> caseworkersView = FXCollections.unmodifiableObservableList(caseworkers);
    private final ObservableList<PlanTemplate> templatesView = FXCollections.unmodifiableObservableList(templates);
    private final ObservableMap<String, FieldProblem> problemsView = FXCollections.unmodifiableObservableMap(problems);

    public NewCaseViewModel(CaseService cases, PersonService people, TaskRunner tasks, Consumer<Throwable> onFailure) {
        this.cases = cases;
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
        tasks.run(() -> new Loaded(people.find(person), people.householdOf(person), cases.caseworkers(),
                cases.templates()), loaded -> {
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
                    TargetGroup guessed = loaded.person().map(detail -> guessGroup(detail.person().nationalities()))
                            .orElse(TargetGroup.REFUGEES);
                    if (targetGroup.get() == guessed) {
                        suggestTemplate();
                    }
                    targetGroup.set(guessed);
                    ready.set(true);
                    then.run();
                }, onFailure);
    }

    /** Ukrainians are counted under § 24, Romanians and Bulgarians as newcomers from South-East Europe. */
    static TargetGroup guessGroup(List<String> nationalities) {
        if (nationalities.contains("UA")) {
            return TargetGroup.UKRAINE;
        }
        if (nationalities.stream().anyMatch(SOUTH_EAST_EUROPE::contains)) {
            return TargetGroup.SOUTH_EAST_EUROPE;
        }
        return TargetGroup.REFUGEES;
    }

    /**
     * The template that fits the target group and the household: § 24 for Ukraine, the EU template
     * for South-East Europe, the family template for a household with children, else the one for
     * a newly arrived adult. Templates are the office's own data: one renamed is simply not found.
     */
    private void suggestTemplate() {
        TargetGroup group = targetGroup.get();
        Predicate<PlanTemplate> fits;
        if (group == TargetGroup.UKRAINE) {
            fits = named("§ 24");
        } else if (group == TargetGroup.SOUTH_EAST_EUROPE) {
            fits = named("EU-Zuwanderung");
        } else if (forHousehold.get() && withChildren.get()) {
            fits = template -> template.name().startsWith("Familie");
        } else {
            fits = named("Neu angekommene erwachsene Person");
        }
        template.set(templates.stream().filter(fits).findFirst().orElse(null));
    }

    private static Predicate<PlanTemplate> named(String part) {
        return template -> template.name().contains(part);
    }

    /** Opens the case; its number then shows in {@link #createdProperty()}. {@code onCreated} hears its id. */
    public void create(Consumer<UUID> onCreated) {
        if (personId.get() == null || created.get() != null || working.get()) {
            return;
        }
        problems.clear();
        if (targetGroup.get() == null) {
            problems.put("targetGroup", FieldProblem.of("targetGroup", "required"));
        }
        if (caseworker.get() == null && !caseworkers.isEmpty()) {
            problems.put("caseworker", FieldProblem.of("caseworker", "required"));
        }
        if (!problems.isEmpty()) {
            return;
        }
        boolean household = forHousehold.get() && householdId.get() != null;
        UUID person = household ? null : personId.get();
        UUID home = household ? householdId.get() : null;
        UUID responsible = caseworker.get() == null ? null : caseworker.get().id();
        TargetGroup group = targetGroup.get();
        UUID templateId = template.get() == null ? null : template.get().id();
        working.set(true);
        tasks.run(() -> cases.open(person, home, responsible, group, templateId), caseFile -> {
            working.set(false);
            created.set(caseFile);
            onCreated.accept(caseFile.id());
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
        return problemsView;
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
