package de.lotse.app.feature.start;

import de.lotse.app.ui.TaskRunner;
import de.lotse.core.directory.Caseworker;
import de.lotse.core.overview.Attention;
import de.lotse.core.overview.AttentionQueries;
import de.lotse.core.overview.OfficeFigures;
import de.lotse.core.overview.OverviewQueries;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The Start view's figures, read in the background. */
public final class StartViewModel {

    /** How many nationalities the breakdown lists. */
    public static final int TOP_NATIONALITIES = 6;

    /** How many lines each attention list shows; the rest is counted. */
    public static final int ATTENTION_LINES = 8;

    private final OverviewQueries queries;
    private final AttentionQueries attentionQueries;
    private final boolean attentionAllowed;
    private final Supplier<List<Caseworker>> caseworkerList;
    private final ObjectProperty<UUID> caseworker;
    private final ReadOnlyObjectWrapper<Attention> attention = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Caseworker> caseworkers = FXCollections.observableArrayList();
    private final ObservableList<Caseworker> caseworkersView = FXCollections.unmodifiableObservableList(caseworkers);
    private final TaskRunner tasks;
    private final Supplier<LocalDate> today;
    private final Consumer<Throwable> onFailure;
    private final ReadOnlyObjectWrapper<OfficeFigures> figures = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LocalDate> asOf = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);

    /**
     * {@code caseworker} is the session's chosen caseworker (null: the whole office); the
     * attention lists follow it.
     */
    public StartViewModel(OverviewQueries queries, AttentionQueries attentionQueries,
            Supplier<List<Caseworker>> caseworkerList, ObjectProperty<UUID> caseworker, TaskRunner tasks,
            Supplier<LocalDate> today, Consumer<Throwable> onFailure) {
        this(queries, attentionQueries, true, caseworkerList, caseworker, tasks, today, onFailure);
    }

    /**
     * As above; without {@code attentionAllowed} (a role that reads no cases) the attention lists,
     * which name persons, are never read and stay empty.
     */
    public StartViewModel(OverviewQueries queries, AttentionQueries attentionQueries, boolean attentionAllowed,
            Supplier<List<Caseworker>> caseworkerList, ObjectProperty<UUID> caseworker, TaskRunner tasks,
            Supplier<LocalDate> today, Consumer<Throwable> onFailure) {
        this.attentionAllowed = attentionAllowed;
        this.queries = queries;
        this.attentionQueries = attentionQueries;
        this.caseworkerList = caseworkerList;
        this.caseworker = caseworker;
        caseworker.addListener((obs, old, chosen) -> refreshAttention());
        this.tasks = tasks;
        this.today = today;
        this.onFailure = onFailure;
    }

    /** Reads the figures and the attention lists anew; the properties change when they arrive. */
    public void refresh() {
        LocalDate day = today.get();
        read(() -> queries.figures(day, TOP_NATIONALITIES), day, () -> { });
        refreshAttention();
    }

    /**
     * Shows the figures {@code reading} waits for (read at start-up while the window was being
     * built), then reads the lists, so that nothing else queries the database before the figures show.
     */
    public void show(Supplier<OfficeFigures> reading) {
        read(reading, today.get(), this::refreshAttention);
    }

    private void read(Supplier<OfficeFigures> reading, LocalDate day, Runnable then) {
        loading.set(true);
        tasks.run(reading::get, result -> {
            figures.set(result);
            asOf.set(day);
            loading.set(false);
            then.run();
        }, failure -> {
            loading.set(false);
            onFailure.accept(failure);
        });
    }

    private record Lists(List<Caseworker> caseworkers, Attention attention) { }

    /** Reads what needs the chosen caseworker's attention, and the office's caseworkers to choose from. */
    public void refreshAttention() {
        LocalDate day = today.get();
        UUID chosen = caseworker.get();
        tasks.run(() -> new Lists(caseworkerList.get(), attentionAllowed
                        ? attentionQueries.attention(chosen, day, ATTENTION_LINES) : null),
                lists -> {
                    caseworkers.setAll(lists.caseworkers());
                    if (java.util.Objects.equals(chosen, caseworker.get())) {
                        attention.set(lists.attention());
                    }
                }, onFailure);
    }

    /** {@code null} until the first lists arrived. */
    public ReadOnlyObjectProperty<Attention> attentionProperty() {
        return attention.getReadOnlyProperty();
    }

    /** The office's caseworkers, by name. */
    public ObservableList<Caseworker> caseworkers() {
        return caseworkersView;
    }

    /** The chosen caseworker; null for the whole office. */
    public ObjectProperty<UUID> caseworkerProperty() {
        return caseworker;
    }

    /** {@code null} until the first figures arrived. */
    public ReadOnlyObjectProperty<OfficeFigures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LocalDate> asOfProperty() {
        return asOf.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
