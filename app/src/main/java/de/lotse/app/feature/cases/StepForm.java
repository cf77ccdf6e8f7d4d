package de.lotse.app.feature.cases;

import de.lotse.app.ui.form.Form;
import de.lotse.app.ui.form.FormModel;
import de.lotse.core.cases.IntegrationStep;
import de.lotse.core.cases.StepStatus;
import de.lotse.core.directory.Organisation;
import de.lotse.core.directory.StepCategory;
import de.lotse.core.directory.StepPriority;
import de.lotse.core.text.Days;
import de.lotse.core.validation.FieldProblem;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** A step of the integration plan in its dialog: every field including the outcome. */
public final class StepForm implements FormModel<IntegrationStep> {

    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<StepCategory> category = new SimpleObjectProperty<>(StepCategory.SOCIAL);
    private final ObjectProperty<StepPriority> priority = new SimpleObjectProperty<>(StepPriority.ESSENTIAL);
    private final ObjectProperty<StepStatus> status = new SimpleObjectProperty<>(StepStatus.OPEN);
    private final StringProperty dueOn = new SimpleStringProperty("");
    private final ObjectProperty<Organisation> organisation = new SimpleObjectProperty<>();
    private final StringProperty outcome = new SimpleStringProperty("");
    private final CaseFormContext context;
    private final Function<UUID, Organisation> organisations;
    private final Form<IntegrationStep> form;

    /** {@code organisations} finds an organisation by its id (null when unknown). */
    StepForm(CaseFormContext context, Function<UUID, Organisation> organisations) {
        this.context = context;
        this.organisations = organisations;
        this.form = context.form(this::fill, this::read);
        form.track(title, category, priority, status, dueOn, organisation, outcome);
    }

    @Override
    public Form<IntegrationStep> form() {
        return form;
    }

    private void fill(IntegrationStep step) {
        title.set(step == null ? "" : step.title());
        category.set(step == null ? StepCategory.SOCIAL : step.category());
        priority.set(step == null ? StepPriority.ESSENTIAL : step.priority());
        status.set(step == null ? StepStatus.OPEN : step.status());
        dueOn.set(step == null || step.dueOn() == null ? "" : context.formats().day(step.dueOn()));
        organisation.set(step == null || step.organisationId() == null ? null : organisations.apply(step.organisationId()));
        outcome.set(step == null ? "" : Form.text(step.outcome()));
    }

    /** The step as the fields describe it; the service marks its last change when it is saved. */
    private IntegrationStep read(UUID id, List<FieldProblem> found) {
        LocalDate due = Days.parse("dueOn", dueOn.get(), found);
        return found.isEmpty() ? new IntegrationStep(id, context.caseId(), Form.text(title.get()), category.get(),
                priority.get(), status.get(), due, organisation.get() == null ? null : organisation.get().id(),
                outcome.get(), LocalDate.EPOCH) : null;
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
