package de.lotse.app.feature.persons;

import de.lotse.app.ui.TaskRunner;
import de.lotse.core.person.PersonRegister;
import de.lotse.core.person.PersonRow;
import de.lotse.core.text.GermanOrder;
import java.text.CollationKey;
import java.text.Collator;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** The person register as a list that filters by name while typing. */
public final class PersonsViewModel {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /**
     * A row with its search text folded and its sort keys made once, in the background, so that
     * filtering and sorting 100,000 rows on the FX thread stay fast.
     */
    public record Entry(PersonRow row, String folded, CollationKey familyKey, CollationKey givenKey,
            CollationKey cityKey) { }

    private final PersonRegister register;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;
    private final ObservableList<Entry> all = FXCollections.observableArrayList();
    private final FilteredList<Entry> shown = new FilteredList<>(all);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper shownCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);

    public PersonsViewModel(PersonRegister register, TaskRunner tasks, Consumer<Throwable> onFailure) {
        this.register = register;
        this.tasks = tasks;
        this.onFailure = onFailure;
        filter.addListener((obs, old, text) -> applyFilter());
        shown.addListener((javafx.collections.ListChangeListener<Entry>) change -> shownCount.set(shown.size()));
    }

    /** Reads the register in the background. */
    public void load() {
        tasks.run(() -> {
            Collator collator = GermanOrder.collator();
            return register.listAll().stream().map(row -> new Entry(row,
                    fold(row.familyName() + " " + row.givenName() + " " + row.givenName() + " " + row.familyName()),
                    GermanOrder.key(collator, row.familyName()), GermanOrder.key(collator, row.givenName()),
                    GermanOrder.key(collator, row.city()))).toList();
        }, this::replace, onFailure);
    }

    private void replace(List<Entry> entries) {
        all.setAll(entries);
        total.set(entries.size());
        shownCount.set(shown.size());
        loaded.set(true);
    }

    private void applyFilter() {
        String needle = fold(filter.get().trim());
        shown.setPredicate(needle.isEmpty() ? null : entry -> entry.folded().contains(needle));
    }

    /** Lower case without accents: "Özdemir" and "ozdemir" meet. */
    static String fold(String text) {
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT).replace("ß", "ss");
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

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
