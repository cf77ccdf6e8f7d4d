package de.lotse.app.feature.directory;

import de.lotse.app.ui.TaskRunner;
import de.lotse.app.ui.form.Form;
import de.lotse.core.directory.Caseworker;
import de.lotse.core.directory.DirectoryService;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The office's caseworkers: a list, a new one added or one renamed through a one-field form. */
public final class CaseworkersViewModel implements ListFormModel<Caseworker> {

    private final DirectoryService directory;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;

    private final ObservableList<Caseworker> caseworkers = FXCollections.observableArrayList();
    private final ObservableList<Caseworker> caseworkersView = FXCollections.unmodifiableObservableList(caseworkers);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final StringProperty name = new SimpleStringProperty("");
    private final Form<Caseworker> form;
    /** The name as stored: the base's. Held here, as a value only weak listeners know of would be collected. */
    private final ObservableValue<String> savedName;

    public CaseworkersViewModel(DirectoryService directory, TaskRunner tasks, Consumer<Throwable> onFailure) {
        this.directory = directory;
        this.tasks = tasks;
        this.onFailure = onFailure;
        form = new Form<>(tasks, onFailure, directory::newId,
                caseworker -> name.set(caseworker == null ? "" : caseworker.name()),
                (id, found) -> new Caseworker(id, Form.text(name.get())));
        form.track(name);
        savedName = form.baseProperty().map(Caseworker::name).orElse("");
    }

    @Override
    public Form<Caseworker> form() {
        return form;
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
        form.open(caseworker.id(), caseworker);
    }

    /** An empty form for a new caseworker (Ctrl+N). */
    public void newCaseworker() {
        form.newRecord();
    }

    @Override
    public void save(Consumer<UUID> onSaved, Runnable onInvalid) {
        form.saveAndOpen(directory::save, Caseworker::id, stored -> load(() -> onSaved.accept(stored.id())),
                onInvalid);
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
    public ObservableValue<String> savedNameProperty() {
        return savedName;
    }
}
