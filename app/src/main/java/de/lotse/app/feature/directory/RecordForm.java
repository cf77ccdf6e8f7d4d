package de.lotse.app.feature.directory;

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
}
