package de.lotse.app.feature.directory;

import java.util.UUID;
import java.util.function.Consumer;

/** The view model of a form beside a list: whether it holds unsaved changes, saving and dropping them. */
public interface FormModel {

    boolean isDirty();

    /** Drops the changes: back to what was loaded, or an empty form. */
    void cancel();

    /** Saves when every field is good ({@code onSaved} gets the id); otherwise shows the problems and runs {@code onInvalid}. */
    void save(Consumer<UUID> onSaved, Runnable onInvalid);
}
