package de.lotse.app.feature.directory;

import de.lotse.core.directory.OrganisationKind;
import de.lotse.core.directory.PlanTemplate;
import de.lotse.core.directory.StepCategory;
import de.lotse.core.directory.StepPriority;
import java.util.List;
import java.util.Objects;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One step of the template being edited, as the form's fields: the due days still as typed. */
public final class StepRow {

    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<StepCategory> category = new SimpleObjectProperty<>(StepCategory.SOCIAL);
    private final ObjectProperty<StepPriority> priority = new SimpleObjectProperty<>(StepPriority.ESSENTIAL);
    private final StringProperty dueAfterDays = new SimpleStringProperty("");
    private final ObjectProperty<OrganisationKind> organisationKind = new SimpleObjectProperty<>();

    StepRow() {
    }

    StepRow(PlanTemplate.Step step) {
        title.set(step.title());
        category.set(step.category());
        priority.set(step.priority());
        dueAfterDays.set(step.dueAfterDays() == null ? "" : String.valueOf(step.dueAfterDays()));
        organisationKind.set(step.organisationKind());
    }

    /** The properties whose changes a list of rows reports as changes of the list. */
    Observable[] observables() {
        return new Observable[] {title, category, priority, dueAfterDays, organisationKind};
    }

    /** What the row holds, for telling whether the form changed. */
    List<Object> values() {
        return java.util.Arrays.asList(title.get(), category.get(), priority.get(), dueAfterDays.get(),
                organisationKind.get());
    }

    /** The step, with the due days already read as a number (or none). */
    PlanTemplate.Step toStep(Integer days) {
        return new PlanTemplate.Step(Objects.requireNonNullElse(title.get(), ""),
                Objects.requireNonNullElse(category.get(), StepCategory.SOCIAL),
                Objects.requireNonNullElse(priority.get(), StepPriority.ESSENTIAL), days, organisationKind.get());
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

    /** Days after the start of the plan, as typed; empty for no due date. */
    public StringProperty dueAfterDaysProperty() {
        return dueAfterDays;
    }

    /** Which kind of organisation the step goes to; null for none. */
    public ObjectProperty<OrganisationKind> organisationKindProperty() {
        return organisationKind;
    }
}
