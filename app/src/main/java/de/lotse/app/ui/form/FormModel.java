package de.lotse.app.ui.form;

import de.lotse.core.validation.FieldProblem;
import java.util.UUID;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.ObservableMap;

/**
 * A view model that edits a record in a {@link Form}: the form's state as views and the keyboard
 * read it. Giving the {@link #form()} is enough.
 */
public interface FormModel<T> {

    Form<T> form();

    default ReadOnlyObjectProperty<FormMode> modeProperty() {
        return form().modeProperty();
    }

    /** The id of the stored record in the form; null for a new one or an empty form. */
    default ReadOnlyObjectProperty<UUID> editingProperty() {
        return form().editingProperty();
    }

    /** Field name to its problem; read-only, for views. */
    default ObservableMap<String, FieldProblem> problems() {
        return form().problems();
    }

    /** True while the form holds changes that are not saved. */
    default BooleanBinding dirtyBinding() {
        return form().dirtyBinding();
    }

    default boolean isDirty() {
        return form().isDirty();
    }

    /** Drops the changes (Esc): back to what was opened, or an empty form. */
    default void cancel() {
        form().cancel();
    }
}
