package de.lotse.app.feature.agenda;

import atlantafx.base.theme.Styles;
import de.lotse.app.feature.agenda.AgendaViewModel.Day;
import de.lotse.app.feature.agenda.AgendaViewModel.Entry;
import de.lotse.app.feature.agenda.AgendaViewModel.Export;
import de.lotse.app.i18n.Messages;
import de.lotse.app.shell.Navigator;
import de.lotse.app.ui.I18n;
import de.lotse.app.ui.Widgets;
import de.lotse.core.agenda.Appointment;
import de.lotse.core.directory.Caseworker;
import java.io.File;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Termine: a caseworker's week, Monday to Sunday side by side, the weekdays wide and the weekend
 * narrow. Enter or a double click edits an appointment; the week can be exported as a calendar file.
 */
public final class AgendaView {

    /** Alt+Left: the week before. */
    public static final KeyCombination PREVIOUS_WEEK = new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN);
    /** Alt+Right: the week after. */
    public static final KeyCombination NEXT_WEEK = new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN);
    /** Ctrl+T: the week of today. */
    public static final KeyCombination THIS_WEEK = new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN);

    private static final String DAY = "lotse-agenda-day";
    private static final String DAY_HEADER = "lotse-agenda-day-header";
    private static final String TODAY = "lotse-agenda-today";
    private static final String WEEKEND = "lotse-agenda-weekend";
    private static final String ENTRY = "lotse-agenda-entry";
    private static final String INTERPRETER = "lotse-agenda-interpreter";
    /** An item of the caseworker box that stands for the whole office. */
    private static final Caseworker EVERYONE = new Caseworker(null, "");

    private final AgendaViewModel model;
    private final AppointmentDialog dialog;
    private final Navigator navigator;
    private final I18n i18n;
    private final BorderPane root = new BorderPane();
    private final List<ListView<Entry>> lists = new ArrayList<>();
    private final List<VBox> headers = new ArrayList<>();
    private final ReadOnlyObjectWrapper<Entry> selected = new ReadOnlyObjectWrapper<>();
    private final ComboBox<Caseworker> caseworkerBox = new ComboBox<>();
    private boolean syncing;

    public AgendaView(AgendaViewModel model, AppointmentDialog dialog, Navigator navigator, I18n i18n) {
        this.model = model;
        this.dialog = dialog;
        this.navigator = navigator;
        this.i18n = i18n;

        root.setTop(header());
        root.setCenter(week());
        root.setId("agenda-view");

        model.days().addListener((ListChangeListener<Day>) change -> fillDays());
        model.caseworkers().addListener((ListChangeListener<Caseworker>) change -> fillCaseworkers());
        model.caseworkerProperty().addListener((obs, old, now) -> selectCaseworker());
        i18n.messagesProperty().addListener((obs, old, now) -> {
            AppointmentDialog.cells(caseworkerBox, this::caseworkerName);
            fillDays();
        });
        fillCaseworkers();
        fillDays();
    }

    public Parent root() {
        return root;
    }

    private Node header() {
        Label title = Widgets.label(i18n, "agenda.title", Styles.TITLE_2);
        title.setMinWidth(Region.USE_PREF_SIZE);
        Label count = new Label();
        count.setId("agenda-count");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.setMinWidth(Region.USE_PREF_SIZE);
        count.textProperty().bind(i18n.text(m -> model.loadedProperty().get()
                ? m.get("agenda.count", model.countProperty().get()) : m.get("agenda.loading"),
                model.countProperty(), model.loadedProperty()));

        caseworkerBox.setId("agenda-caseworker");
        AppointmentDialog.cells(caseworkerBox, this::caseworkerName);
        caseworkerBox.setPrefWidth(240);
        caseworkerBox.valueProperty().addListener((obs, old, chosen) -> {
            if (!syncing && chosen != null) {
                model.caseworkerProperty().set(chosen.id());
            }
        });
        Label forWhom = Widgets.label(i18n, "agenda.caseworker", Styles.TEXT_MUTED);
        forWhom.setLabelFor(caseworkerBox);
        forWhom.setMinWidth(Region.USE_PREF_SIZE);
        HBox titleRow = new HBox(14, title, count, grow(), forWhom, caseworkerBox);
        titleRow.setAlignment(Pos.CENTER_LEFT);

        Button previous = button("agenda-previous", "agenda.previous", "agenda.previous.tooltip",
                model::previousWeek);
        Button today = button("agenda-today", "agenda.today", "agenda.today.tooltip", model::thisWeek);
        today.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.weekStartProperty().get().equals(monday(model.today())), model.weekStartProperty()));
        Button next = button("agenda-next", "agenda.next", "agenda.next.tooltip", model::nextWeek);
        HBox weekButtons = new HBox(0, previous, today, next);
        previous.getStyleClass().add(Styles.LEFT_PILL);
        today.getStyleClass().add(Styles.CENTER_PILL);
        next.getStyleClass().add(Styles.RIGHT_PILL);
        Label week = new Label();
        week.setId("agenda-week");
        week.getStyleClass().add(Styles.TITLE_4);
        week.setMinWidth(Region.USE_PREF_SIZE);
        week.textProperty().bind(i18n.text(m -> {
            LocalDate monday = model.weekStartProperty().get();
            return m.get("agenda.week", String.valueOf(AgendaExport.week(monday)), m.date(monday),
                    m.date(monday.plusDays(6)));
        }, model.weekStartProperty()));

        Button add = button("agenda-new", "agenda.new", "agenda.new.tooltip", this::newAppointment);
        add.getStyleClass().add(Styles.ACCENT);
        Button edit = button("agenda-edit", "agenda.edit", "agenda.edit.tooltip", this::editSelected);
        edit.disableProperty().bind(selected.isNull());
        Button open = button("agenda-open-person", "agenda.openPerson", "agenda.openPerson.tooltip",
                this::openSelectedPerson);
        open.disableProperty().bind(Bindings.createBooleanBinding(() -> selected.get() == null
                || selected.get().appointment().personId() == null, selected));
        Button export = button("agenda-export", "agenda.export", "agenda.export.tooltip", this::export);
        export.disableProperty().bind(model.countProperty().isEqualTo(0));
        HBox actions = new HBox(8, add, edit, open, export);
        HBox weekRow = new HBox(16, weekButtons, week, grow(), actions);
        weekRow.setAlignment(Pos.CENTER_LEFT);

        Label exported = new Label();
        exported.setId("agenda-export-result");
        exported.setWrapText(true);
        exported.textProperty().bind(i18n.text(m -> switch (model.lastExportProperty().get()) {
            case null -> "";
            case Export.Written written -> m.get("agenda.export.done", written.count(),
                    written.file().getFileName().toString(), String.valueOf(written.file().toAbsolutePath()
                            .getParent()));
            case Export.Failed failed -> m.get("agenda.export.failed", failed.file().getFileName().toString());
        }, model.lastExportProperty()));
        model.lastExportProperty().addListener((obs, old, now) -> {
            exported.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
            exported.getStyleClass().add(now instanceof Export.Failed ? Styles.DANGER : Styles.SUCCESS);
        });
        BooleanBinding anyExport = model.lastExportProperty().isNotNull();
        exported.visibleProperty().bind(anyExport);
        exported.managedProperty().bind(anyExport);

        VBox header = new VBox(12, titleRow, weekRow, exported);
        header.setPadding(new Insets(24, 20, 12, 20));
        return header;
    }

    private Node week() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setPadding(new Insets(0, 20, 16, 20));
        RowConstraints full = new RowConstraints();
        full.setVgrow(Priority.ALWAYS);
        full.setFillHeight(true);
        grid.getRowConstraints().add(full);
        for (int i = 0; i < 7; i++) {
            boolean weekend = i >= 5;
            ColumnConstraints column = new ColumnConstraints();
            // weekdays carry the work; the weekend stays visible but narrow
            column.setPercentWidth(weekend ? 7 : 17.2);
            column.setFillWidth(true);
            grid.getColumnConstraints().add(column);
            grid.add(dayColumn(i, weekend), i, 0);
        }
        Label empty = new Label();
        empty.setId("agenda-empty");
        empty.setWrapText(true);
        empty.setMaxWidth(540);
        empty.getStyleClass().addAll(Widgets.CARD, Styles.TEXT_MUTED);
        empty.textProperty().bind(i18n.text(m -> {
            UUID chosen = model.caseworkerProperty().get();
            return chosen == null ? m.get("agenda.empty.all") : m.get("agenda.empty", model.caseworkers().stream()
                    .filter(worker -> worker.id().equals(chosen)).map(Caseworker::name).findFirst().orElse(""));
        }, model.caseworkerProperty(), model.caseworkers()));
        BooleanBinding noneThisWeek = model.loadedProperty().and(model.countProperty().isEqualTo(0));
        empty.visibleProperty().bind(noneThisWeek);
        empty.managedProperty().bind(noneThisWeek);
        empty.setMouseTransparent(true);
        StackPane stack = new StackPane(grid, empty);
        StackPane.setAlignment(empty, Pos.TOP_CENTER);
        StackPane.setMargin(empty, new Insets(120, 0, 0, 0));
        return stack;
    }

    private Node dayColumn(int index, boolean weekend) {
        VBox header = new VBox(0);
        header.getStyleClass().add(DAY_HEADER);
        headers.add(header);
        ListView<Entry> list = new ListView<>();
        list.setId("agenda-day-" + (index + 1));
        list.setCellFactory(view -> new EntryCell());
        Label none = new Label(weekend ? "–" : "");
        if (!weekend) {
            none.textProperty().bind(i18n.text("agenda.day.none"));
        }
        none.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        // an empty week says so once, not seven times
        none.visibleProperty().bind(model.countProperty().greaterThan(0));
        VBox placeholder = new VBox(none);
        placeholder.setAlignment(Pos.TOP_CENTER);
        placeholder.setPadding(new Insets(14, 4, 0, 4));
        list.setPlaceholder(placeholder);
        list.setFocusTraversable(true);
        VBox.setVgrow(list, Priority.ALWAYS);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                selected.set(now);
                lists.stream().filter(other -> other != list).forEach(other -> other.getSelectionModel()
                        .clearSelection());
            } else if (lists.stream().allMatch(other -> other.getSelectionModel().isEmpty())) {
                selected.set(null);
            }
        });
        list.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.isAltDown() || event.isShortcutDown()) {
                return;
            }
            switch (event.getCode()) {
                case ENTER -> {
                    editSelected();
                    event.consume();
                }
                case LEFT -> {
                    moveTo(index, -1);
                    event.consume();
                }
                case RIGHT -> {
                    moveTo(index, +1);
                    event.consume();
                }
                default -> { }
            }
        });
        list.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && selected.get() != null) {
                editSelected();
            }
        });
        MenuItem edit = new MenuItem();
        edit.textProperty().bind(i18n.text("agenda.edit"));
        edit.setOnAction(event -> editSelected());
        MenuItem open = new MenuItem();
        open.textProperty().bind(i18n.text("agenda.openPerson"));
        open.setOnAction(event -> openSelectedPerson());
        ContextMenu menu = new ContextMenu(edit, open);
        menu.setOnShowing(event -> open.setDisable(selected.get() == null
                || selected.get().appointment().personId() == null));
        list.setContextMenu(menu);
        lists.add(list);
        VBox column = new VBox(header, list);
        column.getStyleClass().add(DAY);
        if (weekend) {
            column.getStyleClass().add(WEEKEND);
        }
        return column;
    }

    /** Left and right move to the nearest day with appointments, keeping the position in the day. */
    private void moveTo(int from, int direction) {
        int at = Math.max(0, lists.get(from).getSelectionModel().getSelectedIndex());
        for (int i = from + direction; i >= 0 && i < lists.size(); i += direction) {
            ListView<Entry> target = lists.get(i);
            if (!target.getItems().isEmpty()) {
                target.requestFocus();
                target.getSelectionModel().select(Math.min(at, target.getItems().size() - 1));
                target.scrollTo(target.getSelectionModel().getSelectedIndex());
                return;
            }
        }
    }

    private void fillDays() {
        Messages m = i18n.current();
        LocalDate today = model.today();
        UUID keep = selected.get() == null ? null : selected.get().appointment().id();
        DateTimeFormatter dayMonth = DateTimeFormatter.ofPattern(
                m.locale().getLanguage().equals("de") ? "dd.MM." : "dd/MM", m.locale());
        for (int i = 0; i < 7 && i < model.days().size(); i++) {
            Day day = model.days().get(i);
            boolean weekend = i >= 5;
            // two lines everywhere, so that the lists of all days start at the same height
            Label name = new Label(day.date().getDayOfWeek().getDisplayName(
                    weekend ? TextStyle.SHORT : TextStyle.FULL, m.locale()));
            name.getStyleClass().add(Styles.TEXT_BOLD);
            name.setMinWidth(Region.USE_PREF_SIZE);
            HBox first = new HBox(6, name);
            first.setAlignment(Pos.BASELINE_LEFT);
            VBox header = headers.get(i);
            header.getStyleClass().remove(TODAY);
            if (day.date().equals(today)) {
                header.getStyleClass().add(TODAY);
                Label badge = new Label(m.get("agenda.today"));
                badge.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.ACCENT, Styles.TEXT_BOLD);
                first.getChildren().addAll(grow(), badge);
            }
            String dayDate = day.date().format(dayMonth);
            Label second = new Label(weekend || day.entries().isEmpty() ? dayDate
                    : dayDate + " · " + m.get("agenda.count", day.entries().size()));
            second.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            header.getChildren().setAll(first, second);
            lists.get(i).getItems().setAll(day.entries());
        }
        if (keep != null) {
            select(keep);
        }
    }

    private void select(UUID appointmentId) {
        for (ListView<Entry> list : lists) {
            for (Entry entry : list.getItems()) {
                if (entry.appointment().id().equals(appointmentId)) {
                    list.getSelectionModel().select(entry);
                    return;
                }
            }
        }
        selected.set(null);
    }

    private void fillCaseworkers() {
        List<Caseworker> items = new ArrayList<>();
        items.add(EVERYONE);
        items.addAll(model.caseworkers());
        // a combo box keeps its shown value reliably only when its items are replaced at once, and only on a change
        if (!caseworkerBox.getItems().equals(items)) {
            syncing = true;
            try {
                caseworkerBox.getItems().setAll(items);
            } finally {
                syncing = false;
            }
        }
        selectCaseworker();
    }

    private void selectCaseworker() {
        UUID chosen = model.caseworkerProperty().get();
        syncing = true;
        try {
            caseworkerBox.setValue(caseworkerBox.getItems().stream().filter(w -> Objects.equals(w.id(), chosen))
                    .findFirst().orElse(EVERYONE));
        } finally {
            syncing = false;
        }
    }

    private String caseworkerName(Caseworker worker) {
        return worker.id() == null ? i18n.current().get("agenda.everyone") : worker.name();
    }

    /** A new appointment in the shown week for the chosen caseworker (Ctrl+Shift+N). */
    public Dialog<ButtonType> newAppointment() {
        return dialog.create(window(), model.dayForNew(), model.caseworkerProperty().get(), null, null, model::load);
    }

    /** A new appointment with a person (and their case, may be null) in the shown week. */
    public Dialog<ButtonType> newAppointmentFor(UUID personId, UUID caseId) {
        return dialog.create(window(), model.dayForNew(), model.caseworkerProperty().get(), personId, caseId,
                model::load);
    }

    /** Edits the selected appointment (Enter, double click). */
    public Dialog<ButtonType> editSelected() {
        Entry entry = selected.get();
        return entry == null ? null : dialog.edit(window(), entry.appointment(), model::load);
    }

    /** Shows the selected appointment's person in Personen &amp; Fälle. */
    public void openSelectedPerson() {
        Entry entry = selected.get();
        if (entry != null && entry.appointment().personId() != null) {
            navigator.openPerson(entry.appointment().personId());
        }
    }

    /** Selects the first appointment of the week, for keyboard use and screenshots; false when there is none. */
    public boolean selectFirst() {
        for (ListView<Entry> list : lists) {
            if (!list.getItems().isEmpty()) {
                list.requestFocus();
                list.getSelectionModel().selectFirst();
                return true;
            }
        }
        return false;
    }

    private void export() {
        Messages m = i18n.current();
        LocalDate monday = model.weekStartProperty().get();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("agenda.export.title"));
        chooser.setInitialFileName(m.get("agenda.export.fileName", String.valueOf(AgendaExport.weekYear(monday)),
                String.format("%02d", AgendaExport.week(monday))));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("agenda.export.filter"), "*.ics"));
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            model.export(file.toPath());
        }
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private Button button(String id, String textKey, String tooltipKey, Runnable action) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(i18n.text(textKey));
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(i18n.text(tooltipKey));
        button.setTooltip(tooltip);
        button.setOnAction(event -> action.run());
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    private static Region grow() {
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        return grow;
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(java.time.temporal.TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** One appointment: time, title, person, place, interpreter, and whose it is when all are shown. */
    private final class EntryCell extends ListCell<Entry> {

        private final Label time = new Label();
        private final Label title = new Label();
        private final Label person = new Label();
        private final Label place = new Label();
        private final Label interpreter = new Label();
        private final Label caseworker = new Label();
        private final VBox box = new VBox(1, time, title, person, place, interpreter, caseworker);
        private final Tooltip tooltip = new Tooltip();

        EntryCell() {
            time.getStyleClass().addAll(Styles.TEXT_BOLD, Styles.TEXT_SMALL);
            person.getStyleClass().add(Styles.TEXT_SMALL);
            place.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            interpreter.getStyleClass().addAll(Styles.TEXT_SMALL, INTERPRETER);
            caseworker.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            for (Node node : box.getChildren()) {
                Label label = (Label) node;
                label.setWrapText(true);
                label.setMaxWidth(Double.MAX_VALUE);
                label.managedProperty().bind(label.visibleProperty());
            }
            box.getStyleClass().add(ENTRY);
            box.setMinWidth(0);
            box.setPrefWidth(0);
            setPrefWidth(0);
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(380);
        }

        /** As high as the wrapped lines need at the width of the day (a labeled cell would ask its graphic unwrapped). */
        @Override
        protected double computePrefHeight(double width) {
            if (getGraphic() == null) {
                return super.computePrefHeight(width);
            }
            double available = (width > 0 ? width : getListView() == null ? 160 : getListView().getWidth())
                    - snappedLeftInset() - snappedRightInset();
            return snappedTopInset() + box.prefHeight(available) + snappedBottomInset();
        }

        @Override
        protected void updateItem(Entry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            Messages m = i18n.current();
            Appointment a = entry.appointment();
            DateTimeFormatter hhmm = DateTimeFormatter.ofPattern("HH:mm");
            time.setText(a.startsAt().format(hhmm) + "–" + a.endsAt().format(hhmm));
            title.setText(a.title());
            show(person, entry.personName());
            show(place, join(a.place(), a.withWhom() == null ? null : m.get("agenda.with", a.withWhom())));
            show(interpreter, a.interpreterLanguage() == null ? null
                    : m.get("agenda.interpreter", Languages.name(a.interpreterLanguage(), m.locale())));
            show(caseworker, model.caseworkerProperty().get() == null ? entry.caseworkerName() : null);
            tooltip.setText(String.join("\n", nonNull(time.getText() + "  " + a.title(), entry.personName(),
                    a.place(), a.withWhom() == null ? null : m.get("agenda.with", a.withWhom()),
                    interpreter.isVisible() ? interpreter.getText() : null,
                    a.reminderMinutes() == null ? null : m.get("agenda.reminder", a.reminderMinutes()),
                    entry.caseworkerName())));
            setTooltip(tooltip);
            setText(null);
            setGraphic(box);
        }

        private static void show(Label label, String text) {
            label.setText(text);
            label.setVisible(text != null && !text.isBlank());
        }

        private static String join(String first, String second) {
            return first == null ? second : second == null ? first : first + " · " + second;
        }

        private static List<String> nonNull(String... parts) {
            List<String> kept = new ArrayList<>();
            for (String part : parts) {
                if (part != null && !part.isBlank()) {
                    kept.add(part);
                }
            }
            return kept;
        }
    }
}
