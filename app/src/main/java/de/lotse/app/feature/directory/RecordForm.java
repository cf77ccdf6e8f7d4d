package de.lotse.app.feature.directory;

import de.lotse.app.i18n.Messages;
import de.lotse.app.ui.I18n;
import de.lotse.app.ui.UnsavedChanges;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.scene.Node;

/**
 * A list with a form beside it, as the keyboard drives it: Ctrl+N a new record, Ctrl+S saves,
 * Esc drops the changes; before the form is left, unsaved changes are asked about.
 */
public interface RecordForm {

    /** An empty form for a new record, after asking about unsaved changes. */
    void newRecord();

    /** Saves the form. */
    void save();

    /** Drops the form's changes. */
    void cancel();

    /** Whether the form holds changes that are not saved. */
    boolean isDirty();

    /**
     * Runs {@code proceed} when the form holds no unsaved changes, or when the person chose to
     * save or discard them; {@code stay} when the person went back to them.
     */
    void whenLeaving(Runnable proceed, Runnable stay);

    /** Puts the cursor into the list's filter or the list itself. */
    void focusList();

    /**
     * What {@link #whenLeaving} does for every form: nothing to ask when nothing changed;
     * otherwise save (then {@code select} the saved record), discard, or stay, as the person
     * chooses in a dialog saying {@code unsavedKey}.
     */
    static void whenLeaving(FormModel model, Node root, I18n i18n, String unsavedKey, Consumer<UUID> select,
            Runnable proceed, Runnable stay) {
        if (!model.isDirty()) {
            proceed.run();
            return;
        }
        Messages m = i18n.current();
        switch (UnsavedChanges.ask(root.getScene() == null ? null : root.getScene().getWindow(), m,
                m.get(unsavedKey))) {
            case SAVE -> model.save(id -> {
                select.accept(id);
                proceed.run();
            }, stay);
            case DISCARD -> {
                model.cancel();
                proceed.run();
            }
            case STAY -> stay.run();
        }
    }
}
