package de.lotse.app.shell;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The areas of the main window that have content, in the order of the navigation. */
public enum Area {
    START("nav.start", KeyCode.DIGIT1),
    PERSONS("nav.persons", KeyCode.DIGIT2),
    AGENDA("nav.agenda", KeyCode.DIGIT3),
    ADMIN("nav.admin", KeyCode.DIGIT4);

    private final String titleKey;
    private final KeyCombination shortcut;

    Area(String titleKey, KeyCode key) {
        this.titleKey = titleKey;
        this.shortcut = new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
    }

    public String titleKey() {
        return titleKey;
    }

    /** Ctrl+1, Ctrl+2, … (Cmd on a Mac). */
    public KeyCombination shortcut() {
        return shortcut;
    }
}
