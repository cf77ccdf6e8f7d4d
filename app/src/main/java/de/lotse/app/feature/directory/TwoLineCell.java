package de.lotse.app.feature.directory;

import java.util.function.Function;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

/**
 * A table cell of a main text that wraps instead of being cut off, and an optional muted second
 * line beneath it: long German names stay readable in a narrow list.
 */
final class TwoLineCell<S, T> extends TableCell<S, T> {

    private static final double PADDING = 18;

    private final Text main = new Text();
    private final Text detail = new Text();
    private final VBox box = new VBox(2, main, detail);
    private final Function<T, String> mainText;
    private final Function<T, String> detailText;

    /** {@code detailText} may be null, or give null or empty text, for no second line. */
    TwoLineCell(Function<T, String> mainText, Function<T, String> detailText) {
        this.mainText = mainText;
        this.detailText = detailText;
        main.getStyleClass().add("lotse-cell-main");
        detail.getStyleClass().add("lotse-cell-detail");
        main.wrappingWidthProperty().bind(widthProperty().subtract(PADDING));
        detail.wrappingWidthProperty().bind(widthProperty().subtract(PADDING));
        box.setPadding(new javafx.geometry.Insets(3, 0, 3, 0));
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        main.setText(mainText.apply(item));
        String second = detailText == null ? null : detailText.apply(item);
        boolean hasDetail = second != null && !second.isBlank();
        detail.setText(hasDetail ? second : "");
        detail.setVisible(hasDetail);
        detail.setManaged(hasDetail);
        setGraphic(box);
    }
}
