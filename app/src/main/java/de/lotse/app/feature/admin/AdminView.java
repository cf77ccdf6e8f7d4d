package de.lotse.app.feature.admin;

import atlantafx.base.theme.Styles;
import de.lotse.app.i18n.Messages;
import de.lotse.app.settings.Settings;
import de.lotse.app.ui.I18n;
import de.lotse.app.ui.Widgets;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Callback;

/** Administration: language, theme, this device and the database. */
public final class AdminView {

    private final AdminViewModel model;
    private final I18n i18n;
    private static final int IDLE_MIN = 1;
    private static final int IDLE_MAX = 240;

    private final ScrollPane root;
    private final GridPane counts = grid();

    public AdminView(AdminViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;

        Label title = Widgets.label(i18n, "admin.title", Styles.TITLE_1);

        ComboBox<Locale> language = new ComboBox<>();
        language.setId("admin-language");
        language.getItems().setAll(Settings.LANGUAGES);
        language.valueProperty().bindBidirectional(model.languageProperty());
        cells(language, locale -> i18n.current().get("language." + locale.getLanguage()));
        ComboBox<Settings.Theme> theme = new ComboBox<>();
        theme.setId("admin-theme");
        theme.getItems().setAll(Settings.Theme.values());
        theme.valueProperty().bindBidirectional(model.themeProperty());
        cells(theme, value -> i18n.current().get("admin.theme." + value.name()));
        // cells render their text once: make them anew when the language changes
        i18n.messagesProperty().addListener((obs, old, now) -> {
            cells(language, locale -> now.get("language." + locale.getLanguage()));
            cells(theme, value -> now.get("admin.theme." + value.name()));
        });

        Spinner<Integer> idle = new Spinner<>(IDLE_MIN, IDLE_MAX, 5);
        idle.setId("admin-idle-minutes");
        idle.setEditable(true);
        idle.setPrefWidth(110);
        idle.setDisable(!model.mayChangeIdleMinutes());
        model.idleMinutesProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(idle.getValue())) {
                idle.getValueFactory().setValue(now);
            }
        });
        idle.valueProperty().addListener((obs, old, now) -> model.idleMinutesProperty().set(now));

        GridPane settings = grid();
        settings.addRow(0, label("admin.language"), language);
        settings.addRow(1, label("admin.theme"), theme);
        HBox idleRow = new HBox(8, idle, label("admin.idleMinutes.unit"));
        idleRow.setAlignment(Pos.CENTER_LEFT);
        settings.addRow(2, label("admin.idleMinutes"), idleRow);

        GridPane device = grid();
        device.addRow(0, label("admin.deviceCode"), value(model.deviceCode(), "admin-device-code"));
        device.addRow(1, label("admin.deviceId"), value(model.deviceId(), "admin-device-id"));

        GridPane database = grid();
        database.addRow(0, label("admin.dataDir"), value(model.dataDir(), "admin-data-dir"));
        database.addRow(1, label("admin.schemaVersion"), value(model.schemaVersion(), "admin-schema"));

        VBox page = new VBox(20, title,
                Widgets.card(i18n, "admin.settings", settings),
                Widgets.card(i18n, "admin.device", device),
                Widgets.card(i18n, "admin.database", database),
                Widgets.card(i18n, "admin.records", counts));
        page.setPadding(new Insets(28));
        page.setMaxWidth(820);
        root = new ScrollPane(page);
        root.setFitToWidth(true);
        root.setId("admin-settings");

        model.tableCountsProperty().addListener((obs, old, now) -> fillCounts());
        i18n.messagesProperty().addListener((obs, old, now) -> fillCounts());
    }

    public Parent root() {
        return root;
    }

    private void fillCounts() {
        Messages m = i18n.current();
        counts.getChildren().clear();
        Label table = new Label(m.get("admin.table"));
        table.getStyleClass().add(Styles.TEXT_BOLD);
        Label rows = new Label(m.get("admin.rows"));
        rows.getStyleClass().add(Styles.TEXT_BOLD);
        counts.addRow(0, table, rows);
        int row = 1;
        for (Map.Entry<String, Long> entry : model.tableCountsProperty().get().entrySet()) {
            counts.addRow(row++, new Label(entry.getKey()), new Label(m.number(entry.getValue())));
        }
    }

    private Label label(String key) {
        return Widgets.label(i18n, key, Styles.TEXT_MUTED);
    }

    private static Label value(String text, String id) {
        Label value = new Label(text);
        value.setId(id);
        value.setWrapText(true);
        return value;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(10);
        grid.getColumnConstraints().addAll(new ColumnConstraints(170), new ColumnConstraints());
        return grid;
    }

    private static <T> void cells(ComboBox<T> box, java.util.function.Function<T, String> text) {
        Callback<javafx.scene.control.ListView<T>, ListCell<T>> factory = list -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
        box.setCellFactory(factory);
        box.setButtonCell(factory.call(null));
    }
}
