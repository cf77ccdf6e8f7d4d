package de.lotse.app.feature.directory;

import de.lotse.app.ui.TaskRunner;
import de.lotse.core.directory.Caseworker;
import de.lotse.core.directory.DirectoryService;
import de.lotse.core.validation.FieldProblem;
import de.lotse.core.validation.Validated;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/** The office's caseworkers: a list, a new one added or one renamed through a one-field form. */
public final class CaseworkersViewModel implements FormModel<Caseworker> {

    private final DirectoryService directory;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;

    private final ObservableList<Caseworker> caseworkers = FXCollections.observableArrayList();
    private final ObservableList<Caseworker> caseworkersView = FXCollections.unmodifiableObservableList(caseworkers);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final StringProperty name = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper savedName = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<FormMode> mode = new ReadOnlyObjectWrapper<>(FormMode.EMPTY);
    private final ReadOnlyObjectWrapper<UUID> editing = new ReadOnlyObjectWrapper<>();
    private final ObservableMap<String, FieldProblem> problems = FXCollections.observableHashMap();
    private final ObservableMap<String, FieldProblem> problemsView = FXCollections.unmodifiableObservableMap(problems);
    private final BooleanBinding dirty;

    public CaseworkersViewModel(DirectoryService directory, TaskRunner tasks, Consumer<Throwable> onFailure) {
        this.directory = directory;
        this.tasks = tasks;
        this.onFailure = onFailure;
        dirty = Bindings.createBooleanBinding(() -> mode.get() != FormMode.EMPTY
                && !Problems.text(name.get()).equals(savedName.get()), name, savedName, mode);
    }

    /** Reads every caseworker in the background. */
    public void load() {
        load(() -> { });
    }

    private void load(Runnable then) {
        tasks.run(directory::caseworkers, found -> {
            caseworkers.setAll(found);
            loaded.set(true);
            then.run();
        }, onFailure);
    }

    /** Shows a caseworker's name for renaming. */
    @Override
    public void edit(Caseworker caseworker) {
        show(caseworker.name());
        editing.set(caseworker.id());
        mode.set(FormMode.EDIT);
    }

    /** An empty form for a new caseworker (Ctrl+N). */
    public void newCaseworker() {
        show("");
        editing.set(null);
        mode.set(FormMode.NEW);
    }

    /** Drops the changes (Esc). */
    public void cancel() {
        if (mode.get() == FormMode.EDIT) {
            show(savedName.get());
        } else {
            show("");
            editing.set(null);
            mode.set(FormMode.EMPTY);
        }
    }

    private void show(String text) {
        name.set(text);
        savedName.set(text);
        problems.clear();
    }

    /** As {@link FormModel#save(Consumer)}; {@code onInvalid} runs when problems kept the form from being saved. */
    public void save(Consumer<UUID> onSaved, Runnable onInvalid) {
        if (mode.get() == FormMode.EMPTY) {
            return;
        }
        UUID id = editing.get();
        String text = Problems.text(name.get());
        tasks.run(() -> directory.save(new Caseworker(id == null ? directory.newId() : id, text)), result -> {
            switch (result) {
                case Validated.Valid<Caseworker> valid -> {
                    show(valid.value().name());
                    editing.set(valid.value().id());
                    mode.set(FormMode.EDIT);
                    load(() -> onSaved.accept(valid.value().id()));
                }
                case Validated.Invalid<Caseworker> invalid -> {
                    Problems.show(problems, invalid.problems());
                    onInvalid.run();
                }
            }
        }, onFailure);
    }

    /** Every caseworker, by name. */
    public ObservableList<Caseworker> caseworkers() {
        return caseworkersView;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public StringProperty nameProperty() {
        return name;
    }

    /** The name as stored, for the form's title. */
    public ReadOnlyStringProperty savedNameProperty() {
        return savedName.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<FormMode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyObjectProperty<UUID> editingProperty() {
        return editing.getReadOnlyProperty();
    }

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
