package de.lotse.app.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** An entry of the navigation: a feature (or several as {@link Tabs}) and the shortcut that shows it. */
public record Area(Feature feature, KeyCombination shortcut) {

    private static final KeyCode[] DIGITS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
        KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};

    /** The areas in the order of the navigation, reached by Ctrl+1 … Ctrl+9 (Cmd on a Mac). */
    public static List<Area> inOrder(Feature... features) {
        if (features.length > DIGITS.length) {
            throw new IllegalArgumentException("at most " + DIGITS.length + " areas have a shortcut");
        }
        List<Area> areas = new ArrayList<>();
        for (int i = 0; i < features.length; i++) {
            areas.add(new Area(features[i], new KeyCodeCombination(DIGITS[i], KeyCombination.SHORTCUT_DOWN)));
        }
        return List.copyOf(areas);
    }

    public String titleKey() {
        return feature.titleKey();
    }
}
