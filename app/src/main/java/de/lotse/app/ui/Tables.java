package de.lotse.app.ui;

import java.util.UUID;
import java.util.function.Function;
import javafx.scene.control.TableView;

/** What list views do with their tables alike. */
public final class Tables {

    private Tables() {
    }

    /**
     * Selects the row of {@code id} and scrolls to it; a null id clears the selection. Whether
     * the row was there: a row missing (filtered out, or not loaded yet) leaves the selection alone.
     */
    public static <T> boolean select(TableView<T> table, UUID id, Function<T, UUID> idOf) {
        if (id == null) {
            table.getSelectionModel().clearSelection();
            return false;
        }
        for (T row : table.getItems()) {
            if (id.equals(idOf.apply(row))) {
                table.getSelectionModel().select(row);
                table.scrollTo(row);
                return true;
            }
        }
        return false;
    }
}
