package de.lotse.app.feature.sync;

import atlantafx.base.theme.Styles;
import de.lotse.app.i18n.Messages;
import de.lotse.app.ui.I18n;
import de.lotse.app.ui.Widgets;
import de.lotse.core.sync.SyncReport;
import de.lotse.core.sync.SyncStatus;
import java.io.File;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;

/**
 * Verwaltung → Abgleich: the set-up form while this device has joined no realm; afterwards the
 * state of sync, "Jetzt abgleichen" with its progress, and the report of the last sync.
 */
public final class SyncView {

    private final SyncViewModel model;
    private final I18n i18n;
    private final ScrollPane root;

    /** {@code showConflicts} opens the conflicts inbox. */
    public SyncView(SyncViewModel model, I18n i18n, Runnable showConflicts) {
        this.model = model;
        this.i18n = i18n;
        Label title = Widgets.label(i18n, "sync.title", Styles.TITLE_1);
        Node setUp = Widgets.card(i18n, "sync.setup.title", setUpForm());
        setUp.setId("sync-setup");
        Node state = Widgets.card(i18n, "sync.state.title", state(showConflicts));
        state.setId("sync-state");
        Node report = Widgets.card(i18n, "sync.report.title", report());
        report.setId("sync-report");
        showWhen(setUp, model.joinedProperty().not());
        showWhen(state, model.joinedProperty());
        showWhen(report, model.joinedProperty());
        VBox page = new VBox(20, title, setUp, state, report);
        page.setPadding(new Insets(28));
        page.setMaxWidth(1040);
        root = new ScrollPane(page);
        root.setFitToWidth(true);
        root.setId("sync-view");
    }

    public Parent root() {
        return root;
    }

    private Node setUpForm() {
        Label intro = wrapped(i18n.text("sync.setup.intro"), Styles.TEXT_MUTED);
        GridPane grid = grid();
        TextField share = new TextField();
        share.setId("sync-share");
        share.textProperty().bindBidirectional(model.shareProperty());
        share.promptTextProperty().bind(i18n.text("sync.setup.sharePrompt"));
        Button browse = new Button();
        browse.textProperty().bind(i18n.text("sync.setup.browse"));
        browse.setId("sync-browse");
        browse.setMinWidth(Region.USE_PREF_SIZE);
        browse.setOnAction(event -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(i18n.current().get("sync.setup.chooseShare"));
            File chosen = chooser.showDialog(root.getScene() == null ? null : root.getScene().getWindow());
            if (chosen != null) {
                model.shareProperty().set(chosen.getAbsolutePath());
            }
        });
        HBox shareRow = new HBox(8, share, browse);
        HBox.setHgrow(share, Priority.ALWAYS);
        TextField deviceName = new TextField();
        deviceName.setId("sync-device-name");
        deviceName.textProperty().bindBidirectional(model.deviceNameProperty());
        PasswordField passphrase = new PasswordField();
        passphrase.setId("sync-passphrase");
        passphrase.textProperty().bindBidirectional(model.passphraseProperty());
        PasswordField repeat = new PasswordField();
        repeat.setId("sync-passphrase-repeat");
        repeat.textProperty().bindBidirectional(model.passphraseRepeatProperty());
        repeat.promptTextProperty().bind(i18n.text("sync.setup.repeatPrompt"));
        int row = 0;
        row = field(grid, row, "sync.setup.share", shareRow, share, SyncViewModel.Field.SHARE);
        row = field(grid, row, "sync.setup.deviceName", deviceName, deviceName, SyncViewModel.Field.DEVICE_NAME);
        row = field(grid, row, "sync.setup.passphrase", passphrase, passphrase, SyncViewModel.Field.PASSPHRASE);
        field(grid, row, "sync.setup.repeat", repeat, repeat, SyncViewModel.Field.REPEAT);

        Label refusal = wrapped(i18n.text(m -> model.setUpRefusalProperty().get() == null ? ""
                : m.get("sync.refused." + model.setUpRefusalProperty().get().name()), model.setUpRefusalProperty()),
                Styles.DANGER);
        refusal.setId("sync-setup-refusal");
        showWhen(refusal, model.setUpRefusalProperty().isNotNull());

        Button create = new Button();
        create.textProperty().bind(i18n.text("sync.setup.create"));
        create.setId("sync-create");
        create.getStyleClass().add(Styles.ACCENT);
        create.setDefaultButton(false);
        create.setOnAction(event -> model.createRealm());
        Button join = new Button();
        join.textProperty().bind(i18n.text("sync.setup.join"));
        join.setId("sync-join");
        join.setOnAction(event -> model.join());
        create.disableProperty().bind(model.settingUpProperty());
        join.disableProperty().bind(model.settingUpProperty());
        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(18, 18);
        working.visibleProperty().bind(model.settingUpProperty());
        Label hint = wrapped(i18n.text("sync.setup.hint"), Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        HBox buttons = new HBox(10, create, join, working);
        buttons.setAlignment(Pos.CENTER_LEFT);
        return new VBox(14, intro, grid, refusal, buttons, hint);
    }

    private int field(GridPane grid, int row, String labelKey, Node input, Control focusable,
            SyncViewModel.Field field) {
        Label label = Widgets.label(i18n, labelKey, Styles.TEXT_MUTED);
        label.setLabelFor(focusable);
        label.setMinWidth(Region.USE_PREF_SIZE);
        Label problem = new Label();
        problem.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        problem.setId("sync-problem-" + field.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        problem.textProperty().bind(i18n.text(m -> {
            String key = model.problemsProperty().get().get(field);
            return key == null ? "" : m.get(key, SyncViewModel.MIN_PASSPHRASE);
        }, model.problemsProperty()));
        showWhen(problem, problem.textProperty().isNotEmpty());
        grid.add(label, 0, row);
        grid.add(new VBox(4, input, problem), 1, row);
        GridPane.setValignment(label, javafx.geometry.VPos.TOP);
        label.setPadding(new Insets(6, 0, 0, 0));
        return row + 1;
    }

    private Node state(Runnable showConflicts) {
        GridPane grid = grid();
        var status = model.statusProperty();
        value(grid, 0, "sync.state.share", "sync-state-share", m -> s -> s.share().orElse(""));
        value(grid, 1, "sync.state.device", "sync-state-device", m -> SyncStatus::deviceName);
        value(grid, 2, "sync.state.last", "sync-state-last", m -> s -> s.lastSync()
                .map(at -> SyncTexts.ago(m, at, model.clock().instant(), model.clock().getZone()) + "  ("
                        + SyncTexts.dateTime(m, at, model.clock().getZone()) + ")")
                .orElse(m.get("sync.state.never")));
        value(grid, 3, "sync.state.waiting", "sync-state-waiting", m -> s -> m.number(s.changesWaiting()));
        Label conflicts = value(grid, 4, "sync.state.conflicts", "sync-state-conflicts",
                m -> s -> m.number(s.conflictsOpen()));
        javafx.scene.control.Hyperlink openConflicts = new javafx.scene.control.Hyperlink();
        openConflicts.textProperty().bind(i18n.text("sync.state.showConflicts"));
        openConflicts.setId("sync-show-conflicts");
        openConflicts.setOnAction(event -> showConflicts.run());
        showWhen(openConflicts, Bindings.createBooleanBinding(() -> status.get() != null
                && status.get().conflictsOpen() > 0, status));
        grid.getChildren().remove(conflicts);
        HBox conflictsRow = new HBox(12, conflicts, openConflicts);
        conflictsRow.setAlignment(Pos.CENTER_LEFT);
        grid.add(conflictsRow, 1, 4);

        Label clocks = wrapped(i18n.text(m -> status.get() == null || status.get().suspectClocks().isEmpty() ? ""
                : m.get("sync.state.clocks", String.join(", ", status.get().suspectClocks())), status), Styles.WARNING);
        clocks.setId("sync-state-clocks");
        showWhen(clocks, clocks.textProperty().isNotEmpty());

        Button syncNow = new Button();
        syncNow.textProperty().bind(i18n.text("sync.state.syncNow"));
        syncNow.setId("sync-now");
        syncNow.getStyleClass().add(Styles.ACCENT);
        syncNow.setMinWidth(Region.USE_PREF_SIZE);
        syncNow.disableProperty().bind(model.syncingProperty());
        syncNow.setOnAction(event -> model.syncNow());
        Label shortcut = wrapped(i18n.text("sync.state.shortcut"), Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        ProgressBar bar = new ProgressBar();
        bar.setId("sync-progress");
        bar.setPrefWidth(260);
        bar.progressProperty().bind(model.progressProperty());
        showWhen(bar, model.syncingProperty());
        HBox actions = new HBox(14, syncNow, bar, shortcut);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label refusal = wrapped(i18n.text(m -> model.syncRefusalProperty().get() == null ? ""
                : m.get("sync.refused." + model.syncRefusalProperty().get().name()), model.syncRefusalProperty()),
                Styles.DANGER);
        refusal.setId("sync-refusal");
        showWhen(refusal, model.syncRefusalProperty().isNotNull());
        return new VBox(14, grid, clocks, actions, refusal);
    }

    private Label value(GridPane grid, int row, String labelKey, String id,
            Function<Messages, Function<SyncStatus, String>> text) {
        Label label = Widgets.label(i18n, labelKey, Styles.TEXT_MUTED);
        label.setMinWidth(Region.USE_PREF_SIZE);
        Label value = new Label();
        value.setId(id);
        value.setWrapText(true);
        value.textProperty().bind(i18n.text(m -> model.statusProperty().get() == null ? ""
                : text.apply(m).apply(model.statusProperty().get()), model.statusProperty()));
        grid.addRow(row, label, value);
        return value;
    }

    private Node report() {
        var report = model.lastReportProperty();
        Label summary = wrapped(i18n.text(m -> report.get() == null ? m.get("sync.report.none")
                : m.get("sync.report.summary", report.get().exported(), report.get().imported(),
                        report.get().skipped().size()), report));
        summary.setId("sync-report-summary");
        TableView<SyncReport.Skipped> table = new TableView<>(model.skipped());
        table.setId("sync-skipped");
        table.getColumns().setAll(java.util.List.of(
                column("sync.report.file", SyncReport.Skipped::file, 300),
                column("sync.report.reason", skipped -> i18n.current().get("sync.skip." + skipped.reason().name()), 330),
                column("sync.report.detail", skipped -> skipped.detail() == null ? "" : skipped.detail(), 300)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setFixedCellSize(34);
        // as high as its rows (up to eight), so a short report leaves no empty box
        table.prefHeightProperty().bind(Bindings.createDoubleBinding(() ->
                48.0 + 34 * Math.max(2, Math.min(8, model.skipped().size())), model.skipped()));
        table.minHeightProperty().bind(table.prefHeightProperty());
        table.setPlaceholder(Widgets.label(i18n, "sync.report.noneSkipped", Styles.TEXT_MUTED));
        i18n.messagesProperty().addListener((obs, old, now) -> table.refresh());
        Label skippedHint = wrapped(i18n.text("sync.report.skippedHint"), Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        showWhen(table, report.isNotNull());
        showWhen(skippedHint, Bindings.isNotEmpty(model.skipped()));
        return new VBox(12, summary, table, skippedHint);
    }

    private TableColumn<SyncReport.Skipped, String> column(String key,
            Function<SyncReport.Skipped, String> text, double width) {
        TableColumn<SyncReport.Skipped, String> column = new TableColumn<>();
        column.textProperty().bind(i18n.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setCellFactory(unused -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                // a long detail is cut by the column: the whole of it on hover
                setTooltip(empty || item == null || item.isEmpty() ? null : new javafx.scene.control.Tooltip(item));
            }
        });
        column.setPrefWidth(width);
        return column;
    }

    private static Label wrapped(ObservableValue<String> text, String... styles) {
        Label label = new Label();
        label.textProperty().bind(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        for (String style : styles) {
            if (style != null) {
                label.getStyleClass().add(style);
            }
        }
        return label;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints(190);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, values);
        return grid;
    }

    private static void showWhen(Node node, ObservableValue<Boolean> condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
    }
}
