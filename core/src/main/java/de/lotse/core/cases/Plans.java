package de.lotse.core.cases;

import de.lotse.core.directory.Organisation;
import de.lotse.core.directory.PlanTemplate;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/** Turns a plan template into a case's first steps. */
public final class Plans {

    private Plans() {
    }

    /**
     * The template's steps for {@code caseId}, due counted from {@code start}, each given to an
     * organisation of the step's kind, the one responsible for the step's category first.
     */
    public static List<IntegrationStep> fromTemplate(PlanTemplate template, UUID caseId, LocalDate start,
            List<Organisation> organisations, Supplier<UUID> ids) {
        return template.steps().stream().map(step -> new IntegrationStep(ids.get(), caseId, step.title(),
                step.category(), step.priority(), StepStatus.OPEN,
                step.dueAfterDays() == null ? null : start.plusDays(step.dueAfterDays()),
                responsible(step, organisations), null, start)).toList();
    }

    private static UUID responsible(PlanTemplate.Step step, List<Organisation> organisations) {
        if (step.organisationKind() == null) {
            return null;
        }
        return organisations.stream().filter(organisation -> organisation.kind() == step.organisationKind())
                .min(Comparator.comparing((Organisation organisation) -> !organisation.topics().contains(step.category()))
                        .thenComparing(Organisation::name))
                .map(Organisation::id).orElse(null);
    }
}
