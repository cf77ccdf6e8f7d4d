package de.lotse.app.feature.directory;

import de.lotse.app.ui.TaskRunner;
import de.lotse.app.ui.form.Form;
import de.lotse.app.ui.form.FormMode;
import de.lotse.core.directory.DirectoryService;
import de.lotse.core.directory.PlanTemplate;
import de.lotse.core.validation.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The plan templates an administrator edits: a list, and the form of one template with its
 * steps in order. A case's plan is a copy of a template's steps, so editing a template never
 * changes a plan already made from it. Problems of a step are keyed {@code steps.<index>.<field>}.
 */
public final class TemplatesViewModel implements ListFormModel<PlanTemplate> {

    private final DirectoryService directory;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;

    private final ObservableList<PlanTemplate> templates = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final ObservableList<StepRow> steps = FXCollections.observableArrayList(StepRow::observables);
    private final Form<PlanTemplate> form;
    private final ObservableList<PlanTemplate> templatesView = FXCollections.unmodifiableObservableList(templates);
    private final ObservableList<StepRow> stepsView = FXCollections.unmodifiableObservableList(steps);

    public TemplatesViewModel(DirectoryService directory, TaskRunner tasks, Consumer<Throwable> onFailure) {
        this.directory = directory;
        this.tasks = tasks;
        this.onFailure = onFailure;
        form = new Form<>(tasks, onFailure, directory::newId, this::show, this::read);
        form.track(name, description,
                Bindings.createObjectBinding(() -> steps.stream().map(StepRow::values).toList(), steps));
    }

    @Override
    public Form<PlanTemplate> form() {
        return form;
    }

    /** Reads every template in the background. */
    public void load() {
        load(() -> { });
    }

    private void load(Runnable then) {
        tasks.run(directory::templates, found -> {
            templates.setAll(found);
            loaded.set(true);
            then.run();
        }, onFailure);
    }

    /** Shows a stored template in the form. */
    @Override
    public void edit(PlanTemplate template) {
        form.open(template.id(), template);
    }

    /** An empty form for a new template (Ctrl+N). */
    public void newTemplate() {
        form.newRecord();
    }

    /**
     * A new template with the form's description and steps under {@code copyName}: the copy is
     * not stored until it is saved.
     */
    public void duplicate(String copyName) {
        if (form.modeProperty().get() == FormMode.EMPTY) {
            return;
        }
        List<StepRow> copies = new ArrayList<>();
        for (StepRow row : steps) {
            StepRow copy = new StepRow();
            copy.titleProperty().set(row.titleProperty().get());
            copy.categoryProperty().set(row.categoryProperty().get());
            copy.priorityProperty().set(row.priorityProperty().get());
            copy.dueAfterDaysProperty().set(row.dueAfterDaysProperty().get());
            copy.organisationKindProperty().set(row.organisationKindProperty().get());
            copies.add(copy);
        }
        String text = description.get();
        // a new template, not stored: its fields differ from the empty form it starts as
        form.newRecord();
        name.set(copyName);
        description.set(text);
        steps.setAll(copies);
    }

    private void show(PlanTemplate template) {
        name.set(template == null ? "" : template.name());
        description.set(template == null ? "" : Form.text(template.description()));
        steps.setAll(template == null ? List.of() : template.steps().stream().map(StepRow::new).toList());
    }

    /** Adds an empty step at the end; returns its index. */
    public int addStep() {
        steps.add(new StepRow());
        dropStepProblems();
        return steps.size() - 1;
    }

    /** Removes the step at {@code index}. */
    public void removeStep(int index) {
        if (index >= 0 && index < steps.size()) {
            steps.remove(index);
            dropStepProblems();
        }
    }

    /** Moves the step at {@code index} up ({@code -1}) or down ({@code +1}); returns where it is now. */
    public int moveStep(int index, int delta) {
        int target = index + delta;
        if (index < 0 || index >= steps.size() || target < 0 || target >= steps.size()) {
            return index;
        }
        StepRow row = steps.remove(index);
        steps.add(target, row);
        dropStepProblems();
        return target;
    }

    /** Problems name steps by position: after a move they would point at the wrong step. */
    private void dropStepProblems() {
        form.dropProblems(field -> field.startsWith("steps"));
    }

    /** The template the fields describe; a step's days that are no whole number are a problem of that step. */
    private PlanTemplate read(UUID id, List<FieldProblem> found) {
        List<PlanTemplate.Step> read = new ArrayList<>();
        for (int index = 0; index < steps.size(); index++) {
            String days = Form.text(steps.get(index).dueAfterDaysProperty().get()).strip();
            Integer number = null;
            if (!days.isEmpty()) {
                try {
                    number = Integer.valueOf(days);
                } catch (NumberFormatException e) {
                    found.add(FieldProblem.of("steps." + index + ".dueAfterDays", "wholeNumber"));
                }
            }
            read.add(steps.get(index).toStep(number));
        }
        return found.isEmpty() ? new PlanTemplate(id, Form.text(name.get()), description.get(), read) : null;
    }

    @Override
    public void save(Consumer<UUID> onSaved, Runnable onInvalid) {
        form.saveAndOpen(directory::save, PlanTemplate::id, stored -> load(() -> onSaved.accept(stored.id())),
                onInvalid);
    }

    /** The problem of a step's field ({@code title}, {@code dueAfterDays}), or null. */
    public FieldProblem stepProblem(int index, String field) {
        return form.problems().get("steps." + index + "." + field);
    }

    /** Whether the step at {@code index} has any problem. */
    public boolean stepHasProblem(int index) {
        String prefix = "steps." + index + ".";
        return form.problems().keySet().stream().anyMatch(field -> field.startsWith(prefix));
    }

    /** Every template, by name. */
    public ObservableList<PlanTemplate> templates() {
        return templatesView;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    /** The steps of the form in order; edit a step through its row's properties. */
    public ObservableList<StepRow> steps() {
        return stepsView;
    }
}
