package de.lotse.core.cases;

import de.lotse.core.directory.StepCategory;
import de.lotse.core.directory.StepPriority;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.UUID;

/**
 * One next step of a case's integration plan; {@code changedBy} is the user name of the account
 * that last changed it (null: made before accounts, or by the demo).
 */
public record IntegrationStep(UUID id, UUID caseId, String title, StepCategory category, StepPriority priority,
        StepStatus status, LocalDate dueOn, UUID organisationId, String outcome, LocalDate lastChange,
        String changedBy) {

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

    /** A step nobody logged in has changed yet (a template's, the demo's, a form's before it is saved). */
    public IntegrationStep(UUID id, UUID caseId, String title, StepCategory category, StepPriority priority,
            StepStatus status, LocalDate dueOn, UUID organisationId, String outcome, LocalDate lastChange) {
        this(id, caseId, title, category, priority, status, dueOn, organisationId, outcome, lastChange, null);
    }

    /** The same step as changed on {@code day} by {@code userName} (null: by nobody logged in). */
    public IntegrationStep changed(LocalDate day, String userName) {
        return new IntegrationStep(id, caseId, title, category, priority, status, dueOn, organisationId, outcome, day,
                userName);
    }

    public boolean overdue(LocalDate today) {
        return !status.finished() && dueOn != null && dueOn.isBefore(today);
    }
}
