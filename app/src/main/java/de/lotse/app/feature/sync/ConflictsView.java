package de.lotse.app.feature.sync;

import atlantafx.base.theme.Styles;
import de.lotse.app.i18n.Messages;
import de.lotse.app.ui.I18n;
import de.lotse.app.ui.Widgets;
import de.lotse.core.sync.Conflict;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Verwaltung → Konflikte: the open conflicts on the left; on the right every competing value of
 * the chosen one, with the device that wrote it and when, to pick one or type a new one.
 */
public final class ConflictsView {

    private final ConflictsViewModel model;
    private final I18n i18n;
    private final ZoneId zone;
    private final Consumer<Conflict> comparePersons;
    private final TableView<Conflict> table = new TableView<>();
    private final VBox detail = new VBox(14);
    private final ToggleGroup choices = new ToggleGroup();
    private final SplitPane root;
    private boolean filling;

    /** {@code comparePersons} opens the duplicates window for a duplicate-person conflict. */
    public ConflictsView(ConflictsViewModel model, I18n i18n, ZoneId zone, Consumer<Conflict> comparePersons) {
        this.model = model;
        this.i18n = i18n;
        this.zone = zone;
        this.comparePersons = comparePersons;
        Label title = Widgets.label(i18n, "sync.conflicts.title", Styles.TITLE_3);
        Label count = new Label();
        count.setId("conflicts-count");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.textProperty().bind(i18n.text(m -> m.get("sync.conflicts.count", model.conflicts().size()),
                model.conflicts()));
        HBox head = new HBox(12, title, count);
        head.setAlignment(Pos.BASELINE_LEFT);
        Label intro = new Label();
        intro.textProperty().bind(i18n.text("sync.conflicts.intro"));
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        intro.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);

        table.setId("conflicts-table");
        table.setItems(model.conflicts());
        table.getColumns().setAll(List.of(
                column("sync.conflicts.record", Conflict::recordLabel, 250),
                column("sync.conflicts.entity", c -> SyncTexts.entity(i18n.current(), c.entity()), 90),
                column("sync.conflicts.subject", c -> SyncTexts.subject(i18n.current(), c), 200),
                column("sync.conflicts.values", c -> i18n.current().number(c.values().size()), 60)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(Widgets.label(i18n, "sync.conflicts.none", Styles.TEXT_MUTED));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (model.selectedProperty().get() != now) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> {
            if (table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
            fillDetail();
        });
        i18n.messagesProperty().addListener((obs, old, now) -> {
            table.refresh();
            fillDetail();
        });
        model.refusalProperty().addListener((obs, old, now) -> fillDetail());
        choices.selectedToggleProperty().addListener((obs, old, now) -> {
            if (!filling) {
                model.choiceProperty().set(now == null ? ConflictsViewModel.NONE : (int) now.getUserData());
            }
        });
        model.conflicts().addListener((javafx.collections.ListChangeListener<Conflict>) change -> fillDetail());
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox left = new VBox(10, head, intro, table);
        left.setPadding(new Insets(20, 12, 20, 20));

        detail.setId("conflict-detail");
        detail.setPadding(new Insets(20, 24, 20, 16));
        ScrollPane right = new ScrollPane(detail);
        right.setFitToWidth(true);
        root = new SplitPane(left, right);
        root.setDividerPositions(0.6);
        root.setId("conflicts-view");
        fillDetail();
    }

    public Parent root() {
        return root;
    }

    private TableColumn<Conflict, String> column(String key, Function<Conflict, String> text, double width) {
        TableColumn<Conflict, String> column = new TableColumn<>();
        column.textProperty().bind(i18n.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setCellFactory(TextTooltipCell::new);
        column.setPrefWidth(width);
        return column;
    }

    private void fillDetail() {
        Messages m = i18n.current();
        Conflict conflict = model.selectedProperty().get();
        // removing the toggles is not a person's choice: keep the model's
        filling = true;
        choices.getToggles().clear();
        if (conflict == null) {
            Label hint = wrapped(m.get(model.conflicts().isEmpty() ? "sync.conflicts.emptyDetail"
                    : "sync.conflicts.choose"));
            hint.getStyleClass().add(Styles.TEXT_MUTED);
            hint.setId("conflict-hint");
            detail.getChildren().setAll(hint);
            filling = false;
            return;
        }
        Label heading = new Label(conflict.recordLabel());
        heading.getStyleClass().add(Styles.TITLE_3);
        heading.setWrapText(true);
        heading.setId("conflict-heading");
        Label subject = new Label(SyncTexts.entity(m, conflict.entity()) + " · " + SyncTexts.subject(m, conflict));
        subject.getStyleClass().add(Styles.TEXT_MUTED);
        Label explanation = wrapped(m.get(switch (conflict.kind()) {
            case Conflict.FIELD -> "sync.conflicts.explain.field";
            case Conflict.DELETED_IN_USE -> "sync.conflicts.explain.deletedInUse";
            case Conflict.DUPLICATE_PERSON -> "sync.conflicts.explain.duplicatePerson";
            case Conflict.CASE_NUMBER -> "sync.conflicts.explain.caseNumber";
            default -> "sync.conflicts.explain.other";
        }));
        explanation.setId("conflict-explanation");
        VBox options = new VBox(10);
        int index = 1;
        for (Conflict.Value value : conflict.values()) {
            options.getChildren().add(option(m, conflict, value, index++));
        }
        if (ConflictsViewModel.allowsNewValue(conflict)) {
            RadioButton typed = new RadioButton(m.get("sync.conflicts.newValue"));
            typed.setId("conflict-new-value-choice");
            typed.setToggleGroup(choices);
            typed.setUserData(ConflictsViewModel.NEW_VALUE);
            typed.setMinWidth(Region.USE_PREF_SIZE);
            TextField text = new TextField();
            text.setId("conflict-new-value");
            text.textProperty().bindBidirectional(model.newValueProperty());
            text.setPromptText(m.get("sync.conflicts.newValuePrompt"));
            // typing is choosing
            text.textProperty().addListener((obs, old, now) -> {
                if (!now.isEmpty()) {
                    typed.setSelected(true);
                }
            });
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(10, typed, text);
            row.setAlignment(Pos.CENTER_LEFT);
            options.getChildren().add(row);
        }
        filling = false;
        choices.getToggles().stream().filter(toggle -> model.choiceProperty().get() == (int) toggle.getUserData())
                .findFirst().ifPresent(toggle -> toggle.setSelected(true));

        Button resolve = new Button(m.get("sync.conflicts.resolve"));
        resolve.setId("conflict-resolve");
        resolve.getStyleClass().add(Styles.ACCENT);
        resolve.disableProperty().bind(model.canResolveProperty().not());
        resolve.setOnAction(event -> model.resolve());
        HBox buttons = new HBox(10, resolve);
        if (Conflict.DUPLICATE_PERSON.equals(conflict.kind())) {
            Button compare = new Button(m.get("sync.conflicts.comparePersons"));
            compare.setId("conflict-compare-persons");
            compare.setOnAction(event -> comparePersons.accept(conflict));
            buttons.getChildren().add(compare);
        }
        detail.getChildren().setAll(heading, subject, explanation, options, buttons);
        if (model.refusalProperty().get() != null) {
            Label refused = wrapped(m.get("sync.refused." + model.refusalProperty().get().name()));
            refused.getStyleClass().add(Styles.DANGER);
            detail.getChildren().add(refused);
        }
    }

    private Node option(Messages m, Conflict conflict, Conflict.Value value, int index) {
        boolean deletion = Conflict.DELETED_IN_USE.equals(conflict.kind());
        boolean field = deletion || Conflict.FIELD.equals(conflict.kind());
        // a domain conflict's values are record ids: people choose the device's entry, the id is a detail
        boolean distinct = Conflict.DUPLICATE_PERSON.equals(conflict.kind()) && "\"distinct\"".equals(value.value());
        RadioButton pick = new RadioButton(deletion ? m.get("true".equals(value.value())
                        ? "sync.conflicts.delete" : "sync.conflicts.keep")
                : distinct ? m.get("sync.conflicts.distinct")
                : field ? ConflictValues.display(m, value.value())
                : m.get("sync.conflicts.entryOf", value.deviceName()));
        pick.setId("conflict-value-" + index);
        pick.setToggleGroup(choices);
        pick.setUserData(index);
        pick.setWrapText(true);
        String at = value.at() == null ? "" : SyncTexts.dateTime(m, value.at(), zone);
        Label origin = new Label(field || distinct ? m.get("sync.conflicts.origin", value.deviceName(), at)
                : m.get("sync.conflicts.origin", at, ConflictValues.shortId(m, value.value())));
        origin.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        origin.setPadding(new Insets(0, 0, 0, 26));
        return new VBox(2, pick, origin);
    }

    /** A table cell that shows its whole text in a tooltip, for texts cut by a narrow column. */
    private static final class TextTooltipCell extends javafx.scene.control.TableCell<Conflict, String> {
        TextTooltipCell(TableColumn<Conflict, String> column) {
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            setTooltip(empty || item == null || item.isEmpty() ? null : new javafx.scene.control.Tooltip(item));
        }
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
