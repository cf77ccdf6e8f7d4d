package de.lotse.app.shell;

import atlantafx.base.theme.Styles;
import de.lotse.app.ui.I18n;
import de.lotse.app.ui.Widgets;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The main window: navigation on the left, the chosen area in the middle, a status bar below. */
public final class MainView {

    private final MainViewModel model;
    private final I18n i18n;
    private final Map<Area, ToggleButton> buttons = new HashMap<>();
    private final StackPane content = new StackPane();
    private final BorderPane root = new BorderPane();
    private HBox statusBar;

    /** An area's view is made the first time it is shown. */
    public MainView(MainViewModel model, I18n i18n, ObservableBooleanValue busy) {
        this.model = model;
        this.i18n = i18n;
        root.setLeft(navigation());
        root.setCenter(content);
        root.setBottom(statusBar(busy));
        model.areaProperty().addListener((obs, old, area) -> showArea(area));
        showArea(model.areaProperty().get());
    }

    public Parent root() {
        return root;
    }

    /** Ctrl+1 … Ctrl+n switch areas. */
    public void installShortcuts(Scene scene) {
        for (Area area : model.areas()) {
            scene.getAccelerators().put(area.shortcut(), () -> model.show(area));
        }
    }

    private Node navigation() {
        Label brand = Widgets.label(i18n, "app.name", Widgets.BRAND, Styles.TITLE_2);
        Label tagline = Widgets.label(i18n, "app.tagline", Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        tagline.setWrapText(true);

        VBox nav = new VBox(4, brand, tagline, spacer(12));
        nav.getStyleClass().add(Widgets.NAV);
        ToggleGroup group = new ToggleGroup();
        for (Area area : model.areas()) {
            ToggleButton button = new ToggleButton();
            button.textProperty().bind(i18n.text(area.titleKey()));
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.getStyleClass().addAll(Widgets.NAV_BUTTON, Styles.FLAT);
            button.setId("nav-" + area.feature().id());
            Tooltip tooltip = new Tooltip();
            tooltip.textProperty().bind(i18n.text(m -> m.get(area.titleKey()) + " ("
                    + area.shortcut().getDisplayText() + ")"));
            button.setTooltip(tooltip);
            button.setOnAction(event -> {
                model.show(area);
                button.setSelected(true);
            });
            buttons.put(area, button);
            nav.getChildren().add(button);
        }
        return nav;
    }

    private Node statusBar(ObservableBooleanValue busy) {
        Label dataDir = new Label();
        dataDir.textProperty().bind(i18n.text("status.dataDir", model.dataDir()));
        dataDir.setId("status-data-dir");
        Label device = new Label();
        device.textProperty().bind(i18n.text("status.device", model.deviceCode()));
        device.setId("status-device");
        Label schema = new Label();
        schema.textProperty().bind(i18n.text("status.schema", model.schemaVersion()));
        schema.setId("status-schema");
        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(14, 14);
        working.visibleProperty().bind(busy);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(18, dataDir, grow, working, device, schema);
        bar.getStyleClass().addAll(Widgets.STATUS_BAR, Styles.TEXT_SMALL);
        statusBar = bar;
        return bar;
    }

    /** Puts {@code indicator} into the status bar, right of the flexible space (e.g. the state of sync). */
    public void addToStatusBar(Node indicator) {
        statusBar.getChildren().add(2, indicator);
    }

    private void showArea(Area area) {
        content.getChildren().setAll(area.feature().root());
        buttons.get(area).setSelected(true);
    }

    private static Region spacer(double height) {
        Region spacer = new Region();
        spacer.setMinHeight(height);
        return spacer;
    }
}
