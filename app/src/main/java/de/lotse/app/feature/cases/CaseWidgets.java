package de.lotse.app.feature.cases;

import atlantafx.base.theme.Styles;
import de.lotse.app.i18n.Messages;
import de.lotse.app.ui.I18n;
import de.lotse.app.ui.UnsavedChanges;
import de.lotse.app.ui.Widgets;
import de.lotse.app.ui.form.FormModel;
import de.lotse.core.cases.CaseStatus;
import de.lotse.core.directory.StepPriority;
import de.lotse.core.validation.FieldProblem;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Callback;

/** The building blocks the case screens share: labelled fields with their problems, badges, columns, dialogs. */
final class CaseWidgets {

    static final String CSS = CaseWidgets.class.getResource("/de/lotse/app/feature/cases/cases.css").toExternalForm();
    private static final String LOTSE_CSS = CaseWidgets.class.getResource("/de/lotse/app/lotse.css").toExternalForm();

    private CaseWidgets() {
    }

    /** A form of labelled fields; each field's problem shows beneath it while there is one. */
    static final class Form {

        private final I18n i18n;
        private final ObservableMap<String, FieldProblem> problems;
        private final GridPane grid = new GridPane();
        private int row;

        Form(I18n i18n, ObservableMap<String, FieldProblem> problems) {
            this.i18n = i18n;
            this.problems = problems;
            grid.setHgap(14);
            grid.setVgap(8);
            ColumnConstraints labels = new ColumnConstraints();
            labels.setMinWidth(140);
            ColumnConstraints fields = new ColumnConstraints(220, 340, Double.MAX_VALUE);
            fields.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().addAll(labels, fields);
        }

        GridPane grid() {
            return grid;
        }

        TextField text(String field, String labelKey, StringProperty value, String promptKey) {
            TextField input = new TextField();
            input.textProperty().bindBidirectional(value);
            if (promptKey != null) {
                input.promptTextProperty().bind(i18n.text(promptKey));
            }
            add(field, labelKey, input);
            return input;
        }

        TextArea area(String field, String labelKey, StringProperty value) {
            TextArea input = new TextArea();
            input.setWrapText(true);
            input.setPrefRowCount(3);
            input.textProperty().bindBidirectional(value);
            add(field, labelKey, input);
            return input;
        }

        <T> ComboBox<T> choice(String field, String labelKey, ObjectProperty<T> value, List<T> items,
                BiFunction<Messages, T, String> text) {
            ComboBox<T> input = new ComboBox<>();
            input.getItems().setAll(items);
            input.valueProperty().bindBidirectional(value);
            cells(i18n, input, text);
            add(field, labelKey, input);
            return input;
        }

        /** A label, the input, and beneath it the field's problem (hidden while there is none). */
        void add(String field, String labelKey, javafx.scene.layout.Region input) {
            Label label = Widgets.label(i18n, labelKey, Styles.TEXT_MUTED);
            label.setLabelFor(input);
            label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            input.setId("field-" + field);
            input.setMaxWidth(Double.MAX_VALUE);
            grid.add(label, 0, row);
            grid.add(new VBox(3, input, problemLabel(i18n, problems, field, input)), 1, row++);
            GridPane.setValignment(label, VPos.TOP);
            GridPane.setMargin(label, new Insets(6, 0, 0, 0));
        }
    }

    /** The problem of {@code field} beneath its input, marking the input red while it has one. */
    static Label problemLabel(I18n i18n, ObservableMap<String, FieldProblem> problems, String field, Node input) {
        Label problem = new Label();
        problem.setId("problem-" + field);
        problem.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        problem.setWrapText(true);
        problem.textProperty().bind(i18n.text(m -> describe(m, problems.get(field)), problems));
        var hasProblem = Bindings.createBooleanBinding(() -> problems.containsKey(field), problems);
        problem.visibleProperty().bind(hasProblem);
        problem.managedProperty().bind(hasProblem);
        if (input != null) {
            problems.addListener((MapChangeListener<String, FieldProblem>) change ->
                    input.pseudoClassStateChanged(Styles.STATE_DANGER, problems.containsKey(field)));
        }
        return problem;
    }

    static String describe(Messages messages, FieldProblem problem) {
        return problem == null ? "" : messages.problem(problem);
    }

    /** Cells showing {@code text} of an item in the current language, made anew when the language changes. */
    static <T> void cells(I18n i18n, ComboBox<T> box, BiFunction<Messages, T, String> text) {
        Callback<ListView<T>, ListCell<T>> factory = list -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : text.apply(i18n.current(), item));
            }
        };
        box.setCellFactory(factory);
        box.setButtonCell(factory.call(null));
        i18n.messagesProperty().addListener((obs, old, now) -> box.setButtonCell(factory.call(null)));
    }

    /** The label of an enum constant: {@code stepPriority.IMMEDIATE} and the like. */
    static String label(Messages messages, Enum<?> value) {
        if (value == null) {
            return "";
        }
        String type = value.getDeclaringClass().getSimpleName();
        return messages.get(Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + value.name());
    }

    /** A coloured badge for a step's priority: sofort red, unabdingbar orange, kann warten grey. */
    static Label priorityBadge(Messages messages, StepPriority priority) {
        Label badge = new Label(label(messages, priority));
        badge.getStyleClass().addAll("case-badge", "case-priority-" + priority.name().toLowerCase(Locale.ROOT)
                .replace('_', '-'));
        badge.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return badge;
    }

    static void styleStatusBadge(Label badge, CaseStatus status) {
        badge.getStyleClass().removeIf(style -> style.startsWith("case-status-"));
        if (!badge.getStyleClass().contains("case-badge")) {
            badge.getStyleClass().add("case-badge");
        }
        if (status != null) {
            badge.getStyleClass().add("case-status-" + status.name().toLowerCase(Locale.ROOT));
        }
    }

    /** A column showing {@code text} of a row; the row itself is the cell's value. */
    static <S> TableColumn<S, S> column(I18n i18n, String key, BiFunction<Messages, S, String> text, double width) {
        TableColumn<S, S> column = new TableColumn<>();
        column.textProperty().bind(i18n.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(S item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(i18n.current(), item));
            }
        });
        column.setPrefWidth(width);
        return column;
    }

    /** A column whose cells are made by {@code graphic} (a badge, a coloured date). */
    static <S> TableColumn<S, S> graphicColumn(I18n i18n, String key, BiFunction<Messages, S, Node> graphic,
            double width) {
        TableColumn<S, S> column = new TableColumn<>();
        column.textProperty().bind(i18n.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(S item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                setGraphic(empty || item == null ? null : graphic.apply(i18n.current(), item));
            }
        });
        column.setPrefWidth(width);
        return column;
    }

    static Button button(I18n i18n, String key, String id, Runnable action) {
        Button button = new Button();
        button.textProperty().bind(i18n.text(key));
        button.setId(id);
        button.setOnAction(event -> action.run());
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return button;
    }

    /** Styles a dialog like the main window. */
    static void style(DialogPane pane) {
        pane.getStylesheets().addAll(LOTSE_CSS, CSS);
    }

    /**
     * Shows a record form in a dialog. Saving keeps the dialog open while the record has problems
     * (they show beside the fields); Esc or Abbrechen on a changed form asks before the changes
     * are dropped. {@code save} is given what closes the dialog once the record is saved.
     */
    static Dialog<ButtonType> formDialog(Window owner, I18n i18n, String titleKey, Node content, FormModel<?> form,
            Consumer<Runnable> save) {
        Messages m = i18n.current();
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(m.get(titleKey));
        dialog.setHeaderText(m.get(titleKey));
        dialog.setResizable(true);
        DialogPane pane = dialog.getDialogPane();
        style(pane);
        ButtonType saveType = new ButtonType(m.get("cases.dialog.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancelType = new ButtonType(m.get("cases.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(saveType, cancelType);
        pane.setContent(content);
        pane.setPrefWidth(560);
        boolean[] saved = {false};
        Runnable close = () -> {
            saved[0] = true;
            dialog.setResult(saveType);
            dialog.close();
        };
        Button saveButton = (Button) pane.lookupButton(saveType);
        saveButton.setId("dialog-save");
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            save.accept(close);
        });
        dialog.setOnCloseRequest(event -> {
            if (saved[0] || !form.isDirty()) {
                return;
            }
            switch (askUnsaved(dialog.getDialogPane().getScene().getWindow(), m, "cases.unsaved.record")) {
                case SAVE -> {
                    event.consume();
                    save.accept(close);
                }
                case DISCARD -> { }
                case STAY -> event.consume();
            }
        });
        return dialog;
    }

    /** Asks before unsaved changes are left behind: save, discard, or back to them. */
    static UnsavedChanges.Choice askUnsaved(Window owner, Messages messages, String textKey) {
        ButtonType save = new ButtonType(messages.get("editor.unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(messages.get("editor.unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType stay = new ButtonType(messages.get("editor.unsaved.stay"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.get(textKey), save, discard, stay);
        alert.setTitle(messages.get("editor.unsaved.title"));
        alert.setHeaderText(null);
        if (owner != null) {
            alert.initOwner(owner);
        }
        ButtonType chosen = alert.showAndWait().orElse(stay);
        return chosen == save ? UnsavedChanges.Choice.SAVE
                : chosen == discard ? UnsavedChanges.Choice.DISCARD : UnsavedChanges.Choice.STAY;
    }

}
