package de.lotse.core.directory;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A template an administrator edits; a case's plan starts as a copy of its steps. */
public record PlanTemplate(UUID id, String name, String description, List<Step> steps) {

    public PlanTemplate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        steps = List.copyOf(steps);
    }

    /**
     * A step of the template: due {@code dueAfterDays} after the plan starts (no due date when
     * null), and given to the first organisation of {@code organisationKind} responsible for its category.
     */
    public record Step(String title, StepCategory category, StepPriority priority, Integer dueAfterDays,
            OrganisationKind organisationKind) {

        public Step {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(priority, "priority");
        }
    }
}
