package de.lotse.app.feature.persons;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import de.lotse.app.feature.persons.PersonsViewModel.Entry;
import de.lotse.app.ui.I18n;
import de.lotse.app.ui.Tables;
import de.lotse.app.ui.UnsavedChanges;
import de.lotse.app.ui.Widgets;
import de.lotse.app.ui.form.FormMode;
import de.lotse.core.person.PartialDate;
import de.lotse.core.person.PersonRow;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;

/** The register of persons: a filter field and a table that scrolls through 100,000 rows. */
public final class PersonsView {

    private final PersonsViewModel model;
    private final PersonEditorViewModel editorModel;
    private final PersonEditorView editor;
    private final I18n i18n;
    private final SplitPane root;
    private final VBox list;
    private boolean selecting;
    private final CustomTextField filter;
    private final TableView<Entry> table = new TableView<>();

    /**
     * {@code openCase} shows a case of the person; {@code newCaseFor} starts a new case for a
     * stored person and is told its id.
     */
    public PersonsView(PersonsViewModel model, PersonEditorViewModel editorModel, PersonRecordsViewModel records,
            I18n i18n, Consumer<UUID> openCase, Consumer<UUID> newCaseFor, Consumer<UUID> newAppointmentFor,
            Runnable openDuplicates) {
        this.model = model;
        this.editorModel = editorModel;
        this.i18n = i18n;
        PersonRecordsView recordsView = new PersonRecordsView(records, i18n, this::open, openCase,
                () -> newCaseFor.accept(editorModel.editingProperty().get()),
                () -> newAppointmentFor.accept(editorModel.editingProperty().get()));
        editorModel.editingProperty().addListener((obs, old, id) -> records.load(id));
        this.editor = new PersonEditorView(editorModel, i18n, this::saved, this::show, recordsView.root());

        Label title = Widgets.label(i18n, "persons.title", Styles.TITLE_2);
        filter = (CustomTextField) TextFields.createClearableTextField();
        filter.setId("persons-filter");
        filter.promptTextProperty().bind(i18n.text("persons.filter.prompt"));
        filter.textProperty().bindBidirectional(model.filterProperty());
        Label count = new Label();
        count.setId("persons-count");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.textProperty().bind(i18n.text(m -> model.shownCountProperty().get() == model.totalProperty().get()
                ? m.get("persons.count", m.number(model.totalProperty().get()))
                : m.get("persons.countFiltered", m.number(model.shownCountProperty().get()),
                        m.number(model.totalProperty().get())), model.shownCountProperty(), model.totalProperty()));
        Button add = new Button();
        add.textProperty().bind(i18n.text("editor.new.button"));
        add.setId("persons-new");
        add.setOnAction(event -> newPerson());
        add.setMinWidth(Region.USE_PREF_SIZE);
        title.setMinWidth(Region.USE_PREF_SIZE);
        count.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(filter, Priority.ALWAYS);
        filter.setMaxWidth(Double.MAX_VALUE);
        Button duplicates = new Button();
        duplicates.textProperty().bind(i18n.text("duplicates.open"));
        duplicates.setId("persons-duplicates");
        duplicates.getStyleClass().add(Styles.FLAT);
        duplicates.setOnAction(event -> openDuplicates.run());
        Region between = new Region();
        HBox.setHgrow(between, Priority.ALWAYS);
        HBox titleRow = new HBox(14, title, count, between, duplicates);
        titleRow.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
        HBox searchRow = new HBox(10, filter, add);
        VBox header = new VBox(10, titleRow, searchRow);

        table.setId("persons-table");
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                column("persons.column.familyName", row -> row.familyName(),
                        Comparator.comparing(Entry::familyKey), 135),
                column("persons.column.givenName", row -> row.givenName(),
                        Comparator.comparing(Entry::givenKey), 110),
                column("persons.column.birthDate", row -> row.birthDate() == null ? "" : row.birthDate().format(),
                        Comparator.comparing(e -> e.row().birthDate(),
                                Comparator.nullsFirst(Comparator.comparing(PartialDate::date))), 122),
                column("persons.column.nationalities", PersonRow::nationalities,
                        Comparator.comparing(e -> e.row().nationalities()), 105),
                column("persons.column.city", PersonRow::city, Comparator.comparing(Entry::cityKey), 95)));
        SortedList<Entry> sorted = new SortedList<>(model.shown());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        Label placeholder = new Label();
        placeholder.textProperty().bind(i18n.text(m -> model.totalProperty().get() == 0 ? m.get("persons.empty")
                : m.get("persons.noMatch"), model.totalProperty()));
        table.setPlaceholder(placeholder);
        table.setOnKeyPressed(event -> {
            if (event.getCode() == javafx.scene.input.KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                editor.focusFirstField();
                event.consume();
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!selecting && now != null && !now.row().id().equals(editorModel.editingProperty().get())) {
                whenLeavingEditor(() -> editorModel.edit(now.row().id()), () -> select(old == null ? null : old.row().id()));
            }
        });
        list = new VBox(16, header, table);
        list.setPadding(new Insets(24, 16, 16, 20));
        root = new SplitPane(list, editor.root());
        root.setDividerPositions(0.56);
        root.setId("persons-register");
    }

    public Parent root() {
        return root;
    }

    /** An empty form for a new person (Ctrl+N), after asking about unsaved changes. */
    public void newPerson() {
        whenLeavingEditor(() -> {
            select((UUID) null);
            editorModel.newPerson();
            editor.focusFirstField();
        }, () -> { });
    }

    /** Saves the form (Ctrl+S). */
    public void save() {
        if (editorModel.modeProperty().get() != FormMode.EMPTY) {
            editorModel.save(this::saved);
        }
    }

    /** Drops the form's changes (Esc). */
    public void cancel() {
        if (editorModel.isDirty()) {
            editorModel.cancel();
        }
    }

    /**
     * Runs {@code proceed} when the form holds no unsaved changes, or when the person chose to
     * save or discard them; {@code stay} when the person went back to them.
     */
    public void whenLeavingEditor(Runnable proceed, Runnable stay) {
        if (!editorModel.isDirty()) {
            proceed.run();
            return;
        }
        switch (UnsavedChanges.ask(root.getScene() == null ? null : root.getScene().getWindow(), i18n.current())) {
            case SAVE -> editorModel.save(id -> {
                saved(id);
                proceed.run();
            });
            case DISCARD -> {
                editorModel.cancel();
                proceed.run();
            }
            case STAY -> stay.run();
        }
    }

    private void saved(UUID id) {
        model.load(() -> select(id));
    }

    /** Reads the register anew (after a merge) and shows {@code id}. */
    public void reloadAndOpen(UUID id) {
        model.load(() -> open(id));
    }

    /** Opens a stored person from elsewhere (the Start view, an appointment), asking about unsaved changes first. */
    public void open(UUID id) {
        whenLeavingEditor(() -> show(id), () -> { });
    }

    /** Shows another stored person (also a candidate recognised as the same, whose draft is dropped). */
    private void show(UUID id) {
        model.filterProperty().set("");
        editorModel.edit(id);
        select(id);
    }

    private void select(UUID id) {
        selecting = true;
        try {
            Tables.select(table, id, entry -> entry.row().id());
        } finally {
            selecting = false;
        }
    }

    /** Puts the cursor into the filter field (Ctrl+F). */
    public void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    /** A column that shows {@code text} of a row and sorts by {@code order}, made for 100,000 rows. */
    private TableColumn<Entry, Entry> column(String key, Function<PersonRow, String> text, Comparator<Entry> order,
            double width) {
        TableColumn<Entry, Entry> column = new TableColumn<>();
        column.textProperty().bind(i18n.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Entry entry, boolean empty) {
                super.updateItem(entry, empty);
                setText(empty || entry == null ? null : text.apply(entry.row()));
            }
        });
        column.setComparator(order);
        column.setPrefWidth(width);
        return column;
    }
}
