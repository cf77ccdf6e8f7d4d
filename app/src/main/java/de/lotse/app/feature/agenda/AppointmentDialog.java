package de.lotse.app.feature.agenda;

import atlantafx.base.theme.Styles;
import de.lotse.app.i18n.Messages;
import de.lotse.app.ui.I18n;
import de.lotse.app.ui.TaskRunner;
import de.lotse.app.ui.Themes;
import de.lotse.app.ui.Widgets;
import de.lotse.core.agenda.AgendaService;
import de.lotse.core.agenda.Appointment;
import de.lotse.core.directory.Caseworker;
import de.lotse.core.directory.DirectoryService;
import de.lotse.core.person.PersonNames;
import de.lotse.core.person.PersonRow;
import de.lotse.core.person.PersonService;
import de.lotse.core.text.Days;
import de.lotse.core.validation.FieldProblem;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.MapChangeListener;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The dialog of one appointment: date, time and duration, title, place, with whom, interpreter
 * language, reminder, caseworker and person. Problems appear beside the fields and keep the
 * dialog open; Esc cancels; deleting asks first.
 *
 * <p>Any view can plan an appointment with it: the composition root makes one and hands it on,
 * e.g. {@code appointments.create(owner, day, caseworkerId, personId, caseId, onChanged)}.
 */
public final class AppointmentDialog {

    /** An item of the caseworker box that stands for "nobody". */
    private static final Caseworker NOBODY = new Caseworker(null, "");
    /** An item of the language box that stands for "no interpreter needed". */
    private static final String NO_LANGUAGE = "";

    private final AgendaService agenda;
    private final DirectoryService directory;
    private final PersonService people;
    private final TaskRunner tasks;
    private final I18n i18n;
    private final Consumer<Throwable> onFailure;

    public AppointmentDialog(AgendaService agenda, DirectoryService directory, PersonService people,
            TaskRunner tasks, I18n i18n, Consumer<Throwable> onFailure) {
        this.agenda = agenda;
        this.directory = directory;
        this.people = people;
        this.tasks = tasks;
        this.i18n = i18n;
        this.onFailure = onFailure;
    }

    /**
     * Shows the dialog for a new appointment on {@code day} (09:00, 45 minutes) for the caseworker,
     * with the person and their case when given; any of the ids may be null. {@code onChanged}
     * runs after the appointment was saved. Returns the dialog shown (not waiting for it).
     */
    public Dialog<ButtonType> create(Window owner, LocalDate day, UUID caseworkerId, UUID personId, UUID caseId,
            Runnable onChanged) {
        return show(owner, AppointmentEditorViewModel.create(agenda, directory, people, tasks, onFailure, day,
                caseworkerId, personId, caseId), i18n, onChanged);
    }

    /** Shows the dialog of a stored appointment; {@code onChanged} runs after it was saved or deleted. */
    public Dialog<ButtonType> edit(Window owner, Appointment stored, Runnable onChanged) {
        return show(owner, AppointmentEditorViewModel.edit(agenda, directory, people, tasks, onFailure, stored), i18n,
                onChanged);
    }

    /** Shows the form of {@code editor} in a dialog; returns it at once. */
    public static Dialog<ButtonType> show(Window owner, AppointmentEditorViewModel editor, I18n i18n,
            Runnable onChanged) {
        Dialog<ButtonType> dialog = new Form(editor, i18n, onChanged).dialog;
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.show();
        return dialog;
    }

    /** The dialog's content: built once per dialog. */
    private static final class Form {

        private final AppointmentEditorViewModel model;
        private final I18n i18n;
        private final Messages m;
        private final Dialog<ButtonType> dialog = new Dialog<>();
        private final GridPane grid = new GridPane();
        private int row;

        Form(AppointmentEditorViewModel model, I18n i18n, Runnable onChanged) {
            this.model = model;
            this.i18n = i18n;
            this.m = i18n.current();

            dialog.setTitle(m.get(model.isNew() ? "agenda.dialog.new" : "agenda.dialog.edit"));
            Label heading = new Label(dialog.getTitle());
            heading.getStyleClass().add(Styles.TITLE_3);

            grid.setHgap(14);
            grid.setVgap(8);
            ColumnConstraints labels = new ColumnConstraints(150);
            ColumnConstraints fields = new ColumnConstraints(260, 380, 520);
            fields.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().addAll(labels, fields);

            TextField title = text("field-title", model.titleProperty(), "agenda.dialog.title.prompt");
            addRow("agenda.dialog.title", title, "title");
            DatePicker date = datePicker();
            addRow("agenda.dialog.date", date, "date");
            addRow("agenda.dialog.time", timeAndDuration(), "startTime", "minutes");
            addRow("agenda.dialog.place", text("field-place", model.placeProperty(), "agenda.dialog.place.prompt"),
                    "place");
            addRow("agenda.dialog.withWhom", text("field-withWhom", model.withWhomProperty(),
                    "agenda.dialog.withWhom.prompt"), "withWhom");
            addRow("agenda.dialog.interpreter", languageBox(), "interpreterLanguage");
            addRow("agenda.dialog.reminder", reminder(), "reminder");
            addRow("agenda.dialog.caseworker", caseworkerBox(), "caseworker");
            addRow("agenda.dialog.person", personChooser(), "person");

            VBox content = new VBox(14, heading, grid);
            content.setPadding(new Insets(20, 24, 4, 24));
            dialog.getDialogPane().setContent(content);
            dialog.getDialogPane().setId("appointment-dialog");
            dialog.setResizable(true);

            ButtonType save = new ButtonType(m.get("agenda.dialog.save"), ButtonBar.ButtonData.OK_DONE);
            ButtonType cancel = new ButtonType(m.get("agenda.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
            dialog.getDialogPane().getButtonTypes().addAll(save, cancel);
            Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
            saveButton.setId("appointment-save");
            saveButton.setDefaultButton(true);
            saveButton.setTooltip(new Tooltip(m.get("agenda.dialog.save.tooltip")));
            saveButton.addEventFilter(ActionEvent.ACTION, event -> {
                event.consume();
                model.save(saved -> close(save, onChanged));
            });
            ((Button) dialog.getDialogPane().lookupButton(cancel)).setTooltip(new Tooltip("Esc"));
            if (!model.isNew()) {
                ButtonType delete = new ButtonType(m.get("agenda.dialog.delete"), ButtonBar.ButtonData.LEFT);
                dialog.getDialogPane().getButtonTypes().add(delete);
                Button deleteButton = (Button) dialog.getDialogPane().lookupButton(delete);
                deleteButton.setId("appointment-delete");
                deleteButton.getStyleClass().add(Styles.DANGER);
                deleteButton.addEventFilter(ActionEvent.ACTION, event -> {
                    event.consume();
                    if (confirmDelete()) {
                        model.delete(() -> close(delete, onChanged));
                    }
                });
            }
            if (dialog.getDialogPane().getScene() != null) {
                Themes.style(dialog.getDialogPane().getScene());
            }
            dialog.setOnShown(event -> Platform.runLater(title::requestFocus));
            // problems and the person's matches make the form taller: the window follows
            model.problems().addListener((MapChangeListener<String, FieldProblem>) change -> fitWindow());
        }

        private void fitWindow() {
            Platform.runLater(() -> {
                if (dialog.getDialogPane().getScene() != null && dialog.getDialogPane().getScene().getWindow() != null
                        && dialog.isShowing()) {
                    dialog.getDialogPane().getScene().getWindow().sizeToScene();
                }
            });
        }

        private void close(ButtonType result, Runnable onChanged) {
            dialog.setResult(result);
            dialog.close();
            onChanged.run();
        }

        private boolean confirmDelete() {
            ButtonType delete = new ButtonType(m.get("agenda.dialog.delete"), ButtonBar.ButtonData.OK_DONE);
            ButtonType keep = new ButtonType(m.get("agenda.dialog.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION, m.get("agenda.dialog.delete.question",
                    model.titleProperty().get().strip()), delete, keep);
            alert.setTitle(m.get("agenda.dialog.delete.title"));
            alert.setHeaderText(null);
            alert.initOwner(dialog.getDialogPane().getScene().getWindow());
            // the safe answer is the default: Enter keeps the appointment
            ((Button) alert.getDialogPane().lookupButton(delete)).setDefaultButton(false);
            ((Button) alert.getDialogPane().lookupButton(keep)).setDefaultButton(true);
            return alert.showAndWait().orElse(keep) == delete;
        }

        private TextField text(String id, javafx.beans.property.StringProperty value, String promptKey) {
            TextField field = new TextField();
            field.setId(id);
            field.textProperty().bindBidirectional(value);
            if (promptKey != null) {
                field.setPromptText(m.get(promptKey));
            }
            return field;
        }

        private DatePicker datePicker() {
            DatePicker picker = new DatePicker();
            picker.setId("field-date");
            picker.setConverter(dateConverter(m));
            picker.setPromptText(m.get("agenda.dialog.date.prompt"));
            picker.valueProperty().bindBidirectional(model.dateProperty());
            picker.setMaxWidth(180);
            return picker;
        }

        private Node timeAndDuration() {
            TextField start = text("field-startTime", model.startTimeProperty(), "agenda.dialog.time.prompt");
            start.setPrefColumnCount(5);
            start.setMaxWidth(90);
            problemStyle(start, "startTime");
            TextField minutes = text("field-minutes", model.minutesProperty(), null);
            minutes.setPrefColumnCount(4);
            minutes.setMaxWidth(70);
            problemStyle(minutes, "minutes");
            Label duration = muted("agenda.dialog.duration");
            duration.setLabelFor(minutes);
            HBox line = new HBox(10, start, duration, minutes, muted("agenda.dialog.minutes"));
            line.setAlignment(Pos.CENTER_LEFT);
            return line;
        }

        private Node reminder() {
            TextField minutes = text("field-reminder", model.reminderProperty(), null);
            minutes.setPrefColumnCount(4);
            minutes.setMaxWidth(70);
            problemStyle(minutes, "reminder");
            HBox line = new HBox(10, minutes, muted("agenda.dialog.reminder.unit"));
            line.setAlignment(Pos.CENTER_LEFT);
            return line;
        }

        private ComboBox<String> languageBox() {
            ComboBox<String> box = new ComboBox<>();
            box.setId("field-interpreterLanguage");
            box.getItems().add(NO_LANGUAGE);
            box.getItems().addAll(Languages.codes(m.locale()));
            box.setVisibleRowCount(12);
            cells(box, code -> code.isEmpty() ? m.get("agenda.dialog.noInterpreter")
                    : Languages.name(code, m.locale()));
            box.setValue(model.interpreterLanguageProperty().get() == null ? NO_LANGUAGE
                    : model.interpreterLanguageProperty().get());
            box.valueProperty().addListener((obs, old, code) -> model.interpreterLanguageProperty()
                    .set(code == null || code.isEmpty() ? null : code));
            typeToFind(box, code -> code.isEmpty() ? "" : Languages.name(code, m.locale()));
            box.setTooltip(new Tooltip(m.get("agenda.dialog.interpreter.tooltip")));
            return box;
        }

        private ComboBox<Caseworker> caseworkerBox() {
            ComboBox<Caseworker> box = new ComboBox<>();
            box.setId("field-caseworker");
            cells(box, worker -> worker.id() == null ? m.get("agenda.dialog.nobody") : worker.name());
            Runnable fill = () -> {
                List<Caseworker> items = new java.util.ArrayList<>();
                items.add(NOBODY);
                items.addAll(model.caseworkers());
                box.getItems().setAll(items);
                UUID chosen = model.caseworkerProperty().get();
                box.setValue(box.getItems().stream().filter(w -> Objects.equals(w.id(), chosen)).findFirst()
                        .orElse(NOBODY));
            };
            fill.run();
            model.caseworkers().addListener((javafx.collections.ListChangeListener<Caseworker>) change -> fill.run());
            box.valueProperty().addListener((obs, old, worker) -> {
                if (worker != null) {
                    model.caseworkerProperty().set(worker.id());
                }
            });
            return box;
        }

        private Node personChooser() {
            Label chosen = new Label();
            chosen.setId("appointment-person");
            chosen.textProperty().bind(model.personNameProperty());
            chosen.getStyleClass().add(Styles.TEXT_BOLD);
            chosen.setWrapText(true);
            Button remove = new Button(m.get("agenda.dialog.person.remove"));
            remove.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
            remove.setOnAction(event -> model.clearPerson());
            HBox current = new HBox(10, chosen, remove);
            current.setAlignment(Pos.CENTER_LEFT);
            BooleanBinding hasPerson = model.personProperty().isNotNull();
            current.visibleProperty().bind(hasPerson);
            current.managedProperty().bind(hasPerson);

            TextField search = text("field-person-search", model.personQueryProperty(), null);
            search.promptTextProperty().bind(Bindings.when(hasPerson).then(m.get("agenda.dialog.person.other"))
                    .otherwise(m.get("agenda.dialog.person.prompt")));
            ListView<PersonRow> matches = new ListView<>(model.personMatches());
            matches.setId("appointment-person-matches");
            matches.setPrefHeight(150);
            matches.setCellFactory(list -> new ListCell<>() {
                @Override
                protected void updateItem(PersonRow item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? null : describe(item));
                }
            });
            BooleanBinding anyMatches = Bindings.isNotEmpty(model.personMatches())
                    .and(model.personQueryProperty().isNotEmpty());
            matches.visibleProperty().bind(anyMatches);
            matches.managedProperty().bind(anyMatches);
            anyMatches.addListener((obs, old, now) -> fitWindow());
            search.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
                if (!matches.isVisible()) {
                    return;
                }
                if (event.getCode() == KeyCode.DOWN) {
                    matches.requestFocus();
                    matches.getSelectionModel().selectFirst();
                    event.consume();
                } else if (event.getCode() == KeyCode.ENTER) {
                    model.choosePerson(model.personMatches().getFirst());
                    event.consume();
                }
            });
            matches.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
                PersonRow selected = matches.getSelectionModel().getSelectedItem();
                if (event.getCode() == KeyCode.ENTER && selected != null) {
                    model.choosePerson(selected);
                    search.requestFocus();
                    event.consume();
                } else if (event.getCode() == KeyCode.ESCAPE) {
                    model.personQueryProperty().set("");
                    search.requestFocus();
                    event.consume();
                }
            });
            matches.setOnMouseClicked(event -> {
                PersonRow selected = matches.getSelectionModel().getSelectedItem();
                if (event.getButton() == MouseButton.PRIMARY && selected != null) {
                    model.choosePerson(selected);
                    search.requestFocus();
                }
            });
            Label hint = new Label(m.get("agenda.dialog.person.hint"));
            hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            hint.setWrapText(true);
            hint.setMinHeight(Region.USE_PREF_SIZE);
            return new VBox(6, current, search, matches, hint);
        }

        private String describe(PersonRow row) {
            return String.join(" · ", PersonNames.display(row.familyName(), row.givenName()),
                    row.birthDate() == null ? "–" : row.birthDate().format(), row.city() == null ? "" : row.city())
                    .replaceAll(" · $", "");
        }

        private Label muted(String key) {
            Label label = Widgets.label(i18n, key, Styles.TEXT_MUTED);
            label.setMinWidth(Region.USE_PREF_SIZE);
            return label;
        }

        /** A label, the input, and beneath it the problems of the row's fields (hidden while there are none). */
        private void addRow(String labelKey, Node input, String... fields) {
            Label label = Widgets.label(i18n, labelKey, Styles.TEXT_MUTED);
            label.setWrapText(true);
            if (input instanceof Control control) {
                label.setLabelFor(control);
                control.setMaxWidth(control.getMaxWidth() == Control.USE_COMPUTED_SIZE ? Double.MAX_VALUE
                        : control.getMaxWidth());
                for (String field : fields) {
                    problemStyle(control, field);
                }
            }
            List<String> own = List.of(fields);
            Label problem = new Label();
            problem.setId("problem-" + fields[0]);
            problem.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
            problem.setWrapText(true);
            problem.textProperty().bind(Bindings.createStringBinding(() -> own.stream()
                    .map(field -> model.problems().get(field)).filter(Objects::nonNull)
                    .map(this::describe).collect(Collectors.joining(" · ")), model.problems()));
            BooleanBinding hasProblem = Bindings.createBooleanBinding(
                    () -> own.stream().anyMatch(model.problems()::containsKey), model.problems());
            problem.visibleProperty().bind(hasProblem);
            problem.managedProperty().bind(hasProblem);
            grid.add(label, 0, row);
            grid.add(new VBox(3, input, problem), 1, row++);
            GridPane.setValignment(label, VPos.TOP);
            GridPane.setMargin(label, new Insets(6, 0, 0, 0));
        }

        private String describe(FieldProblem problem) {
            return m.problem(problem);
        }

        private void problemStyle(Control input, String field) {
            model.problems().addListener((MapChangeListener<String, FieldProblem>) change ->
                    input.pseudoClassStateChanged(Styles.STATE_DANGER, model.problems().containsKey(field)));
        }
    }

    /** Dates as the screen writes them ({@code dd.MM.yyyy} in German); typing also takes short forms. */
    static StringConverter<LocalDate> dateConverter(Messages messages) {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return Days.format(date, messages.locale());
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                // the date picker keeps its value for a text it cannot read
                return Days.parseAhead(text).orElseThrow(() -> new DateTimeParseException("not a date", text, 0));
            }
        };
    }

    static <T> void cells(ComboBox<T> box, Function<T, String> text) {
        box.setCellFactory(list -> cell(text));
        box.setButtonCell(cell(text));
    }

    private static <T> ListCell<T> cell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }

    /** Typing letters in a closed or open box selects the first item whose name starts with them. */
    static <T> void typeToFind(ComboBox<T> box, Function<T, String> name) {
        StringBuilder typed = new StringBuilder();
        long[] last = {0};
        box.addEventHandler(KeyEvent.KEY_TYPED, event -> {
            String character = event.getCharacter();
            if (character.isEmpty() || Character.isISOControl(character.charAt(0))) {
                return;
            }
            long now = System.currentTimeMillis();
            if (now - last[0] > 1000) {
                typed.setLength(0);
            }
            last[0] = now;
            typed.append(character.toLowerCase(Locale.ROOT));
            String prefix = typed.toString();
            box.getItems().stream().filter(item -> name.apply(item).toLowerCase(Locale.ROOT).startsWith(prefix))
                    .findFirst().ifPresent(item -> box.getSelectionModel().select(item));
            event.consume();
        });
    }
}
