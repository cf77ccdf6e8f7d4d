package de.lotse.app.feature.directory;

import de.lotse.app.i18n.Messages;
import de.lotse.app.ui.I18n;
import de.lotse.app.ui.Tables;
import de.lotse.app.ui.UnsavedChanges;
import java.util.UUID;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Parent;
import javafx.scene.control.TableView;

/**
 * The shared half of the administration's list-and-form views: picking a row opens its record
 * after asking about unsaved changes, the list keeps the form's record selected, and Ctrl+S, Esc
 * and leaving the form behave alike.
 */
abstract class ListFormView<T> {

    protected final TableView<T> table = new TableView<>();
    protected final I18n i18n;
    private final ListFormModel<T> form;
    private final Function<T, UUID> idOf;
    private final String unsavedKey;
    /** Set while the list's selection follows the form, so that it opens nothing. */
    private boolean selecting;

    ListFormView(ListFormModel<T> form, I18n i18n, Function<T, UUID> idOf, String unsavedKey) {
        this.form = form;
        this.i18n = i18n;
        this.idOf = idOf;
        this.unsavedKey = unsavedKey;
    }

    /** The view's root; the question about unsaved changes opens over its window. */
    public abstract Parent root();

    /** An empty form for a new record (Ctrl+N), after asking about unsaved changes. */
    public abstract void newRecord();

    /** Puts the cursor into the list's filter or the list itself (Ctrl+F). */
    public abstract void focusList();

    /** A picked row opens its record; when {@code items} are read anew, the form's record stays selected. */
    protected void followSelection(ObservableList<T> items) {
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!selecting && now != null && !idOf.apply(now).equals(form.editingProperty().get())) {
                whenLeaving(() -> form.edit(now), () -> select(old == null ? null : idOf.apply(old)));
            }
        });
        items.addListener((ListChangeListener<T>) change -> select(form.editingProperty().get()));
    }

    /** Saves the form (Ctrl+S); the saved record stays selected. */
    public void save() {
        form.save(this::select);
    }

    /** Drops the form's changes (Esc). */
    public void cancel() {
        if (form.isDirty()) {
            form.cancel();
        }
    }

    /**
     * Nothing to ask when nothing changed; otherwise save (then select the saved record), discard,
     * or stay, as the person chooses.
     */
    public void whenLeaving(Runnable proceed, Runnable stay) {
        if (!form.isDirty()) {
            proceed.run();
            return;
        }
        Messages m = i18n.current();
        switch (UnsavedChanges.ask(root().getScene() == null ? null : root().getScene().getWindow(), m,
                m.get(unsavedKey))) {
            case SAVE -> form.save(id -> {
                select(id);
                proceed.run();
            }, stay);
            case DISCARD -> {
                form.cancel();
                proceed.run();
            }
            case STAY -> stay.run();
        }
    }

    /** Selects the row of {@code id} (none for {@code null}) without opening it again. */
    protected void select(UUID id) {
        selecting = true;
        try {
            if (!Tables.select(table, id, idOf)) {
                table.getSelectionModel().clearSelection();
            }
        } finally {
            selecting = false;
        }
    }
}
