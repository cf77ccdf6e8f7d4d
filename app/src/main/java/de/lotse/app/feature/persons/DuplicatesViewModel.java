package de.lotse.app.feature.persons;

import de.lotse.app.ui.BackgroundTask;
import de.lotse.app.ui.TaskRunner;
import de.lotse.core.person.MergeRecord;
import de.lotse.core.person.PersonDetail;
import de.lotse.core.person.PersonPair;
import de.lotse.core.person.PersonService;
import de.lotse.core.validation.FieldProblem;
import de.lotse.core.validation.Validated;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The possible duplicates of the register: pairs found across all persons, the chosen pair's two
 * records side by side, and the merge of one into the other.
 */
public final class DuplicatesViewModel {

    /** Both records of the chosen pair, as stored. */
    public record Comparison(PersonPair pair, PersonDetail first, PersonDetail second) { }

    private final PersonService people;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;
    private final ObservableList<PersonPair> pairs = FXCollections.observableArrayList();
    private final ObservableList<PersonPair> pairsView = FXCollections.unmodifiableObservableList(pairs);
    private final ObjectProperty<PersonPair> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Comparison> comparison = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<FieldProblem>> mergeProblems = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyBooleanWrapper cancelled = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<BackgroundTask<?>> scan = new ReadOnlyObjectWrapper<>();
    /** Held here: a binding only weak listeners know of would be collected and stop updating. */
    private final BooleanBinding loading = scan.isNotNull();

    public DuplicatesViewModel(PersonService people, TaskRunner tasks, Consumer<Throwable> onFailure) {
        this.people = people;
        this.tasks = tasks;
        this.onFailure = onFailure;
        selected.addListener((obs, old, pair) -> compare(pair));
    }

    /**
     * Looks for pairs across the whole register (a few seconds at 100,000 persons) as a task the
     * status bar shows; a scan that runs already goes on instead of a second one. Cancelled, the
     * list stays as it was.
     */
    public void load() {
        if (scan.get() != null && !scan.get().cancelRequestedProperty().get()) {
            return;
        }
        BackgroundTask<List<PersonPair>> started = BackgroundTask.titled("duplicates.task", people::likelyDuplicates);
        scan.set(started);
        cancelled.set(false);
        // a cancelled scan may end after the next one started: only the latest one speaks
        tasks.run(started, found -> {
            if (ended(started)) {
                pairs.setAll(found);
            }
        }, () -> {
            if (ended(started)) {
                cancelled.set(true);
            }
        }, failure -> {
            if (ended(started)) {
                onFailure.accept(failure);
            }
        });
    }

    private boolean ended(BackgroundTask<List<PersonPair>> task) {
        if (scan.get() != task) {
            return false;
        }
        scan.set(null);
        return true;
    }

    /** Stops the scan under way, if any (the list stays as it was): e.g. when its window closes. */
    public void cancel() {
        if (scan.get() != null) {
            scan.get().cancel();
        }
    }

    private void compare(PersonPair pair) {
        mergeProblems.set(List.of());
        if (pair == null) {
            comparison.set(null);
            return;
        }
        tasks.run(() -> new Comparison(pair, people.find(pair.first().id()).orElse(null),
                people.find(pair.second().id()).orElse(null)), read -> {
                    if (pair.equals(selected.get())) {
                        comparison.set(read.first() == null || read.second() == null ? null : read);
                    }
                }, onFailure);
    }

    /**
     * Merges the chosen pair: {@code keepFirst} keeps the first record and merges the second into
     * it, otherwise the other way round. Pairs of the merged person leave the list; {@code onMerged}
     * is told the survivor.
     */
    public void merge(boolean keepFirst, Consumer<UUID> onMerged) {
        PersonPair pair = selected.get();
        if (pair == null) {
            return;
        }
        UUID survivor = keepFirst ? pair.first().id() : pair.second().id();
        UUID merged = keepFirst ? pair.second().id() : pair.first().id();
        tasks.run(() -> people.merge(survivor, merged), result -> {
            switch (result) {
                case Validated.Valid<MergeRecord> valid -> {
                    pairs.removeIf(other -> other.first().id().equals(merged) || other.second().id().equals(merged));
                    selected.set(null);
                    onMerged.accept(survivor);
                }
                case Validated.Invalid<MergeRecord> invalid -> mergeProblems.set(invalid.problems());
            }
        }, onFailure);
    }

    public ObservableList<PersonPair> pairs() {
        return pairsView;
    }

    public ObjectProperty<PersonPair> selectedProperty() {
        return selected;
    }

    /** The chosen pair's records; null while none is chosen or they are being read. */
    public ReadOnlyObjectProperty<Comparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    /** Why the last merge was refused (the combined record broke a rule); empty otherwise. */
    public ReadOnlyObjectProperty<List<FieldProblem>> mergeProblemsProperty() {
        return mergeProblems.getReadOnlyProperty();
    }

    public BooleanBinding loadingProperty() {
        return loading;
    }

    /** Whether the last scan was cancelled, so the list is the one from before it. */
    public ReadOnlyBooleanProperty cancelledProperty() {
        return cancelled.getReadOnlyProperty();
    }

    /** The scan under way, with its progress and cancel; null while none runs. */
    public ReadOnlyObjectProperty<BackgroundTask<?>> scanProperty() {
        return scan.getReadOnlyProperty();
    }
}
