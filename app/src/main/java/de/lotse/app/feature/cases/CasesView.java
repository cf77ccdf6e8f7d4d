package de.lotse.app.feature.cases;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import de.lotse.app.feature.cases.CasesViewModel.Entry;
import de.lotse.app.feature.cases.CasesViewModel.StatusFilter;
import de.lotse.app.i18n.Messages;
import de.lotse.app.ui.I18n;
import de.lotse.app.ui.Tables;
import de.lotse.app.ui.Widgets;
import de.lotse.core.cases.CaseSummary;
import java.text.CollationKey;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;

/** Every case in a table that filters while typing, with the case file opened beside it. */
public final class CasesView {

    private final CasesViewModel model;
    private final CaseFileViewModel fileModel;
    private final CaseFileView file;
    private final I18n i18n;
    private final SplitPane root;
    private final CustomTextField filter;
    private final TableView<Entry> table = new TableView<>();
    private boolean selecting;

    public CasesView(CasesViewModel model, CaseFileViewModel fileModel, I18n i18n,
            java.util.function.Consumer<UUID> onOpenPerson) {
        this.model = model;
        this.fileModel = fileModel;
        this.i18n = i18n;
        this.file = new CaseFileView(fileModel, i18n, onOpenPerson);
        fileModel.setOnChanged(model::refresh);

        Label title = Widgets.label(i18n, "cases.title", Styles.TITLE_2);
        Label count = new Label();
        count.setId("cases-count");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.textProperty().bind(i18n.text(m -> model.shown().size() == model.totalProperty().get()
                ? m.get("cases.count", m.number(model.totalProperty().get()))
                : m.get("cases.countFiltered", m.number(model.shown().size()), m.number(model.totalProperty().get())),
                model.shown(), model.totalProperty()));
        title.setMinWidth(Region.USE_PREF_SIZE);
        count.setMinWidth(Region.USE_PREF_SIZE);
        HBox titleRow = new HBox(14, title, count);
        titleRow.setAlignment(Pos.BASELINE_LEFT);

        filter = (CustomTextField) TextFields.createClearableTextField();
        filter.setId("cases-filter");
        filter.promptTextProperty().bind(i18n.text("cases.filter.prompt"));
        filter.textProperty().bindBidirectional(model.filterProperty());
        filter.setMaxWidth(Double.MAX_VALUE);
        filter.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DOWN || event.getCode() == KeyCode.ENTER) {
                table.requestFocus();
                if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                    table.getSelectionModel().selectFirst();
                }
                event.consume();
            }
        });
        ComboBox<StatusFilter> status = new ComboBox<>();
        status.setId("cases-status");
        status.getItems().setAll(StatusFilter.values());
        status.valueProperty().bindBidirectional(model.statusProperty());
        CaseWidgets.cells(i18n, status, (m, value) -> m.get("cases.statusFilter." + value.name()));
        status.setMinWidth(Region.USE_PREF_SIZE);
        ToggleButton mine = new ToggleButton();
        mine.setId("cases-mine");
        mine.textProperty().bind(i18n.text("cases.onlyMine"));
        mine.selectedProperty().bindBidirectional(model.onlyMineProperty());
        mine.disableProperty().bind(model.myNameProperty().isNull());
        mine.setMinWidth(Region.USE_PREF_SIZE);
        Tooltip mineTip = new Tooltip();
        mineTip.textProperty().bind(i18n.text(m -> model.myNameProperty().get() == null ? m.get("cases.onlyMine.nobody")
                : m.get("cases.onlyMine.tooltip", model.myNameProperty().get()), model.myNameProperty()));
        mine.setTooltip(mineTip);
        HBox choices = new HBox(8, status, mine);
        choices.setAlignment(Pos.CENTER_LEFT);

        table.setId("cases-table");
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        // the list shares the screen with the case file: columns keep their widths and scroll sideways,
        // the ones needed most first
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.getColumns().setAll(List.of(
                column("cases.column.number", (m, s) -> s.number(), Comparator.comparing(e -> e.summary().number()),
                        132),
                column("cases.column.subject", (m, s) -> s.personId() == null
                        ? m.get("cases.list.household", s.subject()) : s.subject(),
                        Comparator.comparing(Entry::subjectKey, keys()), 235),
                column("cases.column.status", (m, s) -> CaseWidgets.label(m, s.status()),
                        Comparator.comparing(e -> e.summary().status()), 105),
                column("cases.column.lastActivity", (m, s) -> fileModel.formats().day(s.lastActivity()),
                        Comparator.comparing(e -> e.summary().lastActivity()), 130),
                column("cases.column.caseworker", (m, s) -> s.caseworker() == null ? "" : s.caseworker(),
                        Comparator.comparing(Entry::caseworkerKey, keys()), 150),
                column("cases.column.targetGroup", (m, s) -> CaseWidgets.label(m, s.targetGroup()),
                        Comparator.comparing(e -> e.summary().targetGroup()), 190),
                column("cases.column.opened", (m, s) -> fileModel.formats().day(s.openedOn()),
                        Comparator.comparing(e -> e.summary().openedOn()), 105)));
        SortedList<Entry> sorted = new SortedList<>(model.shown());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        Label placeholder = new Label();
        placeholder.textProperty().bind(i18n.text(m -> model.totalProperty().get() == 0 ? m.get("cases.empty")
                : m.get("cases.noMatch"), model.totalProperty()));
        table.setPlaceholder(placeholder);
        VBox.setVgrow(table, Priority.ALWAYS);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!selecting && now != null && !isOpen(now.summary().id())) {
                whenLeaving(() -> fileModel.open(now.summary().id()),
                        () -> select(old == null ? null : old.summary().id()));
            }
        });
        table.setRowFactory(view -> {
            TableRow<Entry> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    openSelected();
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                openSelected();
                event.consume();
            }
        });
        i18n.messagesProperty().addListener((obs, old, now) -> table.refresh());
        // a list read anew keeps the open case selected
        model.shown().addListener((javafx.collections.ListChangeListener<Entry>) change -> {
            if (fileModel.caseFileProperty().get() != null) {
                select(fileModel.caseFileProperty().get().id());
            }
        });

        VBox list = new VBox(10, titleRow, filter, choices, table);
        list.setPadding(new Insets(24, 16, 16, 20));
        list.setMinWidth(360);
        root = new SplitPane(list, file.root());
        root.setDividerPositions(0.44);
        root.setId("cases-view");
    }

    private static Comparator<CollationKey> keys() {
        return Comparator.nullsFirst(Comparator.naturalOrder());
    }

    private boolean isOpen(UUID caseId) {
        return fileModel.caseFileProperty().get() != null && fileModel.caseFileProperty().get().id().equals(caseId);
    }

    /** Enter or double click: the selected case, with the keyboard moved into it. */
    private void openSelected() {
        Entry entry = table.getSelectionModel().getSelectedItem();
        if (entry == null) {
            return;
        }
        if (isOpen(entry.summary().id())) {
            file.focus();
        } else {
            whenLeaving(() -> fileModel.open(entry.summary().id(), file::focus), () -> { });
        }
    }

    public Parent root() {
        return root;
    }

    public CaseFileView file() {
        return file;
    }

    /**
     * Opens a case from elsewhere (a person's case list, the Start view), after asking about an
     * unwritten journal entry. A case the filters hide is opened all the same, and the filters let
     * it show.
     */
    public void open(UUID caseId) {
        whenLeaving(() -> {
            Runnable show = () -> {
                if (!model.shows(caseId)) {
                    model.showEverything();
                }
                fileModel.open(caseId, () -> select(caseId));
            };
            if (model.loadedProperty().get()) {
                show.run();
            } else {
                model.load(show);
            }
        }, () -> { });
    }

    /**
     * Runs {@code proceed} when no journal entry is written but not added, or when the person chose
     * to add or drop it; {@code stay} when the person went back to it.
     */
    public void whenLeaving(Runnable proceed, Runnable stay) {
        if (!fileModel.isDirty()) {
            proceed.run();
            return;
        }
        switch (CaseWidgets.askUnsaved(root.getScene() == null ? null : root.getScene().getWindow(), i18n.current(),
                "cases.unsaved.journal")) {
            case SAVE -> fileModel.addJournalEntry(proceed);
            case DISCARD -> {
                fileModel.discardJournal();
                proceed.run();
            }
            case STAY -> stay.run();
        }
    }

    private void select(UUID caseId) {
        selecting = true;
        try {
            Tables.select(table, caseId, entry -> entry.summary().id());
        } finally {
            selecting = false;
        }
    }

    /** Ctrl+F: the cursor into the filter field. */
    public void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    /** Ctrl+N: a new record in the open case's tab. */
    public void newRecord() {
        file.newRecord();
    }

    /** Ctrl+S: adds the journal entry written. */
    public void save() {
        file.save();
    }

    /** Esc: drops the journal entry written, when the journal is in view. */
    public void cancel() {
        file.cancel();
    }

    /** F5: reads the list and the open case anew; a journal entry being written stays. */
    public void reload() {
        model.load();
        if (fileModel.caseFileProperty().get() != null) {
            fileModel.open(fileModel.caseFileProperty().get().id());
        }
    }

    private TableColumn<Entry, Entry> column(String key, BiFunction<Messages, CaseSummary, String> text,
            Comparator<Entry> order, double width) {
        TableColumn<Entry, Entry> column = CaseWidgets.column(i18n, key, (m, entry) -> text.apply(m, entry.summary()),
                width);
        column.setComparator(order);
        return column;
    }
}
