package de.lotse.app.feature.persons;

import atlantafx.base.theme.Styles;
import de.lotse.app.feature.persons.DuplicatesViewModel.Comparison;
import de.lotse.app.i18n.Messages;
import de.lotse.app.ui.I18n;
import de.lotse.app.ui.TaskStatus;
import de.lotse.app.ui.Themes;
import de.lotse.app.ui.Widgets;
import de.lotse.core.person.PersonDraft;
import de.lotse.core.person.PersonNames;
import de.lotse.core.person.PersonPair;
import de.lotse.core.person.PersonRow;
import de.lotse.core.text.Days;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The possible duplicates: pairs on top, the chosen pair side by side beneath, and the merge. */
public final class DuplicatesView {

    private final DuplicatesViewModel model;
    private final I18n i18n;
    private final Consumer<UUID> onMerged;
    private final TableView<PersonPair> table = new TableView<>();
    private final GridPane comparison = new GridPane();
    private final VBox detail = new VBox(12);
    private final VBox root;

    /** {@code onMerged} is told the survivor of each merge. */
    public DuplicatesView(DuplicatesViewModel model, I18n i18n, Consumer<UUID> onMerged) {
        this.model = model;
        this.i18n = i18n;
        this.onMerged = onMerged;
        Label title = Widgets.label(i18n, "duplicates.title", Styles.TITLE_3);
        Label count = new Label();
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.setId("duplicates-count");
        count.textProperty().bind(i18n.text(m -> model.loadingProperty().get() ? m.get("duplicates.searching")
                : m.get(model.cancelledProperty().get() ? "duplicates.countCancelled" : "duplicates.count",
                        m.number(model.pairs().size())), model.loadingProperty(), model.cancelledProperty(),
                model.pairs()));
        // the scan's bar and Abbrechen here too: this window may hide the main window's status bar
        Node scan = TaskStatus.withoutTitle(model.scanProperty(), i18n).root();
        HBox head = new HBox(12, title, count, scan);
        head.setAlignment(Pos.BASELINE_LEFT);

        table.setId("duplicates-table");
        table.getColumns().setAll(List.of(
                column("duplicates.column.score", pair -> Math.round(pair.score() * 100) + " %", 110),
                column("duplicates.column.first", pair -> describe(pair.first()), 330),
                column("duplicates.column.second", pair -> describe(pair.second()), 330)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setItems(model.pairs());
        table.setPrefHeight(240);
        Label none = new Label();
        none.textProperty().bind(i18n.text(m -> m.get(model.loadingProperty().get() ? "duplicates.searching"
                : model.cancelledProperty().get() ? "duplicates.cancelled" : "duplicates.none"),
                model.loadingProperty(), model.cancelledProperty()));
        table.setPlaceholder(none);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, pair) -> model.selectedProperty()
                .set(pair));

        comparison.setHgap(16);
        comparison.setVgap(6);
        ColumnConstraints label = new ColumnConstraints(170);
        ColumnConstraints side = new ColumnConstraints();
        side.setPercentWidth(38);
        comparison.getColumnConstraints().addAll(label, side, side);
        detail.getStyleClass().add(Widgets.CARD);
        detail.setId("duplicates-comparison");
        model.comparisonProperty().addListener((obs, old, now) -> fillComparison());
        model.mergeProblemsProperty().addListener((obs, old, now) -> fillComparison());
        i18n.messagesProperty().addListener((obs, old, now) -> fillComparison());
        fillComparison();

        root = new VBox(14, head, table, detail);
        root.setPadding(new Insets(20));
        VBox.setVgrow(table, Priority.ALWAYS);
        root.setId("duplicates-view");
    }

    public Parent root() {
        return root;
    }

    /** Opens the list in its own window and starts looking for pairs. */
    public static void show(Window owner, DuplicatesViewModel model, I18n i18n, Consumer<UUID> onMerged) {
        DuplicatesView view = new DuplicatesView(model, i18n, onMerged);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.titleProperty().bind(i18n.text("duplicates.title"));
        Scene scene = new Scene(view.root(), 980, 720);
        Themes.style(scene);
        scene.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        // nobody waits for a scan whose window is gone; the next opening starts afresh
        stage.setOnHidden(event -> model.cancel());
        stage.setScene(scene);
        stage.show();
        model.load();
    }

    private String describe(PersonRow row) {
        return java.util.stream.Stream.of(PersonNames.display(row.familyName(), row.givenName()),
                row.birthDate() == null ? "–" : row.birthDate().format(), row.nationalities(), row.city())
                .filter(part -> !part.isEmpty()).collect(java.util.stream.Collectors.joining(" · "));
    }

    private void fillComparison() {
        Messages m = i18n.current();
        comparison.getChildren().clear();
        Comparison shown = model.comparisonProperty().get();
        if (shown == null) {
            detail.getChildren().setAll(Widgets.label(i18n, "duplicates.choose", Styles.TEXT_MUTED));
            return;
        }
        PersonDraft first = shown.first().person();
        PersonDraft second = shown.second().person();
        int row = 0;
        comparison.addRow(row++, new Label(), heading(m.get("duplicates.left")), heading(m.get("duplicates.right")));
        row = compare(row, "field.familyName", first, second, PersonDraft::familyName);
        row = compare(row, "field.givenName", first, second, PersonDraft::givenName);
        row = compare(row, "field.birthDate", first, second, p -> p.birthDate() == null ? null : p.birthDate().format());
        row = compare(row, "field.sex", first, second, p -> m.get("sex." + p.sex().name()));
        row = compare(row, "field.nationality", first, second, p -> String.join(", ", p.nationalities()));
        row = compare(row, "field.nameOriginal", first, second, p -> p.profile().nameOriginal());
        row = compare(row, "field.languages", first, second, p -> String.join(", ", p.profile().languages()));
        row = compare(row, "field.arrivalInTown", first, second, p -> Days.format(p.profile().arrivalInTown()));
        row = compare(row, "field.fileNumberAbh", first, second, p -> p.profile().fileNumberAbh());
        row = compare(row, "field.fileNumberBamf", first, second, p -> p.profile().fileNumberBamf());
        row = compare(row, "field.phone", first, second, p -> p.contact().phone());
        compare(row, "field.city", first, second, p -> p.contact().address().city());

        Label hint = new Label(m.get("duplicates.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        Button keepLeft = new Button(m.get("duplicates.keepLeft"));
        keepLeft.setId("duplicates-keep-left");
        keepLeft.setOnAction(event -> confirmThenMerge(true, shown));
        Button keepRight = new Button(m.get("duplicates.keepRight"));
        keepRight.setId("duplicates-keep-right");
        keepRight.setOnAction(event -> confirmThenMerge(false, shown));
        detail.getChildren().setAll(comparison, hint, new HBox(10, keepLeft, keepRight));
        for (var problem : model.mergeProblemsProperty().get()) {
            Label text = new Label(m.get("duplicates.refused", m.get("field." + problem.field()),
                    m.problem(problem)));
            text.getStyleClass().addAll(Styles.DANGER);
            text.setWrapText(true);
            detail.getChildren().add(text);
        }
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        return label;
    }

    /** One field of both records; values that differ are marked. */
    private int compare(int row, String labelKey, PersonDraft first, PersonDraft second,
            Function<PersonDraft, String> value) {
        String left = Objects.requireNonNullElse(value.apply(first), "");
        String right = Objects.requireNonNullElse(value.apply(second), "");
        Label name = new Label(i18n.current().get(labelKey));
        name.getStyleClass().add(Styles.TEXT_MUTED);
        Label a = new Label(left.isEmpty() ? "–" : left);
        Label b = new Label(right.isEmpty() ? "–" : right);
        a.setWrapText(true);
        b.setWrapText(true);
        if (!left.equals(right) && !left.isEmpty() && !right.isEmpty()) {
            a.getStyleClass().add(Styles.WARNING);
            b.getStyleClass().add(Styles.WARNING);
        }
        comparison.addRow(row, name, a, b);
        return row + 1;
    }

    private void confirmThenMerge(boolean keepLeft, Comparison shown) {
        Messages m = i18n.current();
        PersonDraft kept = (keepLeft ? shown.first() : shown.second()).person();
        PersonDraft gone = (keepLeft ? shown.second() : shown.first()).person();
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, m.get("duplicates.confirm.text",
                PersonNames.display(gone.familyName(), gone.givenName()),
                PersonNames.display(kept.familyName(), kept.givenName())), ButtonType.OK, ButtonType.CANCEL);
        alert.setTitle(m.get("duplicates.confirm.title"));
        alert.setHeaderText(null);
        alert.initOwner(root.getScene() == null ? null : root.getScene().getWindow());
        if (alert.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK) {
            model.merge(keepLeft, onMerged);
        }
    }

    private TableColumn<PersonPair, String> column(String key, Function<PersonPair, String> text, double width) {
        TableColumn<PersonPair, String> column = new TableColumn<>();
        column.textProperty().bind(i18n.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
