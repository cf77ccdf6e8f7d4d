package de.lotse.app.feature.cases;

import atlantafx.base.theme.Styles;
import de.lotse.app.i18n.Messages;
import de.lotse.app.ui.I18n;
import de.lotse.app.ui.TaskRunner;
import de.lotse.app.ui.Widgets;
import de.lotse.core.cases.CaseFile;
import de.lotse.core.cases.CaseService;
import de.lotse.core.cases.TargetGroup;
import de.lotse.core.directory.Caseworker;
import de.lotse.core.directory.DirectoryService;
import de.lotse.core.directory.PlanTemplate;
import de.lotse.core.person.PersonService;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * "Neuer Fall": opens a case for a person or their household from a plan template, and shows the
 * new case number. Made once in the composition root; the person form calls {@link #show}.
 */
public final class NewCaseDialog {

    private final I18n i18n;
    private final CaseService cases;
    private final DirectoryService directory;
    private final PersonService people;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;
    private final Supplier<UUID> me;
    private final Consumer<UUID> openCase;
    private final Consumer<UUID> afterCreate;

    /**
     * {@code me} gives the chosen caseworker (preselected; null: nobody), {@code openCase} opens a
     * case file, {@code afterCreate} hears every new case (the case list updates itself).
     */
    public NewCaseDialog(I18n i18n, CaseService cases, DirectoryService directory, PersonService people,
            TaskRunner tasks, Consumer<Throwable> onFailure, Supplier<UUID> me, Consumer<UUID> openCase,
            Consumer<UUID> afterCreate) {
        this.i18n = i18n;
        this.cases = cases;
        this.directory = directory;
        this.people = people;
        this.tasks = tasks;
        this.onFailure = onFailure;
        this.me = me;
        this.openCase = openCase;
        this.afterCreate = afterCreate;
    }

    /**
     * Shows the dialog for a case of {@code personId}, who lives in {@code householdId} (null when
     * in none or not known: it is then looked up). {@code onCreated} hears the new case's id as soon
     * as it is stored; the dialog then shows its number and offers to open it.
     */
    public void show(Window owner, UUID personId, UUID householdId, Consumer<UUID> onCreated) {
        NewCaseViewModel model = new NewCaseViewModel(cases, directory, people, tasks, onFailure);
        Dialog<ButtonType> dialog = create(owner, model, onCreated);
        model.prepare(personId, householdId, me.get(), () -> { });
        dialog.show();
    }

    /** The dialog bound to {@code model}, not shown yet. */
    Dialog<ButtonType> create(Window owner, NewCaseViewModel model, Consumer<UUID> onCreated) {
        Messages m = i18n.current();
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(m.get("cases.new.title"));
        dialog.setHeaderText(m.get("cases.new.title"));
        dialog.setResizable(true);
        var pane = dialog.getDialogPane();
        CaseWidgets.style(pane);
        pane.setId("case-new");
        ButtonType createType = new ButtonType(m.get("cases.new.create"), ButtonBar.ButtonData.OK_DONE);
        ButtonType openType = new ButtonType(m.get("cases.new.open"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancelType = new ButtonType(m.get("cases.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType closeType = new ButtonType(m.get("cases.new.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(createType, cancelType);

        // for whom: the person alone or the whole household
        ToggleGroup whom = new ToggleGroup();
        RadioButton person = new RadioButton();
        person.setId("new-case-person");
        person.setToggleGroup(whom);
        person.textProperty().bind(i18n.text(mm -> mm.get("cases.new.forPerson", model.personNameProperty().get()),
                model.personNameProperty()));
        RadioButton household = new RadioButton();
        household.setId("new-case-household");
        household.setToggleGroup(whom);
        household.textProperty().bind(i18n.text(mm -> mm.get("cases.new.forHousehold",
                model.householdSizeProperty().get()), model.householdSizeProperty()));
        household.disableProperty().bind(model.householdIdProperty().isNull());
        household.selectedProperty().bindBidirectional(model.forHouseholdProperty());
        person.setSelected(!model.forHouseholdProperty().get());
        model.forHouseholdProperty().addListener((obs, old, now) -> person.setSelected(!now));

        CaseWidgets.Form form = new CaseWidgets.Form(i18n, model.problems());
        form.add("whom", "cases.field.whom", column(person, household));
        ComboBox<TargetGroup> group = form.choice("targetGroup", "cases.field.targetGroup",
                model.targetGroupProperty(), List.of(TargetGroup.values()), CaseWidgets::label);
        ComboBox<Caseworker> caseworker = form.choice("caseworker", "cases.field.caseworker",
                model.caseworkerProperty(), List.of(), (mm, worker) -> worker == null ? "" : worker.name());
        caseworker.setItems(model.caseworkers());
        ComboBox<PlanTemplate> template = form.choice("template", "cases.field.template", model.templateProperty(),
                List.of(), (mm, item) -> item == null ? mm.get("cases.new.noTemplate") : item.name());
        Runnable fillTemplates = () -> {
            PlanTemplate chosen = model.templateProperty().get();
            List<PlanTemplate> choices = new ArrayList<>();
            choices.add(null);
            choices.addAll(model.templates());
            template.getItems().setAll(choices);
            model.templateProperty().set(chosen);
        };
        model.templates().addListener((ListChangeListener<PlanTemplate>) change -> fillTemplates.run());
        Label templateInfo = new Label();
        templateInfo.setId("new-case-template-info");
        templateInfo.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        templateInfo.setWrapText(true);
        templateInfo.setMaxWidth(400);
        templateInfo.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        templateInfo.textProperty().bind(i18n.text(mm -> {
            PlanTemplate chosen = model.templateProperty().get();
            return chosen == null ? mm.get("cases.new.noTemplate.info")
                    : mm.get("cases.new.template.info", chosen.steps().size(),
                            chosen.description() == null ? "" : chosen.description());
        }, model.templateProperty()));
        form.grid().add(templateInfo, 1, 4);

        // after creating: the number, big and copyable
        Label done = Widgets.label(i18n, "cases.new.done", Styles.TITLE_4);
        TextField number = new TextField();
        number.setEditable(false);
        number.setId("new-case-number");
        number.getStyleClass().add("case-created-number");
        number.textProperty().bind(Bindings.createStringBinding(() -> model.createdProperty().get() == null ? ""
                : model.createdProperty().get().number(), model.createdProperty()));
        Button copy = new Button(m.get("cases.file.copy"));
        copy.getStyleClass().addAll(Styles.FLAT);
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(number.getText());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        HBox numberRow = new HBox(8, number, copy);
        numberRow.setAlignment(Pos.CENTER_LEFT);
        Label steps = new Label();
        steps.getStyleClass().add(Styles.TEXT_MUTED);
        steps.setWrapText(true);
        steps.textProperty().bind(i18n.text(mm -> {
            PlanTemplate chosen = model.templateProperty().get();
            return chosen == null ? mm.get("cases.new.done.noPlan")
                    : mm.get("cases.new.done.plan", chosen.steps().size(), chosen.name());
        }, model.templateProperty()));
        VBox createdBox = new VBox(10, done, numberRow, steps);
        createdBox.setId("new-case-created");

        pane.setContent(form.grid());
        pane.setPrefWidth(620);
        Button createButton = (Button) pane.lookupButton(createType);
        createButton.setId("new-case-create");
        createButton.disableProperty().bind(model.readyProperty().not().or(model.workingProperty()));
        createButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            model.create(id -> {
                afterCreate.accept(id);
                onCreated.accept(id);
            });
        });
        model.createdProperty().addListener((obs, old, created) -> {
            if (created == null) {
                return;
            }
            pane.setContent(createdBox);
            pane.getButtonTypes().setAll(openType, closeType);
            Button open = (Button) pane.lookupButton(openType);
            open.setId("new-case-open");
            open.addEventFilter(ActionEvent.ACTION, event -> openAfterClose(dialog, created));
            javafx.application.Platform.runLater(open::requestFocus);
        });
        model.readyProperty().addListener((obs, old, ready) -> {
            if (ready) {
                group.requestFocus();
            }
        });
        return dialog;
    }

    private void openAfterClose(Dialog<ButtonType> dialog, CaseFile created) {
        dialog.setOnHidden(event -> openCase.accept(created.id()));
    }

    private static VBox column(javafx.scene.Node... nodes) {
        VBox box = new VBox(6, nodes);
        return box;
    }
}
