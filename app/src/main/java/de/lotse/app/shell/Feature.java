package de.lotse.app.shell;

import java.util.Map;
import javafx.scene.Node;
import javafx.scene.input.KeyCombination;

/**
 * The contract every area of the main window answers, and every page of an area shown as tabs
 * ({@link Tabs}). Each feature package offers one factory that builds its features, with their
 * view models and views, from the services, the task runner, the navigator and i18n
 * ({@link FeatureContext}). The window is a loop over a list of them ({@link Area}).
 */
public interface Feature {

    /** A short name for node ids: {@code nav-<id>} and {@code <id>-view} for an area, a tab's id for a page. */
    String id();

    /** The key of its name in the navigation or on its tab. */
    String titleKey();

    /** Its view, made at the first call: a start does not pay for areas nobody opened. */
    Node root();

    /** Called each time it comes to the front: reads what it needs (or reads again what goes stale). */
    void shown();

    /** What it does with {@code command}: every feature says, also when it does nothing. */
    Answer answer(Command command);

    /** Whether a form of it holds changes that are not saved. */
    boolean hasUnsavedChanges();

    /**
     * Runs {@code proceed} when it holds no unsaved changes, or when the person chose to save or
     * discard them; {@code stay} when the person went back to them.
     */
    void whenLeaving(Runnable proceed, Runnable stay);

    /** Keys only this feature knows, active while it is in front (the agenda's week keys). */
    default Map<KeyCombination, Runnable> keys() {
        return Map.of();
    }
}
