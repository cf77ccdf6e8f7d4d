package de.lotse.app.ui;

import de.lotse.app.i18n.Messages;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Asks before unsaved changes would be left behind: save, discard, or go back to them. */
public final class UnsavedChanges {

    /** What the person chose. */
    public enum Choice { SAVE, DISCARD, STAY }

    private UnsavedChanges() {
    }

    public static Choice ask(Window owner, Messages messages) {
        return ask(owner, messages, messages.get("editor.unsaved.text"));
    }

    /** As {@link #ask(Window, Messages)}, saying in {@code text} which changes these are. */
    public static Choice ask(Window owner, Messages messages, String text) {
        ButtonType save = new ButtonType(messages.get("editor.unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(messages.get("editor.unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType stay = new ButtonType(messages.get("editor.unsaved.stay"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, save, discard, stay);
        alert.setTitle(messages.get("editor.unsaved.title"));
        alert.setHeaderText(null);
        if (owner != null) {
            alert.initOwner(owner);
        }
        ButtonType chosen = alert.showAndWait().orElse(stay);
        return chosen == save ? Choice.SAVE : chosen == discard ? Choice.DISCARD : Choice.STAY;
    }
}
