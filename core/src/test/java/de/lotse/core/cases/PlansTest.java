package de.lotse.core.cases;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.core.directory.Organisation;
import de.lotse.core.directory.OrganisationKind;
import de.lotse.core.directory.PlanTemplate;
import de.lotse.core.directory.PlanTemplates;
import de.lotse.core.directory.StepCategory;
import de.lotse.core.directory.StepPriority;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PlansTest {

    private static final LocalDate START = LocalDate.of(2026, 11, 21);

    @Test
    void everyTemplateStepBecomesAnOpenStepDueAfterItsDays() {
        PlanTemplate template = PlanTemplates.shipped().getFirst();
        UUID caseId = UUID.randomUUID();
        AtomicLong counter = new AtomicLong();
        List<IntegrationStep> steps = Plans.fromTemplate(template, caseId, START, List.of(),
                () -> new UUID(0, counter.incrementAndGet()));

        assertThat(steps).hasSize(template.steps().size()).allSatisfy(step -> {
            assertThat(step.caseId()).isEqualTo(caseId);
            assertThat(step.status()).isEqualTo(StepStatus.OPEN);
            assertThat(step.lastChange()).isEqualTo(START);
        });
        assertThat(steps).extracting(IntegrationStep::title)
                .containsExactlyElementsOf(template.steps().stream().map(PlanTemplate.Step::title).toList());
        assertThat(steps.getFirst().dueOn()).isEqualTo(START.plusDays(template.steps().getFirst().dueAfterDays()));
        assertThat(steps).extracting(IntegrationStep::id).doesNotHaveDuplicates();
    }

    @Test
    void aStepGoesToTheOrganisationOfItsKindResponsibleForItsCategory() {
        Organisation school = new Organisation(UUID.randomUUID(), "A-Schule", OrganisationKind.SCHOOL,
                EnumSet.of(StepCategory.SOCIAL), null, null, null);
        Organisation responsible = new Organisation(UUID.randomUUID(), "Z-Schule", OrganisationKind.SCHOOL,
                EnumSet.of(StepCategory.EDUCATION), null, null, null);
        PlanTemplate template = new PlanTemplate(UUID.randomUUID(), "T", null, List.of(
                new PlanTemplate.Step("Schulanmeldung", StepCategory.EDUCATION, StepPriority.IMMEDIATE, 14,
                        OrganisationKind.SCHOOL),
                new PlanTemplate.Step("Anmeldung", StepCategory.RESIDENCE, StepPriority.IMMEDIATE, null, null),
                new PlanTemplate.Step("Kita", StepCategory.EDUCATION, StepPriority.CAN_WAIT, 30,
                        OrganisationKind.DAYCARE)));

        List<IntegrationStep> steps = Plans.fromTemplate(template, UUID.randomUUID(), START,
                List.of(school, responsible), UUID::randomUUID);

        assertThat(steps.get(0).organisationId()).isEqualTo(responsible.id());
        assertThat(steps.get(1).organisationId()).isNull();
        assertThat(steps.get(1).dueOn()).isNull();
        assertThat(steps.get(2).organisationId()).as("no daycare known").isNull();
    }

    @Test
    void thePlanOrderPutsUnfinishedUrgentEarlyStepsFirst() {
        UUID caseId = UUID.randomUUID();
        IntegrationStep done = step("erledigt", StepPriority.IMMEDIATE, StepStatus.DONE, START, caseId);
        IntegrationStep later = step("später", StepPriority.IMMEDIATE, StepStatus.OPEN, START.plusDays(9), caseId);
        IntegrationStep sooner = step("früher", StepPriority.IMMEDIATE, StepStatus.OPEN, START.plusDays(2), caseId);
        IntegrationStep undated = step("ohne Datum", StepPriority.IMMEDIATE, StepStatus.OPEN, null, caseId);
        IntegrationStep canWait = step("kann warten", StepPriority.CAN_WAIT, StepStatus.OPEN, START, caseId);

        assertThat(List.of(done, canWait, undated, later, sooner).stream().sorted(IntegrationStep.PLAN_ORDER))
                .containsExactly(sooner, later, undated, canWait, done);
        assertThat(sooner.overdue(START.plusDays(3))).isTrue();
        assertThat(done.overdue(START.plusDays(3))).isFalse();
    }

    private static IntegrationStep step(String title, StepPriority priority, StepStatus status, LocalDate due,
            UUID caseId) {
        return new IntegrationStep(UUID.randomUUID(), caseId, title, StepCategory.SOCIAL, priority, status, due, null,
                null, START);
    }
}
