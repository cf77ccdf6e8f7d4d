package de.lotse.app.feature.directory;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import de.lotse.app.i18n.Messages;
import de.lotse.app.ui.I18n;
import de.lotse.app.ui.Widgets;
import de.lotse.app.ui.form.Form;
import de.lotse.app.ui.form.FormMode;
import de.lotse.core.directory.OrganisationKind;
import de.lotse.core.directory.PlanTemplate;
import de.lotse.core.directory.StepCategory;
import de.lotse.core.directory.StepPriority;
import de.lotse.core.text.GermanOrder;
import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Plan templates: the list on the left; beside it one template with its steps in order. */
public final class TemplatesView extends ListFormView<PlanTemplate> {

    private static final PseudoClass DANGER = Styles.STATE_DANGER;
    /** Style class of the steps table in {@code lotse.css}: rows with a problem are marked. */
    private static final String STEPS = "lotse-steps";

    private final TemplatesViewModel model;
    private final SplitPane root;
    private final TableView<StepRow> stepsTable = new TableView<>();
    private final TextField nameField = new TextField();
    private final TextField stepTitle = new TextField();
    private final ComboBox<StepCategory> stepCategory = new ComboBox<>();
    private final ComboBox<StepPriority> stepPriority = new ComboBox<>();
    private final TextField stepDays = new TextField();
    private final ComboBox<OrganisationKind> stepKind = new ComboBox<>();
    private final Collator collator = GermanOrder.collator();
    private StepRow bound;

    public TemplatesView(TemplatesViewModel model, I18n i18n) {
        super(model, i18n, PlanTemplate::id, "directory.templates.unsaved");
        this.model = model;
        root = new SplitPane(list(), form());
        root.setDividerPositions(0.27);
        root.setId("templates-view");
    }

    @Override
    public Parent root() {
        return root;
    }

    private Node list() {
        Label title = Widgets.label(i18n, "directory.templates.title", Styles.TITLE_2);
        title.setMinWidth(Region.USE_PREF_SIZE);
        Button add = new Button();
        add.textProperty().bind(i18n.text("directory.templates.new.button"));
        add.setId("templates-new");
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setOnAction(event -> newRecord());

        table.setId("templates-table");
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // the name wraps, the number of steps beneath it
        TableColumn<PlanTemplate, PlanTemplate> name = new TableColumn<>();
        name.textProperty().bind(i18n.text("directory.templates.column.name"));
        name.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        name.setCellFactory(column -> new TwoLineCell<>(PlanTemplate::name,
                template -> i18n.current().get("directory.templates.steps", template.steps().size())));
        name.setComparator((a, b) -> collator.compare(a.name(), b.name()));
        table.getColumns().add(name);
        SortedList<PlanTemplate> sorted = new SortedList<>(model.templates());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(Widgets.label(i18n, "directory.templates.empty", Styles.TEXT_MUTED));
        VBox.setVgrow(table, Priority.ALWAYS);
        // the list is read anew after a save: the record in the form stays selected
        followSelection(model.templates());

        VBox box = new VBox(16, new VBox(10, title, add), table);
        box.setPadding(new Insets(24, 16, 16, 20));
        return box;
    }

    private Node form() {
        Label title = new Label();
        title.getStyleClass().add(Styles.TITLE_3);
        title.setId("template-title");
        title.setWrapText(true);
        title.textProperty().bind(i18n.text(m -> switch (model.modeProperty().get()) {
            case EMPTY -> m.get("directory.templates.none");
            case NEW -> m.get("directory.templates.newTitle");
            case EDIT -> model.nameProperty().get();
        }, model.modeProperty(), model.nameProperty()));
        Label hint = Widgets.label(i18n, "directory.templates.hint", Styles.TEXT_MUTED);
        hint.setWrapText(true);
        Label explanation = Widgets.label(i18n, "directory.templates.explanation", Styles.TEXT_MUTED,
                Styles.TEXT_SMALL);
        explanation.setWrapText(true);

        FormGrid grid = new FormGrid(i18n, model.problems());
        nameField.setId("field-templateName");
        nameField.textProperty().bindBidirectional(model.nameProperty());
        grid.add("name", "directory.field.templateName", nameField);
        TextArea description = new TextArea();
        description.setId("field-description");
        description.setPrefRowCount(2);
        description.setWrapText(true);
        description.textProperty().bindBidirectional(model.descriptionProperty());
        grid.add("description", "directory.field.description", description);

        Node steps = steps();

        Button save = new Button();
        save.textProperty().bind(i18n.text("directory.save"));
        save.getStyleClass().add(Styles.ACCENT);
        save.setId("template-save");
        save.setTooltip(new Tooltip("Ctrl+S"));
        save.setOnAction(event -> save());
        Button discard = new Button();
        discard.textProperty().bind(i18n.text("directory.discard"));
        discard.setId("template-discard");
        discard.setTooltip(new Tooltip("Esc"));
        discard.disableProperty().bind(model.dirtyBinding().not());
        discard.setOnAction(event -> model.cancel());
        Button duplicate = new Button();
        duplicate.textProperty().bind(i18n.text("directory.templates.duplicate"));
        duplicate.setId("templates-duplicate");
        duplicate.setMinWidth(Region.USE_PREF_SIZE);
        duplicate.disableProperty().bind(model.modeProperty().isNotEqualTo(FormMode.EDIT));
        duplicate.setOnAction(event -> duplicate());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox buttons = new HBox(10, save, discard, grow, duplicate);

        var editing = model.modeProperty().isNotEqualTo(FormMode.EMPTY);
        for (Node node : new Node[] {grid.grid(), steps, buttons, explanation}) {
            node.visibleProperty().bind(editing);
            node.managedProperty().bind(editing);
        }
        hint.visibleProperty().bind(editing.not());
        hint.managedProperty().bind(editing.not());

        VBox page = new VBox(14, title, hint, explanation, grid.grid(), steps, buttons);
        page.setPadding(new Insets(20));
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.setId("template-form");
        return scroll;
    }

    private Node steps() {
        stepsTable.setId("steps-table");
        stepsTable.getStyleClass().addAll(Styles.DENSE, STEPS);
        stepsTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<StepRow, StepRow> number = new TableColumn<>("#");
        number.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        number.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(StepRow item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : String.valueOf(getIndex() + 1));
            }
        });
        number.setPrefWidth(34);
        number.setMinWidth(34);
        number.setMaxWidth(34);
        number.setSortable(false);
        stepsTable.getColumns().add(number);
        // the title wraps; beneath it the area and the responsible office
        TableColumn<StepRow, StepRow> title = new TableColumn<>();
        title.textProperty().bind(i18n.text("directory.step.column.title"));
        title.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        title.setCellFactory(column -> new TwoLineCell<>(row -> Form.text(row.titleProperty().get()).isBlank()
                ? "–" : row.titleProperty().get(), this::stepDetail));
        title.setPrefWidth(300);
        title.setSortable(false);
        stepsTable.getColumns().add(title);
        TableColumn<StepRow, String> priority = stepColumn("directory.step.column.priority",
                row -> label(row.priorityProperty(), value -> "stepPriority." + value.name()), 110);
        priority.setMinWidth(105);
        priority.setMaxWidth(120);
        stepsTable.getColumns().add(priority);
        TableColumn<StepRow, String> due = stepColumn("directory.step.column.due", row -> days(row), 105);
        due.setMinWidth(100);
        due.setMaxWidth(115);
        stepsTable.getColumns().add(due);
        stepsTable.setItems(model.steps());
        // a changed field of a step shows in its row at once
        model.steps().addListener((ListChangeListener<StepRow>) change -> stepsTable.refresh());
        stepsTable.setPlaceholder(Widgets.label(i18n, "directory.steps.empty", Styles.TEXT_MUTED));
        stepsTable.prefHeightProperty().bind(Bindings.min(10, Bindings.max(3, Bindings.size(model.steps())))
                .multiply(50).add(38));
        stepsTable.setMinHeight(Region.USE_PREF_SIZE);
        stepsTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(StepRow item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(DANGER, !empty && item != null && model.stepHasProblem(getIndex()));
            }
        });
        model.problems().addListener((MapChangeListener<String, Object>) change -> stepsTable.refresh());
        stepsTable.setOnKeyPressed(event -> {
            if (event.isAltDown() && event.getCode() == KeyCode.UP) {
                move(-1);
                event.consume();
            } else if (event.isAltDown() && event.getCode() == KeyCode.DOWN) {
                move(+1);
                event.consume();
            } else if (event.getCode() == KeyCode.ENTER) {
                stepTitle.requestFocus();
                event.consume();
            }
        });
        stepsTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> bindStep(now));

        Label stepsProblem = new Label();
        stepsProblem.setId("problem-steps");
        stepsProblem.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        stepsProblem.setWrapText(true);
        stepsProblem.textProperty().bind(i18n.text(m -> stepsProblem(m), model.problems()));
        var anyStepProblem = Bindings.createBooleanBinding(() -> model.problems().keySet().stream()
                .anyMatch(field -> field.startsWith("steps")), model.problems());
        stepsProblem.visibleProperty().bind(anyStepProblem);
        stepsProblem.managedProperty().bind(anyStepProblem);

        Button add = button("directory.steps.add", "steps-add", null);
        add.setOnAction(event -> {
            int index = model.addStep();
            stepsTable.getSelectionModel().clearAndSelect(index);
            stepsTable.scrollTo(index);
            stepTitle.requestFocus();
        });
        var none = stepsTable.getSelectionModel().selectedItemProperty().isNull();
        Button remove = button("directory.steps.remove", "steps-remove", null);
        remove.disableProperty().bind(none);
        remove.setOnAction(event -> {
            int index = stepsTable.getSelectionModel().getSelectedIndex();
            model.removeStep(index);
            if (!model.steps().isEmpty()) {
                stepsTable.getSelectionModel().clearAndSelect(Math.min(index, model.steps().size() - 1));
            }
        });
        Button up = button("directory.steps.up", "steps-up", "Alt+↑");
        up.disableProperty().bind(none.or(stepsTable.getSelectionModel().selectedIndexProperty().isEqualTo(0)));
        up.setOnAction(event -> move(-1));
        Button down = button("directory.steps.down", "steps-down", "Alt+↓");
        down.disableProperty().bind(none.or(stepsTable.getSelectionModel().selectedIndexProperty()
                .isEqualTo(Bindings.size(model.steps()).subtract(1))));
        down.setOnAction(event -> move(+1));
        javafx.scene.layout.FlowPane toolbar = new javafx.scene.layout.FlowPane(8, 8, add, remove, up, down);

        Node detail = stepForm();
        return Widgets.card(i18n, "directory.steps.title", new VBox(10, stepsProblem, stepsTable, toolbar, detail));
    }

    private Button button(String key, String id, String shortcut) {
        Button button = new Button();
        button.textProperty().bind(i18n.text(key));
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        if (shortcut != null) {
            button.setTooltip(new Tooltip(shortcut));
        }
        return button;
    }

    /** The fields of the step chosen in the table. */
    private Node stepForm() {
        FormGrid grid = new FormGrid(i18n, model.problems());
        var index = stepsTable.getSelectionModel().selectedIndexProperty();
        stepTitle.setId("field-stepTitle");
        grid.add(stepKey(index, "title"), "directory.field.stepTitle", stepTitle);
        stepCategory.setId("field-stepCategory");
        stepCategory.getItems().setAll(StepCategory.values());
        EnumCells.install(stepCategory, i18n, value -> "stepCategory." + value.name(), null);
        grid.add(stepKey(index, "category"), "directory.field.category", stepCategory);
        stepPriority.setId("field-stepPriority");
        stepPriority.getItems().setAll(StepPriority.values());
        EnumCells.install(stepPriority, i18n, value -> "stepPriority." + value.name(), null);
        grid.add(stepKey(index, "priority"), "directory.field.priority", stepPriority);
        stepDays.setId("field-stepDays");
        stepDays.promptTextProperty().bind(i18n.text("directory.field.dueAfterDays.prompt"));
        grid.add(stepKey(index, "dueAfterDays"), "directory.field.dueAfterDays", stepDays);
        stepDays.setMaxWidth(160);
        stepKind.setId("field-stepOrganisationKind");
        List<OrganisationKind> kinds = new ArrayList<>();
        kinds.add(null);
        kinds.addAll(List.of(OrganisationKind.values()));
        stepKind.getItems().setAll(kinds);
        stepKind.setVisibleRowCount(kinds.size());
        EnumCells.install(stepKind, i18n, value -> "organisationKind." + value.name(), "directory.step.noOrganisation");
        grid.add(stepKey(index, "organisationKind"), "directory.field.organisationKind", stepKind);
        Label heading = Widgets.label(i18n, "directory.steps.selected", Styles.TEXT_BOLD);
        Label pick = Widgets.label(i18n, "directory.steps.pick", Styles.TEXT_MUTED);
        pick.setWrapText(true);
        var chosen = stepsTable.getSelectionModel().selectedItemProperty().isNotNull();
        grid.grid().visibleProperty().bind(chosen);
        grid.grid().managedProperty().bind(chosen);
        heading.visibleProperty().bind(chosen);
        heading.managedProperty().bind(chosen);
        pick.visibleProperty().bind(chosen.not().and(Bindings.isNotEmpty(model.steps())));
        pick.managedProperty().bind(pick.visibleProperty());
        VBox box = new VBox(8, heading, pick, grid.grid());
        box.setPadding(new Insets(6, 0, 0, 0));
        return box;
    }

    private static StringBinding stepKey(javafx.beans.property.ReadOnlyIntegerProperty index, String field) {
        return Bindings.createStringBinding(() -> "steps." + index.get() + "." + field, index);
    }

    private void bindStep(StepRow row) {
        if (bound != null) {
            stepTitle.textProperty().unbindBidirectional(bound.titleProperty());
            stepCategory.valueProperty().unbindBidirectional(bound.categoryProperty());
            stepPriority.valueProperty().unbindBidirectional(bound.priorityProperty());
            stepDays.textProperty().unbindBidirectional(bound.dueAfterDaysProperty());
            stepKind.valueProperty().unbindBidirectional(bound.organisationKindProperty());
        }
        bound = row;
        if (row != null) {
            stepTitle.textProperty().bindBidirectional(row.titleProperty());
            stepCategory.valueProperty().bindBidirectional(row.categoryProperty());
            stepPriority.valueProperty().bindBidirectional(row.priorityProperty());
            stepDays.textProperty().bindBidirectional(row.dueAfterDaysProperty());
            stepKind.valueProperty().bindBidirectional(row.organisationKindProperty());
        }
    }

    private void move(int delta) {
        int index = stepsTable.getSelectionModel().getSelectedIndex();
        if (index < 0) {
            return;
        }
        int now = model.moveStep(index, delta);
        stepsTable.getSelectionModel().clearAndSelect(now);
        stepsTable.scrollTo(Math.max(0, now - 2));
    }

    private String stepDetail(StepRow row) {
        Messages m = i18n.current();
        String area = row.categoryProperty().get() == null ? ""
                : m.get("stepCategory." + row.categoryProperty().get().name());
        OrganisationKind kind = row.organisationKindProperty().get();
        return kind == null ? area
                : m.get("directory.step.detail", area, m.get("organisationKind." + kind.name()));
    }

    private String stepsProblem(Messages m) {
        if (model.problems().containsKey("steps")) {
            return FormGrid.describe(m, model.problems().get("steps"));
        }
        return m.get("directory.steps.problems");
    }

    private TableColumn<StepRow, String> stepColumn(String key, Function<StepRow, ObservableValue<String>> value,
            double width) {
        TableColumn<StepRow, String> column = new TableColumn<>();
        column.textProperty().bind(i18n.text(key));
        column.setCellValueFactory(cell -> value.apply(cell.getValue()));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    private <T> ObservableValue<String> label(ObservableValue<T> value, Function<T, String> key) {
        return i18n.text(m -> value.getValue() == null ? "–" : m.get(key.apply(value.getValue())), value);
    }

    private ObservableValue<String> days(StepRow row) {
        return i18n.text(m -> {
            String typed = row.dueAfterDaysProperty().get() == null ? "" : row.dueAfterDaysProperty().get().strip();
            if (typed.isEmpty()) {
                return "–";
            }
            try {
                return m.get("directory.step.days", Integer.parseInt(typed));
            } catch (NumberFormatException e) {
                return typed;
            }
        }, row.dueAfterDaysProperty());
    }

    private void duplicate() {
        whenLeaving(() -> {
            select(null);
            model.duplicate(i18n.current().get("directory.templates.copyName", model.nameProperty().get()));
            nameField.requestFocus();
            nameField.selectAll();
        }, () -> { });
    }

    @Override
    public void newRecord() {
        whenLeaving(() -> {
            select(null);
            model.newTemplate();
            nameField.requestFocus();
        }, () -> { });
    }

    @Override
    public void focusList() {
        table.requestFocus();
    }
}
