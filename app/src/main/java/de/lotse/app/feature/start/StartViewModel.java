package de.lotse.app.feature.start;

import de.lotse.app.ui.TaskRunner;
import de.lotse.core.overview.OfficeFigures;
import de.lotse.core.overview.OverviewQueries;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** The Start view's figures, read in the background. */
public final class StartViewModel {

    /** How many nationalities the breakdown lists. */
    public static final int TOP_NATIONALITIES = 6;

    private final OverviewQueries queries;
    private final TaskRunner tasks;
    private final Supplier<LocalDate> today;
    private final Consumer<Throwable> onFailure;
    private final ReadOnlyObjectWrapper<OfficeFigures> figures = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LocalDate> asOf = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);

    public StartViewModel(OverviewQueries queries, TaskRunner tasks, Supplier<LocalDate> today,
            Consumer<Throwable> onFailure) {
        this.queries = queries;
        this.tasks = tasks;
        this.today = today;
        this.onFailure = onFailure;
    }

    /** Reads the figures anew; {@link #figuresProperty()} changes when they arrive. */
    public void refresh() {
        loading.set(true);
        LocalDate day = today.get();
        tasks.run(() -> queries.figures(day, TOP_NATIONALITIES), result -> {
            figures.set(result);
            asOf.set(day);
            loading.set(false);
        }, failure -> {
            loading.set(false);
            onFailure.accept(failure);
        });
    }

    /** Shows figures read elsewhere (at start-up, while the window was being built). */
    public void show(OfficeFigures read) {
        figures.set(read);
        asOf.set(today.get());
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
