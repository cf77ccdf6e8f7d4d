package de.lotse.app.feature.directory;

import atlantafx.base.theme.Styles;
import de.lotse.app.i18n.Messages;
import de.lotse.app.ui.I18n;
import de.lotse.app.ui.Widgets;
import de.lotse.core.validation.FieldProblem;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ObservableMap;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A form of labelled inputs, each with its problem beneath it (hidden while there is none). */
final class FormGrid {

    private final I18n i18n;
    private final ObservableMap<String, FieldProblem> problems;
    private final GridPane grid = new GridPane();
    private int row;

    FormGrid(I18n i18n, ObservableMap<String, FieldProblem> problems) {
        this.i18n = i18n;
        this.problems = problems;
        grid.setHgap(14);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints inputs = new ColumnConstraints(160, 320, Double.MAX_VALUE);
        inputs.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, inputs);
    }

    GridPane grid() {
        return grid;
    }

    /** Adds a row for the field {@code field}; returns the input. */
    <T extends Control> T add(String field, String labelKey, T input) {
        return add(new ReadOnlyStringWrapper(field), labelKey, input);
    }

    /** Adds a row whose problem is the one of the field {@code field} names at the time (a step by position). */
    <T extends Control> T add(ObservableStringValue field, String labelKey, T input) {
        Label label = Widgets.label(i18n, labelKey, Styles.TEXT_MUTED);
        label.setLabelFor(input);
        label.setMinWidth(Region.USE_PREF_SIZE);
        Label problem = new Label();
        problem.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        problem.setWrapText(true);
        problem.textProperty().bind(i18n.text(m -> describe(m, problems.get(field.get())), problems, field));
        var hasProblem = Bindings.createBooleanBinding(() -> problems.containsKey(field.get()), problems, field);
        problem.visibleProperty().bind(hasProblem);
        problem.managedProperty().bind(hasProblem);
        hasProblem.addListener((obs, old, now) -> input.pseudoClassStateChanged(Styles.STATE_DANGER, now));
        input.setMaxWidth(Double.MAX_VALUE);
        if (input.getId() != null) {
            problem.setId("problem-" + input.getId().replaceFirst("^field-", ""));
        }
        grid.add(label, 0, row);
        grid.add(new VBox(3, input, problem), 1, row++);
        GridPane.setValignment(label, VPos.TOP);
        GridPane.setMargin(label, new Insets(6, 0, 0, 0));
        return input;
    }

    /** Adds a node under a label, with no problem of its own. */
    void addPlain(String labelKey, Node node) {
        Label label = Widgets.label(i18n, labelKey, Styles.TEXT_MUTED);
        label.setMinWidth(Region.USE_PREF_SIZE);
        grid.add(label, 0, row);
        grid.add(node, 1, row++);
        GridPane.setValignment(label, VPos.TOP);
        GridPane.setMargin(label, new Insets(4, 0, 0, 0));
    }

    static String describe(Messages messages, FieldProblem problem) {
        return problem == null ? "" : messages.problem(problem);
    }
}
