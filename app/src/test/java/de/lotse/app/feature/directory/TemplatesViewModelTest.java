package de.lotse.app.feature.directory;

import de.lotse.app.TestLogin;
import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.app.AppContext;
import de.lotse.app.InlineTaskRunner;
import de.lotse.app.ui.form.FormMode;
import de.lotse.core.cases.CaseFile;
import de.lotse.core.cases.IntegrationStep;
import de.lotse.core.cases.TargetGroup;
import de.lotse.core.directory.OrganisationKind;
import de.lotse.core.directory.PlanTemplate;
import de.lotse.core.directory.PlanTemplates;
import de.lotse.core.directory.StepCategory;
import de.lotse.core.directory.StepPriority;
import de.lotse.core.person.Contact;
import de.lotse.core.person.PersonDraft;
import de.lotse.core.person.Sex;
import de.lotse.core.validation.Validated;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Editing plan templates without a screen, against a real store with the shipped templates. */
class TemplatesViewModelTest {

    @TempDir
    Path dataDir;

    private AppContext context;
    private TemplatesViewModel model;
    private final List<Throwable> failures = new ArrayList<>();
    private final List<UUID> saved = new ArrayList<>();

    @BeforeEach
    void open() {
        context = TestLogin.open(dataDir, Clock.systemDefaultZone());
        context.shipTemplatesIfNone();
        model = new TemplatesViewModel(context.directory(), new InlineTaskRunner(), failures::add);
        model.load();
    }

    @AfterEach
    void close() {
        context.close();
        assertThat(failures).isEmpty();
    }

    private PlanTemplate shipped(int index) {
        UUID id = PlanTemplates.shipped().get(index).id();
        return model.templates().stream().filter(template -> template.id().equals(id)).findFirst().orElseThrow();
    }

    private PlanTemplate stored(UUID id) {
        return context.directory().templates().stream().filter(template -> template.id().equals(id)).findFirst()
                .orElseThrow();
    }

    @Test
    void addingMovingAndRemovingStepsIsSavedWhileAnExistingPlanStaysAsItWas() {
        PlanTemplate original = shipped(0);
        UUID person = ((Validated.Valid<UUID>) context.people().add(new PersonDraft("Haddad", "Rana", null,
                Sex.FEMALE, List.of("SY"), Contact.NONE))).value();
        CaseFile opened = context.cases().open(person, null, null, TargetGroup.REFUGEES, original.id())
                .orElseThrow();
        List<IntegrationStep> planBefore = context.cases().steps(opened.id());
        assertThat(planBefore).hasSize(original.steps().size());

        model.edit(original);
        assertThat(model.steps()).hasSize(7);
        assertThat(model.isDirty()).isFalse();
        int added = model.addStep();
        StepRow row = model.steps().get(added);
        row.titleProperty().set("Kontoeröffnung begleiten");
        row.categoryProperty().set(StepCategory.SOCIAL);
        row.priorityProperty().set(StepPriority.IMMEDIATE);
        row.dueAfterDaysProperty().set("10");
        row.organisationKindProperty().set(OrganisationKind.COUNSELLING);
        assertThat(model.isDirty()).isTrue();
        int now = added;
        while (now > 0) {
            now = model.moveStep(now, -1);
        }
        assertThat(model.moveStep(0, -1)).as("the first step cannot move further up").isZero();
        model.removeStep(model.steps().size() - 1);
        model.moveStep(1, +1);
        model.save(saved::add);

        assertThat(model.problems()).isEmpty();
        assertThat(saved).containsExactly(original.id());
        assertThat(model.isDirty()).isFalse();
        PlanTemplate changed = stored(original.id());
        List<String> titles = changed.steps().stream().map(PlanTemplate.Step::title).toList();
        assertThat(titles).containsExactly("Kontoeröffnung begleiten", "Vorsprache bei der Ausländerbehörde",
                "Anmeldung beim Einwohnermeldeamt", "Leistungsantrag nach AsylbLG",
                "Erstuntersuchung und Krankenversicherung", "Anmeldung zum Integrationskurs",
                "Anerkennung von Abschlüssen prüfen");
        assertThat(changed.steps().getFirst()).isEqualTo(new PlanTemplate.Step("Kontoeröffnung begleiten",
                StepCategory.SOCIAL, StepPriority.IMMEDIATE, 10, OrganisationKind.COUNSELLING));

        assertThat(context.cases().steps(opened.id())).as("the plan made from the template before")
                .containsExactlyInAnyOrderElementsOf(planBefore);
        assertThat(context.directory().templates()).hasSize(4);
    }

    @Test
    void badStepsShowProblemsByPositionAndSaveNothing() {
        PlanTemplate original = shipped(1);
        model.edit(original);
        model.steps().get(2).dueAfterDaysProperty().set("zwei Wochen");
        model.save(saved::add);
        assertThat(model.problems()).containsOnlyKeys("steps.2.dueAfterDays");
        assertThat(model.problems().get("steps.2.dueAfterDays").code()).isEqualTo("wholeNumber");
        assertThat(model.stepHasProblem(2)).isTrue();
        assertThat(model.stepHasProblem(1)).isFalse();

        model.steps().get(2).dueAfterDaysProperty().set("99999");
        model.steps().get(4).titleProperty().set("  ");
        model.nameProperty().set(shipped(0).name().toUpperCase(java.util.Locale.ROOT));
        model.save(saved::add);
        assertThat(model.problems()).containsOnlyKeys("name", "steps.2.dueAfterDays", "steps.4.title");
        assertThat(model.problems().get("name").code()).isEqualTo("duplicateName");
        assertThat(model.stepProblem(2, "dueAfterDays").code()).isEqualTo("range");
        assertThat(model.stepProblem(4, "title").code()).isEqualTo("required");
        assertThat(saved).isEmpty();
        assertThat(stored(original.id())).isEqualTo(original);

        model.moveStep(4, -1);
        assertThat(model.problems()).as("positions changed: the step problems are dropped").containsOnlyKeys("name");

        model.cancel();
        assertThat(model.steps()).hasSize(original.steps().size());
        assertThat(model.nameProperty().get()).isEqualTo(original.name());
        assertThat(model.isDirty()).isFalse();
    }

    @Test
    void aNewTemplateNeedsANameAndAStep() {
        model.newTemplate();
        model.save(saved::add);
        assertThat(model.problems()).containsOnlyKeys("name", "steps");
        assertThat(model.problems().get("steps").code()).isEqualTo("noSteps");

        model.nameProperty().set("Jugendliche ohne Begleitung");
        model.descriptionProperty().set("Für unbegleitete Minderjährige.");
        model.steps().get(model.addStep()).titleProperty().set("Vormundschaft klären");
        model.save(saved::add);
        assertThat(model.problems()).isEmpty();
        assertThat(model.templates()).hasSize(5);
        PlanTemplate created = stored(saved.getFirst());
        assertThat(created.description()).isEqualTo("Für unbegleitete Minderjährige.");
        assertThat(created.steps()).singleElement().satisfies(step -> {
            assertThat(step.dueAfterDays()).as("empty: no deadline").isNull();
            assertThat(step.organisationKind()).isNull();
        });
    }

    @Test
    void aDuplicateIsANewTemplateUnderANewName() {
        PlanTemplate original = shipped(3);
        model.edit(original);
        model.duplicate(original.name() + " (Kopie)");
        assertThat(model.modeProperty().get()).isEqualTo(FormMode.NEW);
        assertThat(model.isDirty()).as("a copy not yet saved is a change").isTrue();
        model.nameProperty().set(original.name());
        model.save(saved::add);
        assertThat(model.problems().get("name").code()).isEqualTo("duplicateName");

        model.nameProperty().set("Ukraine – Familien mit Kindern");
        model.save(saved::add);
        assertThat(model.problems()).isEmpty();
        assertThat(saved.getFirst()).isNotEqualTo(original.id());
        assertThat(context.directory().templates()).hasSize(5);
        assertThat(stored(saved.getFirst()).steps()).isEqualTo(original.steps());
        assertThat(stored(original.id())).isEqualTo(original);
    }
}
