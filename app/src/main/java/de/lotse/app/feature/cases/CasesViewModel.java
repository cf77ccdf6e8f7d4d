package de.lotse.app.feature.cases;

import de.lotse.app.ui.TaskRunner;
import de.lotse.core.cases.CaseService;
import de.lotse.core.cases.CaseStatus;
import de.lotse.core.cases.CaseSummary;
import de.lotse.core.directory.Caseworker;
import de.lotse.core.directory.DirectoryService;
import de.lotse.core.text.GermanOrder;
import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Every case as a list that filters while typing: by number or name, by status (the cases not
 * closed unless asked otherwise), and to the chosen caseworker's own.
 */
public final class CasesViewModel {

    /** Which statuses the list shows. */
    public enum StatusFilter {
        NOT_CLOSED, ALL, OPEN, ACTIVE, PAUSED, CLOSED;

        boolean accepts(CaseStatus status) {
            return switch (this) {
                case NOT_CLOSED -> status != CaseStatus.CLOSED;
                case ALL -> true;
                default -> status.name().equals(name());
            };
        }
    }

    /** A row with what filtering and sorting 100,000 rows needs, made once in the background. */
    public record Entry(CaseSummary summary, String searchText, CollationKey subjectKey, CollationKey caseworkerKey) { }

    private final CaseService cases;
    private final DirectoryService directory;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;
    private final ObservableValue<UUID> me;

    private List<Entry> all = List.of();
    private final List<Runnable> waiting = new ArrayList<>();
    private boolean loading;
    private List<Caseworker> caseworkers = List.of();
    private final ObservableList<Entry> shown = FXCollections.observableArrayList();
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<StatusFilter> status = new SimpleObjectProperty<>(StatusFilter.NOT_CLOSED);
    private final BooleanProperty onlyMine = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper myName = new ReadOnlyStringWrapper();
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);

    /** {@code me} is the chosen caseworker (null: nobody chosen); "only mine" shows their cases. */
    public CasesViewModel(CaseService cases, DirectoryService directory, TaskRunner tasks, Consumer<Throwable> onFailure,
            ObservableValue<UUID> me) {
        this.cases = cases;
        this.directory = directory;
        this.tasks = tasks;
        this.onFailure = onFailure;
        this.me = me;
        filter.addListener((obs, old, text) -> applyFilter());
        status.addListener((obs, old, now) -> applyFilter());
        onlyMine.addListener((obs, old, now) -> applyFilter());
        me.addListener((obs, old, now) -> {
            updateMyName();
            applyFilter();
        });
    }

    private record Loaded(List<Entry> entries, List<Caseworker> caseworkers) { }

    /** Reads every case in the background. */
    public void load() {
        load(() -> { });
    }

    /** As {@link #load()}, then {@code then} on the FX thread; a load asked for while one runs joins it. */
    public void load(Runnable then) {
        waiting.add(then);
        if (loading) {
            return;
        }
        loading = true;
        tasks.run(() -> {
            Collator collator = GermanOrder.collator();
            return new Loaded(cases.listAll().stream().map(summary -> entry(collator, summary)).toList(),
                    directory.caseworkers());
        }, result -> {
            all = result.entries();
            caseworkers = result.caseworkers();
            total.set(all.size());
            loaded.set(true);
            updateMyName();
            applyFilter();
            loading = false;
            List<Runnable> done = List.copyOf(waiting);
            waiting.clear();
            done.forEach(Runnable::run);
        }, failure -> {
            loading = false;
            waiting.clear();
            onFailure.accept(failure);
        });
    }

    private static Entry entry(Collator collator, CaseSummary summary) {
        String search = (summary.number() + " " + text(summary.subject())).toLowerCase(Locale.ROOT);
        return new Entry(summary, search, GermanOrder.key(collator, summary.subject()),
                GermanOrder.key(collator, summary.caseworker()));
    }

    /** Reads one case anew after it changed or was opened elsewhere, and puts it into the list. */
    public void refresh(UUID caseId) {
        if (!loaded.get()) {
            return;
        }
        tasks.run(() -> cases.summary(caseId).map(summary -> entry(GermanOrder.collator(), summary)), found -> {
            // a changed case keeps its place; a new one comes first, as the newest
            List<Entry> next = new ArrayList<>(all);
            int at = -1;
            for (int i = 0; i < next.size() && at < 0; i++) {
                if (next.get(i).summary().id().equals(caseId)) {
                    at = i;
                }
            }
            if (at >= 0) {
                next.remove(at);
            }
            int place = Math.max(at, 0);
            found.ifPresent(entry -> next.add(place, entry));
            all = List.copyOf(next);
            total.set(all.size());
            applyFilter();
        }, onFailure);
    }

    private void updateMyName() {
        UUID chosen = me.getValue();
        myName.set(caseworkers.stream().filter(caseworker -> caseworker.id().equals(chosen)).findFirst()
                .map(Caseworker::name).orElse(null));
    }

    /** Filters 100,000 rows in a few milliseconds: fast enough to run on every key typed. */
    private void applyFilter() {
        String query = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.ROOT);
        StatusFilter statuses = status.get() == null ? StatusFilter.ALL : status.get();
        UUID mine = onlyMine.get() ? me.getValue() : null;
        Predicate<Entry> accepts = entry -> statuses.accepts(entry.summary().status())
                && (!onlyMine.get() || mine != null && mine.equals(entry.summary().caseworkerId()))
                && (query.isEmpty() || entry.searchText().contains(query));
        shown.setAll(all.stream().filter(accepts).toList());
    }

    /** Whether {@code caseId} is among the shown rows. */
    public boolean shows(UUID caseId) {
        return shown.stream().anyMatch(entry -> entry.summary().id().equals(caseId));
    }

    /** Shows every case again: no text, every status, everyone's. */
    public void showEverything() {
        filter.set("");
        status.set(StatusFilter.ALL);
        onlyMine.set(false);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** The rows to show, newest case first until a column is sorted. */
    public ObservableList<Entry> shown() {
        return shown;
    }

    /** Number or name, any case. */
    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<StatusFilter> statusProperty() {
        return status;
    }

    /** Only the chosen caseworker's cases (none when nobody is chosen). */
    public BooleanProperty onlyMineProperty() {
        return onlyMine;
    }

    /** The chosen caseworker's name; null when nobody is chosen. */
    public ReadOnlyStringProperty myNameProperty() {
        return myName.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }
}
