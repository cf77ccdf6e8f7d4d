package de.lotse.app.feature.directory;

import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;

/**
 * The view model of a form beside a list of {@code T}: which record it shows, whether it holds
 * unsaved changes, saving and dropping them.
 */
public interface FormModel<T> {

    /** Shows a record of the list in the form. */
    void edit(T record);

    /** The id of the record in the form; {@code null} for a new one or an empty form. */
    ReadOnlyObjectProperty<UUID> editingProperty();

    boolean isDirty();

    /** Drops the changes: back to what was loaded, or an empty form. */
    void cancel();

    /** Saves when every field is good ({@code onSaved} gets the id); otherwise shows the problems and runs {@code onInvalid}. */
    void save(Consumer<UUID> onSaved, Runnable onInvalid);

    /** Saves (Ctrl+S) when every field is good; {@code onSaved} is told the id. */
    default void save(Consumer<UUID> onSaved) {
        save(onSaved, () -> { });
    }
}
