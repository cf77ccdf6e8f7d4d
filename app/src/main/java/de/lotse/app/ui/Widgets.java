package de.lotse.app.ui;

import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Small building blocks the views share, and the style classes of Lotse's stylesheet. */
public final class Widgets {

    /** Style classes defined in {@code lotse.css}. */
    public static final String CARD = "lotse-card";
    public static final String TILE = "lotse-tile";
    public static final String TILE_VALUE = "lotse-tile-value";
    public static final String NAV = "lotse-nav";
    public static final String NAV_BUTTON = "lotse-nav-button";
    public static final String BRAND = "lotse-brand";
    public static final String STATUS_BAR = "lotse-status-bar";

    private Widgets() {
    }

    /** A label showing the text of {@code key} in the current language. */
    public static Label label(I18n i18n, String key, String... styleClasses) {
        Label label = new Label();
        label.textProperty().bind(i18n.text(key));
        label.getStyleClass().addAll(styleClasses);
        return label;
    }

    /** A bordered card with a title above its content. */
    public static VBox card(I18n i18n, String titleKey, Node content) {
        VBox card = new VBox(12, label(i18n, titleKey, Styles.TITLE_4), content);
        card.getStyleClass().add(CARD);
        return card;
    }
}
