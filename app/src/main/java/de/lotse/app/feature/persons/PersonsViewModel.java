package de.lotse.app.feature.persons;

import de.lotse.app.ui.TaskRunner;
import de.lotse.core.person.PersonIndex;
import de.lotse.core.person.PersonRow;
import de.lotse.core.person.PersonService;
import de.lotse.core.person.RegisterSnapshot;
import de.lotse.core.text.GermanOrder;
import java.text.CollationKey;
import java.text.Collator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The person register as a list that filters by name while typing. */
public final class PersonsViewModel {

    /** A row with its sort keys made once, in the background, so that sorting 100,000 rows stays fast. */
    public record Entry(PersonRow row, CollationKey familyKey, CollationKey givenKey, CollationKey cityKey) { }

    private final PersonService people;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;
    /** How many matches the table shows at most; the count says how many there are. */
    public static final int SHOWN_MATCHES = 2_000;

    private List<Entry> all = List.of();
    private Map<UUID, Entry> byId = Map.of();
    private PersonIndex index = PersonIndex.build(List.of());
    private final ObservableList<Entry> shown = FXCollections.observableArrayList();
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper shownCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);

    public PersonsViewModel(PersonService people, TaskRunner tasks, Consumer<Throwable> onFailure) {
        this.people = people;
        this.tasks = tasks;
        this.onFailure = onFailure;
        filter.addListener((obs, old, text) -> applyFilter());
    }

    /** The register with its sort keys and search index, read and built in the background. */
    private record Loaded(List<Entry> entries, PersonIndex index) { }

    /**
     * Reads the register and its search index in the background: the service's snapshot, which
     * every search shares, so the register is read and indexed again only after it changed.
     */
    public void load() {
        load(() -> { });
    }

    /** As {@link #load()}, then {@code then} on the FX thread. */
    public void load(Runnable then) {
        tasks.run(() -> {
            Collator collator = GermanOrder.collator();
            RegisterSnapshot register = people.snapshot();
            List<Entry> entries = register.rows().stream().map(row -> new Entry(row,
                    GermanOrder.key(collator, row.familyName()), GermanOrder.key(collator, row.givenName()),
                    GermanOrder.key(collator, row.city()))).toList();
            return new Loaded(entries, register.index());
        }, loaded -> {
            replace(loaded);
            then.run();
        }, onFailure);
    }

    private void replace(Loaded loaded) {
        all = loaded.entries();
        byId = all.stream().collect(Collectors.toMap(entry -> entry.row().id(), Function.identity()));
        index = loaded.index();
        total.set(all.size());
        this.loaded.set(true);
        applyFilter();
    }

    /**
     * Shows the register in name order, or the persons matching the search text best first. The
     * search over 100,000 persons takes about a millisecond, so it runs as the person types.
     */
    private void applyFilter() {
        String query = filter.get() == null ? "" : filter.get().strip();
        if (query.isEmpty()) {
            shown.setAll(all);
            shownCount.set(all.size());
            return;
        }
        PersonIndex.Result result = index.find(query, SHOWN_MATCHES);
        shown.setAll(result.hits().stream().map(hit -> byId.get(hit.id())).toList());
        shownCount.set(result.matches());
    }

    /** The search index the list filters with: the one of the service's snapshot. */
    PersonIndex index() {
        return index;
    }

    /** The rows to show: all in name order, or the best matches first. */
    public ObservableList<Entry> shown() {
        return shown;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty shownCountProperty() {
        return shownCount.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }
}
