package de.lotse.app.feature.directory;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import de.lotse.app.ui.I18n;
import de.lotse.app.ui.Widgets;
import de.lotse.app.ui.form.FormMode;
import de.lotse.core.directory.Caseworker;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The office's caseworkers: the list, and beside it the name of a new or chosen one. */
public final class CaseworkersView extends ListFormView<Caseworker> {

    private final CaseworkersViewModel model;
    private final SplitPane root;
    private final TextField nameField = new TextField();

    public CaseworkersView(CaseworkersViewModel model, I18n i18n) {
        super(model, i18n, Caseworker::id, "directory.caseworkers.unsaved");
        this.model = model;
        root = new SplitPane(list(), form());
        root.setDividerPositions(0.45);
        root.setId("caseworkers-view");
    }

    @Override
    public Parent root() {
        return root;
    }

    private Node list() {
        Label title = Widgets.label(i18n, "directory.caseworkers.title", Styles.TITLE_2);
        title.setMinWidth(Region.USE_PREF_SIZE);
        Label count = new Label();
        count.setId("caseworkers-count");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.setMinWidth(Region.USE_PREF_SIZE);
        var total = Bindings.size(model.caseworkers());
        count.textProperty().bind(i18n.text(m -> m.get("directory.caseworkers.count", total.get()), total));
        HBox titleRow = new HBox(14, title, count);
        titleRow.setAlignment(Pos.BASELINE_LEFT);
        Button add = new Button();
        add.textProperty().bind(i18n.text("directory.caseworkers.new.button"));
        add.setId("caseworkers-new");
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setOnAction(event -> newRecord());

        table.setId("caseworkers-table");
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Caseworker, String> name = new TableColumn<>();
        name.textProperty().bind(i18n.text("directory.caseworkers.column.name"));
        name.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().name()));
        name.setSortable(false);
        table.getColumns().add(name);
        table.setItems(model.caseworkers());
        table.setPlaceholder(Widgets.label(i18n, "directory.caseworkers.empty", Styles.TEXT_MUTED));
        VBox.setVgrow(table, Priority.ALWAYS);
        // the list is read anew after a save: the record in the form stays selected
        followSelection(model.caseworkers());

        VBox box = new VBox(16, titleRow, add, table);
        box.setPadding(new Insets(24, 16, 16, 20));
        return box;
    }

    private Node form() {
        Label title = new Label();
        title.getStyleClass().add(Styles.TITLE_3);
        title.setId("caseworker-title");
        title.setWrapText(true);
        title.textProperty().bind(i18n.text(m -> switch (model.modeProperty().get()) {
            case EMPTY -> m.get("directory.caseworkers.none");
            case NEW -> m.get("directory.caseworkers.newTitle");
            case EDIT -> model.savedNameProperty().getValue();
        }, model.modeProperty(), model.savedNameProperty()));
        Label hint = Widgets.label(i18n, "directory.caseworkers.hint", Styles.TEXT_MUTED);
        hint.setWrapText(true);

        FormGrid grid = new FormGrid(i18n, model.problems());
        nameField.setId("field-caseworkerName");
        nameField.textProperty().bindBidirectional(model.nameProperty());
        nameField.setOnAction(event -> save());
        grid.add("name", "directory.field.caseworkerName", nameField);

        Button save = new Button();
        save.textProperty().bind(i18n.text("directory.save"));
        save.getStyleClass().add(Styles.ACCENT);
        save.setId("caseworker-save");
        save.setTooltip(new Tooltip("Ctrl+S"));
        save.setOnAction(event -> save());
        Button discard = new Button();
        discard.textProperty().bind(i18n.text("directory.discard"));
        discard.setId("caseworker-discard");
        discard.setTooltip(new Tooltip("Esc"));
        discard.disableProperty().bind(model.dirtyBinding().not());
        discard.setOnAction(event -> model.cancel());
        HBox buttons = new HBox(10, save, discard);
        Label note = Widgets.label(i18n, "directory.caseworkers.note", Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        note.setWrapText(true);

        var editing = model.modeProperty().isNotEqualTo(FormMode.EMPTY);
        for (Node node : new Node[] {grid.grid(), buttons, note}) {
            node.visibleProperty().bind(editing);
            node.managedProperty().bind(editing);
        }
        hint.visibleProperty().bind(editing.not());
        hint.managedProperty().bind(editing.not());
        VBox page = new VBox(14, title, hint, grid.grid(), buttons, note);
        page.setPadding(new Insets(20));
        page.setMaxWidth(560);
        VBox holder = new VBox(page);
        holder.setId("caseworker-form");
        return holder;
    }

    @Override
    public void newRecord() {
        whenLeaving(() -> {
            select(null);
            model.newCaseworker();
            nameField.requestFocus();
        }, () -> { });
    }

    @Override
    public void focusList() {
        table.requestFocus();
    }
}
