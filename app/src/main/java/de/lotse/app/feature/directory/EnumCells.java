package de.lotse.app.feature.directory;

import de.lotse.app.ui.I18n;
import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;

/** Combo boxes that show values by their label in the current language, and anew when it changes. */
final class EnumCells {

    private EnumCells() {
    }

    /** {@code key} gives a value's message key; {@code noneKey} names the null value (may be null). */
    static <T> void install(ComboBox<T> box, I18n i18n, Function<T, String> key, String noneKey) {
        box.setCellFactory(list -> cell(i18n, key, noneKey));
        box.setButtonCell(cell(i18n, key, noneKey));
        // cells render their text once: make them anew when the language changes
        i18n.messagesProperty().addListener((obs, old, now) -> {
            box.setCellFactory(list -> cell(i18n, key, noneKey));
            box.setButtonCell(cell(i18n, key, noneKey));
        });
    }

    private static <T> ListCell<T> cell(I18n i18n, Function<T, String> key, String noneKey) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                if (item == null) {
                    // a null value (shown by the button also when "empty") is the named none
                    setText(noneKey == null ? null : i18n.current().get(noneKey));
                } else {
                    setText(i18n.current().get(key.apply(item)));
                }
            }
        };
    }
}
