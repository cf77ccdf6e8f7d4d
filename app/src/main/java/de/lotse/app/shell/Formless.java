package de.lotse.app.shell;

/** A feature without forms: nothing it holds is ever unsaved, so it may always be left. */
public interface Formless extends Feature {

    @Override
    default boolean hasUnsavedChanges() {
        return false;
    }

    @Override
    default void whenLeaving(Runnable proceed, Runnable stay) {
        proceed.run();
    }
}
