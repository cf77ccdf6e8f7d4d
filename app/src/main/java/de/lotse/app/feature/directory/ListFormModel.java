package de.lotse.app.feature.directory;

import de.lotse.app.ui.form.FormModel;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The view model of a form beside a list of {@code T}: which record it shows, whether it holds
 * unsaved changes (through its {@link #form()}), saving and dropping them.
 */
public interface ListFormModel<T> extends FormModel<T> {

    /** Shows a record of the list in the form. */
    void edit(T record);

    /**
     * Saves when every field is good: the stored record shows in the form, and {@code onSaved}
     * gets its id once the list is read anew. Otherwise shows the problems and runs {@code onInvalid}.
     */
    void save(Consumer<UUID> onSaved, Runnable onInvalid);

    /** Saves (Ctrl+S) when every field is good; {@code onSaved} is told the id. */
    default void save(Consumer<UUID> onSaved) {
        save(onSaved, () -> { });
    }
}
