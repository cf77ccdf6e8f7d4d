package de.lotse.app.shell;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.input.KeyCombination;

/**
 * The contract every area of the main window answers, and every page of an area shown as tabs
 * ({@link Tabs}). Each feature package offers one factory that builds its features, with their
 * view models and views, from the services, the task runner, the navigator and i18n
 * ({@link FeatureContext}). The window is a loop over a list of them ({@link Area}).
 */
public interface Feature {

    /**
     * A short name for node ids: {@code nav-<id>} is an area's button in the navigation and
     * {@code <id>-view} the id of its view; a page of {@link Tabs} names its tab.
     */
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

    /**
     * Leaves {@code features} one after another: each with unsaved changes is first brought to the
     * front by {@code reveal}, then asked; {@code proceed} runs once every one may be left,
     * {@code stay} when the person went back to one.
     */
    static void whenLeavingAll(List<? extends Feature> features, Consumer<Feature> reveal, Runnable proceed,
            Runnable stay) {
        if (features.isEmpty()) {
            proceed.run();
            return;
        }
        Feature first = features.getFirst();
        if (first.hasUnsavedChanges()) {
            reveal.accept(first);
        }
        first.whenLeaving(() -> whenLeavingAll(features.subList(1, features.size()), reveal, proceed, stay), stay);
    }

    /** Keys only this feature knows, active while it is in front (the agenda's week keys). */
    default Map<KeyCombination, Runnable> keys() {
        return Map.of();
    }
}
