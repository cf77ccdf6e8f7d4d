package de.lotse.app.feature.cases;

import de.lotse.core.cases.IntegrationStep;
import de.lotse.core.cases.StepStatus;
import de.lotse.core.directory.Organisation;
import de.lotse.core.directory.StepCategory;
import de.lotse.core.directory.StepPriority;
import de.lotse.core.validation.FieldProblem;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** A step of the integration plan in its dialog: every field including the outcome. */
public final class StepForm extends RecordForm<IntegrationStep> {

    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<StepCategory> category = new SimpleObjectProperty<>(StepCategory.SOCIAL);
    private final ObjectProperty<StepPriority> priority = new SimpleObjectProperty<>(StepPriority.ESSENTIAL);
    private final ObjectProperty<StepStatus> status = new SimpleObjectProperty<>(StepStatus.OPEN);
    private final StringProperty dueOn = new SimpleStringProperty("");
    private final ObjectProperty<Organisation> organisation = new SimpleObjectProperty<>();
    private final StringProperty outcome = new SimpleStringProperty("");
    private final java.util.function.Function<UUID, Organisation> organisations;

    /** {@code organisations} finds an organisation by its id (null when unknown). */
    StepForm(java.util.function.Supplier<CaseFormats> formats,
            java.util.function.Function<UUID, Organisation> organisations) {
        super(formats);
        this.organisations = organisations;
    }

    @Override
    protected List<Object> values() {
        return Arrays.asList(title.get(), category.get(), priority.get(), status.get(), dueOn.get(),
                organisation.get(), outcome.get());
    }

    @Override
    protected void fill(IntegrationStep step, LocalDate today) {
        title.set(step == null ? "" : step.title());
        category.set(step == null ? StepCategory.SOCIAL : step.category());
        priority.set(step == null ? StepPriority.ESSENTIAL : step.priority());
        status.set(step == null ? StepStatus.OPEN : step.status());
        dueOn.set(step == null || step.dueOn() == null ? "" : formats().day(step.dueOn()));
        organisation.set(step == null || step.organisationId() == null ? null : organisations.apply(step.organisationId()));
        outcome.set(step == null ? "" : text(step.outcome()));
    }

    @Override
    protected IntegrationStep build(UUID id, UUID caseId, List<FieldProblem> found) {
        LocalDate due = day("dueOn", dueOn.get(), found);
        if (!found.isEmpty()) {
            return null;
        }
        return new IntegrationStep(id, caseId, text(title.get()), category.get(), priority.get(), status.get(), due,
                organisation.get() == null ? null : organisation.get().id(), outcome.get(), LocalDate.EPOCH);
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<StepCategory> categoryProperty() {
        return category;
    }

    public ObjectProperty<StepPriority> priorityProperty() {
        return priority;
    }

    public ObjectProperty<StepStatus> statusProperty() {
        return status;
    }

    /** Typed as {@code TT.MM.JJJJ}; empty for no due date. */
    public StringProperty dueOnProperty() {
        return dueOn;
    }

    public ObjectProperty<Organisation> organisationProperty() {
        return organisation;
    }

    public StringProperty outcomeProperty() {
        return outcome;
    }
}
