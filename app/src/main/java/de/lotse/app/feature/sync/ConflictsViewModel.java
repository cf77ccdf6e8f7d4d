package de.lotse.app.feature.sync;

import de.lotse.app.ui.TaskRunner;
import de.lotse.core.sync.Conflict;
import de.lotse.core.sync.Resolution;
import de.lotse.core.sync.SyncPort;
import de.lotse.core.sync.SyncRefusedException;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Konflikte: the open conflicts, the competing values of the chosen one, and its resolution by
 * picking a value or (for a field) typing a new one. Resolving runs in the background, then the
 * list is read anew.
 */
public final class ConflictsViewModel {

    /** {@link #choiceProperty()} for "a new value". */
    public static final int NEW_VALUE = -1;
    /** {@link #choiceProperty()} while nothing is chosen. */
    public static final int NONE = 0;

    private final SyncPort port;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;
    private final ObservableList<Conflict> conflicts = FXCollections.observableArrayList();
    // one read-only view, held here: listeners on a throwaway wrapper would be collected with it
    private final ObservableList<Conflict> conflictsView = FXCollections.unmodifiableObservableList(conflicts);
    private final ObjectProperty<Conflict> selected = new SimpleObjectProperty<>();
    private final IntegerProperty choice = new SimpleIntegerProperty(NONE);
    private final StringProperty newValue = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<SyncRefusedException.Reason> refusal = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding canResolve;
    private Runnable afterResolve = () -> { };

    public ConflictsViewModel(SyncPort port, TaskRunner tasks, Consumer<Throwable> onFailure) {
        this.port = port;
        this.tasks = tasks;
        this.onFailure = onFailure;
        selected.addListener((obs, old, now) -> {
            choice.set(NONE);
            newValue.set("");
            refusal.set(null);
        });
        canResolve = Bindings.createBooleanBinding(() -> {
            Conflict conflict = selected.get();
            if (conflict == null || working.get()) {
                return false;
            }
            int chosen = choice.get();
            return chosen == NEW_VALUE ? allowsNewValue(conflict) : chosen >= 1 && chosen <= conflict.values().size();
        }, selected, choice, working);
    }

    /** Only a field takes a typed value; a domain conflict is settled by choosing a side. */
    public static boolean allowsNewValue(Conflict conflict) {
        return Conflict.FIELD.equals(conflict.kind());
    }

    /** {@code action} runs after a resolution, e.g. to refresh the status bar. */
    public void afterResolve(Runnable action) {
        this.afterResolve = action;
    }

    /** Reads the open conflicts; the chosen one stays chosen while it is open. */
    public void load() {
        tasks.run(port::openConflicts, this::show, onFailure);
    }

    private void show(List<Conflict> open) {
        String keep = selected.get() == null ? null : selected.get().id();
        conflicts.setAll(open);
        loaded.set(true);
        Conflict again = open.stream().filter(conflict -> conflict.id().equals(keep)).findFirst().orElse(null);
        if (again == null || !again.equals(selected.get())) {
            selected.set(again);
        }
    }

    /** "Übernehmen": resolves the chosen conflict with the chosen value, then reads the list anew. */
    public void resolve() {
        if (!canResolve.get()) {
            return;
        }
        Conflict conflict = selected.get();
        Resolution resolution = choice.get() == NEW_VALUE
                ? new Resolution.NewValue(newValue.get().strip())
                : new Resolution.Pick(choice.get());
        working.set(true);
        refusal.set(null);
        tasks.run(() -> {
            try {
                port.resolve(conflict.id(), resolution);
                return new Resolved(null, port.openConflicts());
            } catch (SyncRefusedException e) {
                return new Resolved(e.reason(), null);
            }
        }, resolved -> {
            working.set(false);
            if (resolved.refusal() != null) {
                refusal.set(resolved.refusal());
                return;
            }
            selected.set(null);
            show(resolved.open());
            afterResolve.run();
        }, failure -> {
            working.set(false);
            onFailure.accept(failure);
        });
    }

    private record Resolved(SyncRefusedException.Reason refusal, List<Conflict> open) { }

    public ObservableList<Conflict> conflicts() {
        return conflictsView;
    }

    public ObjectProperty<Conflict> selectedProperty() {
        return selected;
    }

    /** The chosen value, counting from 1; {@link #NEW_VALUE} or {@link #NONE}. */
    public IntegerProperty choiceProperty() {
        return choice;
    }

    /** The typed value, as people write it ({@code 01.03.2026}, {@code Hagen}). */
    public StringProperty newValueProperty() {
        return newValue;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    /** Why a resolution was refused, or null. */
    public ReadOnlyObjectProperty<SyncRefusedException.Reason> refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    public BooleanBinding canResolveProperty() {
        return canResolve;
    }
}
