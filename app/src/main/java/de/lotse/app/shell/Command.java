package de.lotse.app.shell;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The keys every area answers, each with a meaning of its own: the area in front says what it
 * does with each ({@link Feature#answer}), or that it does nothing and why.
 */
public enum Command {
    /** Ctrl+N: a new record of the area (where it has none: a new person). */
    NEW_RECORD(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN)),
    /** Ctrl+S: saves the form in front. */
    SAVE(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN)),
    /** Esc: drops the changes of the form in front. */
    DISCARD(new KeyCodeCombination(KeyCode.ESCAPE)),
    /** Ctrl+F: the cursor into the area's search (where it has none: the register's). */
    FOCUS_SEARCH(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN)),
    /** F5: reads the area's data anew; forms keep what they hold. */
    RELOAD(new KeyCodeCombination(KeyCode.F5)),
    /** Ctrl+Shift+N: plans an appointment, with the person (and case) in front when there is one. */
    NEW_APPOINTMENT(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));

    private final KeyCombination key;

    Command(KeyCombination key) {
        this.key = key;
    }

    public KeyCombination key() {
        return key;
    }
}
