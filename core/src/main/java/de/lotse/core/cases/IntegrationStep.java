package de.lotse.core.cases;

import de.lotse.core.directory.StepCategory;
import de.lotse.core.directory.StepPriority;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.UUID;

/** One next step of a case's integration plan. */
public record IntegrationStep(UUID id, UUID caseId, String title, StepCategory category, StepPriority priority,
        StepStatus status, LocalDate dueOn, UUID organisationId, String outcome, LocalDate lastChange) {

    /** Plan order: unfinished first, then by priority, then by due date (none last), then title. */
    public static final Comparator<IntegrationStep> PLAN_ORDER = Comparator
            .comparing((IntegrationStep step) -> step.status().finished())
            .thenComparing(IntegrationStep::priority)
            .thenComparing(IntegrationStep::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(IntegrationStep::title);

    public IntegrationStep {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(lastChange, "lastChange");
    }

    public boolean overdue(LocalDate today) {
        return !status.finished() && dueOn != null && dueOn.isBefore(today);
    }
}
