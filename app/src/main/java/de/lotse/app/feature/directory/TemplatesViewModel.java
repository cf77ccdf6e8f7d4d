package de.lotse.app.feature.directory;

import de.lotse.app.ui.TaskRunner;
import de.lotse.core.directory.DirectoryService;
import de.lotse.core.directory.PlanTemplate;
import de.lotse.core.validation.FieldProblem;
import de.lotse.core.validation.Validated;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The plan templates an administrator edits: a list, and the form of one template with its
 * steps in order. A case's plan is a copy of a template's steps, so editing a template never
 * changes a plan already made from it. Problems of a step are keyed {@code steps.<index>.<field>}.
 */
public final class TemplatesViewModel implements FormModel<PlanTemplate> {

    private final DirectoryService directory;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;

    private final ObservableList<PlanTemplate> templates = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final ObservableList<StepRow> steps = FXCollections.observableArrayList(StepRow::observables);
    private final ReadOnlyObjectWrapper<FormMode> mode = new ReadOnlyObjectWrapper<>(FormMode.EMPTY);
    private final ReadOnlyObjectWrapper<UUID> editing = new ReadOnlyObjectWrapper<>();
    private final ObservableMap<String, FieldProblem> problems = FXCollections.observableHashMap();
    private final ReadOnlyObjectWrapper<List<Object>> saved = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding dirty;
    private final ObservableList<PlanTemplate> templatesView = FXCollections.unmodifiableObservableList(templates);
    private final ObservableList<StepRow> stepsView = FXCollections.unmodifiableObservableList(steps);
    private final ObservableMap<String, FieldProblem> problemsView = FXCollections.unmodifiableObservableMap(problems);

    public TemplatesViewModel(DirectoryService directory, TaskRunner tasks, Consumer<Throwable> onFailure) {
        this.directory = directory;
        this.tasks = tasks;
        this.onFailure = onFailure;
        saved.set(values());
        dirty = Bindings.createBooleanBinding(() -> mode.get() != FormMode.EMPTY && !values().equals(saved.get()),
                name, description, steps, saved, mode);
    }

    private List<Object> values() {
        return Arrays.asList(name.get(), description.get(), steps.stream().map(StepRow::values).toList());
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
        show(template);
        editing.set(template.id());
        mode.set(FormMode.EDIT);
    }

    /** An empty form for a new template (Ctrl+N). */
    public void newTemplate() {
        show(null);
        editing.set(null);
        mode.set(FormMode.NEW);
    }

    /**
     * A new template with the form's description and steps under {@code copyName}: the copy is
     * not stored until it is saved.
     */
    public void duplicate(String copyName) {
        if (mode.get() == FormMode.EMPTY) {
            return;
        }
        List<Object> blank = Arrays.asList("", "", List.of());
        name.set(copyName);
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
        steps.setAll(copies);
        problems.clear();
        editing.set(null);
        mode.set(FormMode.NEW);
        saved.set(blank);
    }

    /** Drops the changes (Esc): back to what was stored, or an empty form. */
    public void cancel() {
        PlanTemplate stored = mode.get() == FormMode.EDIT ? templates.stream()
                .filter(template -> template.id().equals(editing.get())).findFirst().orElse(null) : null;
        if (stored == null) {
            show(null);
            editing.set(null);
            mode.set(FormMode.EMPTY);
        } else {
            show(stored);
        }
    }

    private void show(PlanTemplate template) {
        name.set(template == null ? "" : template.name());
        description.set(template == null ? "" : Problems.text(template.description()));
        steps.setAll(template == null ? List.of() : template.steps().stream().map(StepRow::new).toList());
        problems.clear();
        saved.set(values());
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
        problems.keySet().removeIf(field -> field.startsWith("steps"));
    }

    /** As {@link FormModel#save(Consumer)}; {@code onInvalid} runs when problems kept the form from being saved. */
    public void save(Consumer<UUID> onSaved, Runnable onInvalid) {
        if (mode.get() == FormMode.EMPTY) {
            return;
        }
        List<FieldProblem> found = new ArrayList<>();
        List<PlanTemplate.Step> read = new ArrayList<>();
        for (int index = 0; index < steps.size(); index++) {
            String days = Problems.text(steps.get(index).dueAfterDaysProperty().get()).strip();
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
        if (!found.isEmpty()) {
            Problems.show(problems, found);
            onInvalid.run();
            return;
        }
        UUID id = editing.get();
        String nameText = Problems.text(name.get());
        String descriptionText = description.get();
        tasks.run(() -> directory.save(new PlanTemplate(id == null ? directory.newId() : id, nameText, descriptionText,
                read)), result -> {
                    switch (result) {
                        case Validated.Valid<PlanTemplate> valid -> {
                            show(valid.value());
                            editing.set(valid.value().id());
                            mode.set(FormMode.EDIT);
                            load(() -> onSaved.accept(valid.value().id()));
                        }
                        case Validated.Invalid<PlanTemplate> invalid -> {
                    Problems.show(problems, invalid.problems());
                    onInvalid.run();
                }
                    }
                }, onFailure);
    }

    /** The problem of a step's field ({@code title}, {@code dueAfterDays}), or null. */
    public FieldProblem stepProblem(int index, String field) {
        return problems.get("steps." + index + "." + field);
    }

    /** Whether the step at {@code index} has any problem. */
    public boolean stepHasProblem(int index) {
        String prefix = "steps." + index + ".";
        return problems.keySet().stream().anyMatch(field -> field.startsWith(prefix));
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

    public ReadOnlyObjectProperty<FormMode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyObjectProperty<UUID> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    /** Field name to its problem; read-only for views. */
    public ObservableMap<String, FieldProblem> problems() {
        return problemsView;
    }

    public BooleanBinding dirtyBinding() {
        return dirty;
    }

    public boolean isDirty() {
        return dirty.get();
    }
}
