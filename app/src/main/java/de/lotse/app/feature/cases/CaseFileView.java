package de.lotse.app.feature.cases;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import de.lotse.app.feature.cases.CaseFileViewModel.JournalLine;
import de.lotse.app.i18n.Messages;
import de.lotse.app.ui.I18n;
import de.lotse.app.ui.Widgets;
import de.lotse.core.cases.Benefit;
import de.lotse.core.cases.BenefitKind;
import de.lotse.core.cases.CaseFile;
import de.lotse.core.cases.CaseStatus;
import de.lotse.core.cases.Consent;
import de.lotse.core.cases.IntegrationStep;
import de.lotse.core.cases.JournalEntry;
import de.lotse.core.cases.Referral;
import de.lotse.core.cases.ReferralStatus;
import de.lotse.core.cases.StepStatus;
import de.lotse.core.cases.TargetGroup;
import de.lotse.core.directory.Caseworker;
import de.lotse.core.directory.Organisation;
import de.lotse.core.directory.StepCategory;
import de.lotse.core.directory.StepPriority;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * One case file: the header with number, subject, target group, caseworker and the status
 * workflow, and tabs for the plan, the journal, consents, benefits and referrals.
 */
public final class CaseFileView {

    private final CaseFileViewModel model;
    private final I18n i18n;
    private final Consumer<UUID> onOpenPerson;
    private final StackPane root = new StackPane();
    private final TabPane tabs = new TabPane();
    private final Tab planTab = new Tab();
    private final Tab journalTab = new Tab();
    private final Tab consentsTab = new Tab();
    private final Tab benefitsTab = new Tab();
    private final Tab referralsTab = new Tab();
    private final TableView<IntegrationStep> plan = new TableView<>();
    private final TableView<Consent> consents = new TableView<>();
    private final TableView<Benefit> benefits = new TableView<>();
    private final TableView<Referral> referrals = new TableView<>();
    private final ListView<JournalLine> journal = new ListView<>();
    private final TextArea journalText = new TextArea();
    private final ComboBox<Caseworker> caseworker = new ComboBox<>();
    private final ComboBox<TargetGroup> targetGroup = new ComboBox<>();
    private final FlowPane statusButtons = new FlowPane(8, 6);
    private boolean showingCase;

    /** {@code onOpenPerson} opens the person a case is for in the person register. */
    public CaseFileView(CaseFileViewModel model, I18n i18n, Consumer<UUID> onOpenPerson) {
        this.model = model;
        this.i18n = i18n;
        this.onOpenPerson = onOpenPerson;

        Label empty = Widgets.label(i18n, "cases.file.none", Styles.TEXT_MUTED);
        empty.setWrapText(true);
        empty.setId("case-none");
        StackPane.setAlignment(empty, Pos.TOP_LEFT);
        StackPane.setMargin(empty, new Insets(24));

        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("case-tabs");
        tab(planTab, "cases.tab.plan", planPane(), model.steps(), "case-tab-plan");
        tab(journalTab, "cases.tab.journal", journalPane(), model.journal(), "case-tab-journal");
        tab(consentsTab, "cases.tab.consents", consentsPane(), model.consents(), "case-tab-consents");
        tab(benefitsTab, "cases.tab.benefits", benefitsPane(), model.benefits(), "case-tab-benefits");
        tab(referralsTab, "cases.tab.referrals", referralsPane(), model.referrals(), "case-tab-referrals");

        BorderPane content = new BorderPane(tabs);
        content.setTop(header());
        var open = model.caseFileProperty().isNotNull();
        content.visibleProperty().bind(open);
        empty.visibleProperty().bind(open.not());
        root.getChildren().addAll(empty, content);
        root.getStylesheets().add(CaseWidgets.CSS);
        root.setId("case-file");
        root.setMinWidth(0);
        i18n.messagesProperty().addListener((obs, old, now) -> {
            fillStatusButtons();
            List.of(plan, consents, benefits, referrals).forEach(TableView::refresh);
            journal.refresh();
        });
    }

    public Parent root() {
        return root;
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private void tab(Tab tab, String key, Node content, javafx.collections.ObservableList<?> items, String id) {
        tab.textProperty().bind(i18n.text(m -> m.get(key, items.size()), items));
        tab.setContent(content);
        tab.setId(id);
        tabs.getTabs().add(tab);
    }

    // --- header ---

    private Node header() {
        TextField number = new TextField();
        number.setEditable(false);
        number.setFocusTraversable(true);
        number.getStyleClass().add("case-number");
        number.setId("case-number");
        number.textProperty().bind(Bindings.createStringBinding(() -> model.caseFileProperty().get() == null ? ""
                : model.caseFileProperty().get().number(), model.caseFileProperty()));
        number.prefColumnCountProperty().bind(Bindings.length(number.textProperty()).add(1));
        number.setMaxWidth(Region.USE_PREF_SIZE);
        Button copy = CaseWidgets.button(i18n, "cases.file.copy", "case-copy", () -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(number.getText());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        copy.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        Tooltip copyTip = new Tooltip();
        copyTip.textProperty().bind(i18n.text("cases.file.copy.tooltip"));
        copy.setTooltip(copyTip);
        Label status = new Label();
        status.setId("case-status");
        status.textProperty().bind(i18n.text(m -> model.caseFileProperty().get() == null ? ""
                : CaseWidgets.label(m, model.caseFileProperty().get().status()), model.caseFileProperty()));
        model.caseFileProperty().addListener((obs, old, now) -> CaseWidgets.styleStatusBadge(status,
                now == null ? null : now.status()));
        status.setMinWidth(Region.USE_PREF_SIZE);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox numberRow = new HBox(8, number, copy, grow, status);
        numberRow.setAlignment(Pos.CENTER_LEFT);

        Label subject = new Label();
        subject.setId("case-subject");
        subject.getStyleClass().add(Styles.TITLE_3);
        subject.textProperty().bind(i18n.text(m -> {
            CaseFile file = model.caseFileProperty().get();
            if (file == null) {
                return "";
            }
            String name = model.subjectProperty().get().isBlank() ? m.get("cases.file.unknownSubject")
                    : model.subjectProperty().get();
            return file.personId() == null ? m.get("cases.file.household", name) : name;
        }, model.caseFileProperty(), model.subjectProperty()));
        subject.setWrapText(true);
        Hyperlink person = new Hyperlink();
        person.textProperty().bind(i18n.text("cases.file.openPerson"));
        person.setId("case-open-person");
        person.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.caseFileProperty().get() != null
                && model.caseFileProperty().get().personId() != null, model.caseFileProperty()));
        person.setOnAction(event -> onOpenPerson.accept(model.caseFileProperty().get().personId()));
        Label opened = new Label();
        opened.getStyleClass().add(Styles.TEXT_MUTED);
        opened.setId("case-opened");
        opened.textProperty().bind(i18n.text(m -> {
            CaseFile file = model.caseFileProperty().get();
            if (file == null) {
                return "";
            }
            CaseFormats formats = model.formats();
            return file.status() == CaseStatus.CLOSED
                    ? m.get("cases.file.closedOn", formats.day(file.openedOn()), formats.day(file.closedOn()),
                            Objects.requireNonNullElse(file.closeReason(), "–"))
                    : m.get("cases.file.openedOn", formats.day(file.openedOn()));
        }, model.caseFileProperty()));
        opened.setWrapText(true);
        HBox subjectRow = new HBox(10, subject, person);
        subjectRow.setAlignment(Pos.BASELINE_LEFT);

        targetGroup.getItems().setAll(TargetGroup.values());
        targetGroup.setId("case-target-group");
        CaseWidgets.cells(i18n, targetGroup, CaseWidgets::label);
        caseworker.setId("case-caseworker");
        caseworker.setItems(model.caseworkers());
        CaseWidgets.cells(i18n, caseworker, (m, worker) -> worker == null ? m.get("cases.file.nobody") : worker.name());
        model.caseFileProperty().addListener((obs, old, now) -> showAssignment(now));
        model.caseworkers().addListener((ListChangeListener<Caseworker>) change ->
                showAssignment(model.caseFileProperty().get()));
        targetGroup.valueProperty().addListener((obs, old, now) -> {
            if (!showingCase && now != null) {
                model.assignTargetGroup(now);
            }
        });
        caseworker.valueProperty().addListener((obs, old, now) -> {
            if (!showingCase) {
                model.assignCaseworker(now == null ? null : now.id());
            }
        });
        targetGroup.setPrefWidth(230);
        caseworker.setPrefWidth(210);
        HBox assignment = new HBox(16, labelled("cases.field.targetGroup", targetGroup),
                labelled("cases.field.caseworker", caseworker));
        assignment.setAlignment(Pos.BOTTOM_LEFT);

        statusButtons.setId("case-status-buttons");
        statusButtons.setAlignment(Pos.CENTER_LEFT);
        Label statusLabel = Widgets.label(i18n, "cases.file.statusChange", Styles.TEXT_MUTED);
        statusLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox statusRow = new HBox(10, statusLabel, statusButtons);
        statusRow.setAlignment(Pos.CENTER_LEFT);
        model.allowedNext().addListener((ListChangeListener<CaseStatus>) change -> fillStatusButtons());

        VBox header = new VBox(8, numberRow, subjectRow, opened, assignment, statusRow);
        header.getStyleClass().add("case-header");
        return header;
    }

    /** A small label above its field. */
    private VBox labelled(String key, javafx.scene.control.Control field) {
        Label label = Widgets.label(i18n, key, Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        label.setLabelFor(field);
        return new VBox(3, label, field);
    }

    /** Shows the case's caseworker and target group without taking that for a change by the person. */
    private void showAssignment(CaseFile file) {
        showingCase = true;
        try {
            targetGroup.setValue(file == null ? null : file.targetGroup());
            caseworker.setValue(file == null || file.caseworkerId() == null ? null : model.caseworkers().stream()
                    .filter(worker -> worker.id().equals(file.caseworkerId())).findFirst().orElse(null));
        } finally {
            showingCase = false;
        }
    }

    private void fillStatusButtons() {
        Messages m = i18n.current();
        CaseFile file = model.caseFileProperty().get();
        statusButtons.getChildren().clear();
        for (CaseStatus next : model.allowedNext()) {
            String key = file != null && file.status() == CaseStatus.CLOSED && next == CaseStatus.ACTIVE
                    ? "cases.status.reopen" : "cases.status.to." + next.name();
            Button button = new Button(m.get(key));
            button.setId("case-status-" + next.name().toLowerCase(java.util.Locale.ROOT));
            button.setMinWidth(Region.USE_PREF_SIZE);
            if (next == CaseStatus.CLOSED) {
                button.getStyleClass().add(Styles.DANGER);
            }
            button.setOnAction(event -> {
                if (next == CaseStatus.CLOSED) {
                    askCloseReason();
                } else {
                    model.changeStatus(next, () -> { });
                }
            });
            statusButtons.getChildren().add(button);
        }
    }

    /** Closing asks why, in a small dialog that stays open and says so while the reason is empty. */
    public void askCloseReason() {
        Messages m = i18n.current();
        model.prepareClosing();
        Dialog<ButtonType> dialog = closeDialog(m);
        dialog.show();
    }

    /** The dialog asking for the close reason; public for the screenshots. */
    Dialog<ButtonType> closeDialog(Messages m) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (window() != null) {
            dialog.initOwner(window());
        }
        dialog.setTitle(m.get("cases.close.title"));
        dialog.setHeaderText(m.get("cases.close.header", model.caseFileProperty().get().number()));
        CaseWidgets.style(dialog.getDialogPane());
        ButtonType close = new ButtonType(m.get("cases.close.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.get("cases.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(close, cancel);
        CaseWidgets.Form form = new CaseWidgets.Form(i18n, model.statusProblems());
        TextArea reason = form.area("closeReason", "cases.field.closeReason", model.closeReasonProperty());
        reason.setPrefRowCount(3);
        // the workflow's own refusal (a move no longer allowed) shows beneath the reason
        form.grid().add(CaseWidgets.problemLabel(i18n, model.statusProblems(), "status", null), 1, 1);
        dialog.getDialogPane().setContent(form.grid());
        dialog.getDialogPane().setPrefWidth(520);
        Button confirm = (Button) dialog.getDialogPane().lookupButton(close);
        confirm.getStyleClass().add(Styles.DANGER);
        confirm.setId("close-confirm");
        confirm.addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            event.consume();
            model.changeStatus(CaseStatus.CLOSED, () -> {
                dialog.setResult(close);
                dialog.close();
            });
        });
        javafx.application.Platform.runLater(reason::requestFocus);
        return dialog;
    }

    // --- plan ---

    private Node planPane() {
        plan.setId("case-plan");
        plan.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        plan.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        plan.setItems(model.steps());
        var priority = CaseWidgets.<IntegrationStep>graphicColumn(i18n, "cases.field.priority",
                (m, step) -> {
                    Label badge = CaseWidgets.priorityBadge(m, step.priority());
                    // finished steps step back, so that the eye finds what is still to do
                    badge.setOpacity(step.status().finished() ? 0.45 : 1);
                    return badge;
                }, 122);
        priority.setMinWidth(122);
        priority.setMaxWidth(140);
        var due = CaseWidgets.<IntegrationStep>graphicColumn(i18n, "cases.field.dueOn", this::dueCell, 112);
        due.setMinWidth(104);
        due.setMaxWidth(140);
        plan.getColumns().setAll(List.of(priority,
                CaseWidgets.<IntegrationStep>graphicColumn(i18n, "cases.field.title", this::stepCell, 300),
                due,
                CaseWidgets.<IntegrationStep>column(i18n, "cases.field.status",
                        (m, step) -> CaseWidgets.label(m, step.status()), 90)));
        plan.getColumns().getLast().setMinWidth(80);
        plan.getColumns().getLast().setMaxWidth(120);
        plan.getColumns().forEach(column -> column.setSortable(false));
        plan.setRowFactory(table -> {
            TableRow<IntegrationStep> row = new TableRow<>() {
                @Override
                protected void updateItem(IntegrationStep step, boolean empty) {
                    super.updateItem(step, empty);
                    pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("finished"),
                            !empty && step != null && step.status().finished());
                    setTooltip(empty || step == null ? null : stepTooltip(step));
                }
            };
            openOnDoubleClick(row, () -> editStep(row.getItem()));
            return row;
        });
        plan.setPlaceholder(Widgets.label(i18n, "cases.plan.empty", Styles.TEXT_MUTED));
        openOnEnter(plan, () -> editStep(plan.getSelectionModel().getSelectedItem()));

        Button add = CaseWidgets.button(i18n, "cases.plan.new", "case-step-new", () -> editStep(null));
        Button edit = CaseWidgets.button(i18n, "cases.action.edit", "case-step-edit",
                () -> editStep(plan.getSelectionModel().getSelectedItem()));
        edit.disableProperty().bind(plan.getSelectionModel().selectedItemProperty().isNull());
        Button done = CaseWidgets.button(i18n, "cases.plan.done", "case-step-done",
                () -> model.markDone(plan.getSelectionModel().getSelectedItem()));
        done.getStyleClass().add(Styles.SUCCESS);
        done.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            IntegrationStep step = plan.getSelectionModel().getSelectedItem();
            return step == null || step.status().finished();
        }, plan.getSelectionModel().selectedItemProperty(), model.steps()));
        Label summary = new Label();
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.setId("case-plan-summary");
        summary.textProperty().bind(i18n.text(m -> {
            LocalDate today = model.today();
            long open = model.steps().stream().filter(step -> !step.status().finished()).count();
            long overdue = model.steps().stream().filter(step -> step.overdue(today)).count();
            return overdue == 0 ? m.get("cases.plan.summary", open) : m.get("cases.plan.summaryOverdue", open, overdue);
        }, model.steps()));
        return withToolbar(plan, summary, add, edit, done);
    }

    /** The step's title, and beneath it its area and the organisation responsible. */
    /** Who changed the step last and when, and its outcome, as far as they are known; null when nothing is. */
    private Tooltip stepTooltip(IntegrationStep step) {
        Messages m = i18n.current();
        List<String> lines = new ArrayList<>();
        if (step.changedBy() != null) {
            lines.add(m.get("cases.step.changedBy", model.formats().day(step.lastChange()), step.changedBy()));
        }
        if (step.outcome() != null) {
            lines.add(m.get("cases.step.outcome", step.outcome()));
        }
        return lines.isEmpty() ? null : new Tooltip(String.join("\n", lines));
    }

    private Node stepCell(Messages m, IntegrationStep step) {
        Label title = new Label(step.title());
        title.setMinWidth(0);
        String organisation = model.organisationName(step.organisationId());
        Label details = new Label(CaseWidgets.label(m, step.category())
                + (organisation.isEmpty() ? "" : "  ·  " + organisation));
        details.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        details.setMinWidth(0);
        if (step.status().finished()) {
            title.getStyleClass().add("case-finished");
        }
        return new VBox(1, title, details);
    }

    /** The due day; an overdue one red, with the word beneath. */
    private Node dueCell(Messages m, IntegrationStep step) {
        if (step.dueOn() == null) {
            return new Label("–");
        }
        String day = model.formats().day(step.dueOn());
        if (step.overdue(model.today())) {
            Label date = new Label(day);
            date.getStyleClass().add("case-overdue");
            Label overdue = new Label(m.get("cases.step.overdue"));
            overdue.getStyleClass().addAll("case-overdue", Styles.TEXT_SMALL);
            return new VBox(1, date, overdue);
        }
        Label due = new Label(day);
        if (step.status().finished()) {
            due.getStyleClass().add("case-finished");
        }
        return due;
    }

    /** Opens the step dialog for {@code step}, or for a new step when it is null. */
    private void editStep(IntegrationStep step) {
        model.editStep(step);
        StepForm form = model.stepForm();
        CaseWidgets.Form fields = new CaseWidgets.Form(i18n, form.problems());
        TextField title = fields.text("title", "cases.field.title", form.titleProperty(), null);
        fields.choice("category", "cases.field.category", form.categoryProperty(), List.of(StepCategory.values()),
                CaseWidgets::label);
        fields.choice("priority", "cases.field.priority", form.priorityProperty(), List.of(StepPriority.values()),
                CaseWidgets::label);
        fields.choice("status", "cases.field.status", form.statusProperty(), List.of(StepStatus.values()),
                CaseWidgets::label);
        fields.text("dueOn", "cases.field.dueOn", form.dueOnProperty(), "cases.prompt.day");
        organisationChoice(fields, form.organisationProperty());
        fields.area("outcome", "cases.field.outcome", form.outcomeProperty());
        Dialog<ButtonType> dialog = CaseWidgets.formDialog(window(), i18n,
                step == null ? "cases.step.new" : "cases.step.edit", fields.grid(), form, model::saveStep);
        javafx.application.Platform.runLater(title::requestFocus);
        dialog.show();
    }

    private void organisationChoice(CaseWidgets.Form fields,
            javafx.beans.property.ObjectProperty<Organisation> value) {
        List<Organisation> choices = new ArrayList<>();
        choices.add(null);
        choices.addAll(model.organisations());
        fields.choice("organisation", "cases.field.organisation", value, choices,
                (m, organisation) -> organisation == null ? m.get("cases.field.organisation.none") : organisation.name());
    }

    // --- journal ---

    private Node journalPane() {
        journalText.setId("journal-text");
        journalText.setWrapText(true);
        journalText.setPrefRowCount(3);
        journalText.textProperty().bindBidirectional(model.journalDraftProperty());
        journalText.promptTextProperty().bind(i18n.text("cases.journal.prompt"));
        Label problem = CaseWidgets.problemLabel(i18n, model.journalProblems(), "journalText", journalText);

        Label correcting = new Label();
        correcting.setWrapText(true);
        correcting.setId("journal-correcting");
        correcting.textProperty().bind(i18n.text(m -> {
            JournalEntry entry = model.correctingProperty().get();
            return entry == null ? "" : m.get("cases.journal.correcting", model.formats().dayTime(entry.writtenAt()),
                    entry.author());
        }, model.correctingProperty()));
        Button stopCorrecting = CaseWidgets.button(i18n, "cases.journal.stopCorrecting", "journal-stop-correcting",
                model::discardJournal);
        stopCorrecting.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox banner = new HBox(10, correcting, grow, stopCorrecting);
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.getStyleClass().add("case-banner");
        var isCorrecting = model.correctingProperty().isNotNull();
        banner.visibleProperty().bind(isCorrecting);
        banner.managedProperty().bind(isCorrecting);

        Button add = new Button();
        add.setId("journal-add");
        add.getStyleClass().add(Styles.ACCENT);
        add.textProperty().bind(i18n.text(m -> m.get(model.correctingProperty().get() == null
                ? "cases.journal.add" : "cases.journal.addCorrection"), model.correctingProperty()));
        add.setOnAction(event -> model.addJournalEntry(() -> { }));
        add.disableProperty().bind(model.dirtyBinding().not());
        add.setMinWidth(Region.USE_PREF_SIZE);
        Label author = new Label();
        author.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        author.setId("journal-author");
        author.textProperty().bind(i18n.text(m -> m.get("cases.journal.author", model.author()),
                model.caseworkers(), model.caseFileProperty(), model.meProperty()));
        author.setMinWidth(Region.USE_PREF_SIZE);
        Label order = Widgets.label(i18n, "cases.journal.order", Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        order.setPadding(new Insets(8, 0, 0, 0));
        CheckBox confidential = new CheckBox();
        confidential.setId("journal-confidential");
        confidential.textProperty().bind(i18n.text("cases.journal.confidential"));
        confidential.selectedProperty().bindBidirectional(model.journalConfidentialProperty());
        confidential.setMinWidth(Region.USE_PREF_SIZE);
        HBox actions = new HBox(12, add, confidential, author);
        actions.setAlignment(Pos.CENTER_LEFT);

        journal.setId("journal-list");
        journal.setItems(model.journal());
        journal.setCellFactory(list -> new JournalCell());
        journal.setPlaceholder(Widgets.label(i18n, "cases.journal.empty", Styles.TEXT_MUTED));
        journal.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && journal.getSelectionModel().getSelectedItem() != null) {
                startCorrection(journal.getSelectionModel().getSelectedItem().entry());
                event.consume();
            }
        });
        VBox.setVgrow(journal, Priority.ALWAYS);
        VBox pane = new VBox(8, banner, journalText, problem, actions, order, journal);
        pane.setPadding(new Insets(12, 12, 12, 12));
        return pane;
    }

    /** Starts correcting {@code entry}; an entry being written is first added or dropped, as the person chooses. */
    private void startCorrection(JournalEntry entry) {
        Runnable correct = () -> {
            model.correct(entry);
            journalText.requestFocus();
            journalText.end();
        };
        JournalEntry current = model.correctingProperty().get();
        boolean untouchedCorrection = current != null && current.text().equals(model.journalDraftProperty().get());
        if (!model.isDirty() || untouchedCorrection) {
            correct.run();
            return;
        }
        switch (CaseWidgets.askUnsaved(window(), i18n.current(), "cases.unsaved.journal")) {
            case SAVE -> model.addJournalEntry(correct);
            case DISCARD -> correct.run();
            case STAY -> { }
        }
    }

    /** An entry with time and author; a corrected one struck through with its correction beneath. */
    private final class JournalCell extends ListCell<JournalLine> {

        JournalCell() {
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(JournalLine line, boolean empty) {
            super.updateItem(line, empty);
            setText(null);
            if (empty || line == null) {
                setGraphic(null);
                return;
            }
            Messages m = i18n.current();
            CaseFormats formats = model.formats();
            JournalEntry entry = line.entry();
            Label when = new Label(formats.dayTime(entry.writtenAt()) + "  ·  " + entry.author());
            when.getStyleClass().addAll(Styles.TEXT_BOLD, Styles.TEXT_SMALL);
            HBox top = new HBox(8, when);
            top.setAlignment(Pos.CENTER_LEFT);
            if (line.corrected()) {
                Label badge = new Label(m.get("cases.journal.corrected"));
                badge.getStyleClass().addAll("case-badge", "case-status-paused");
                top.getChildren().add(badge);
            }
            if (entry.confidential()) {
                Label badge = new Label(m.get("cases.journal.confidentialBadge"));
                badge.setId("journal-confidential-badge");
                badge.getStyleClass().addAll("case-badge", "case-status-paused");
                top.getChildren().add(badge);
            }
            if (line.corrects() != null) {
                Label badge = new Label(m.get("cases.journal.correction"));
                badge.getStyleClass().addAll("case-badge", "case-status-open");
                top.getChildren().add(badge);
            }
            Region grow = new Region();
            HBox.setHgrow(grow, Priority.ALWAYS);
            Button correct = new Button(m.get("cases.journal.correct"));
            correct.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
            correct.setFocusTraversable(false);
            correct.setOnAction(event -> startCorrection(entry));
            top.getChildren().addAll(grow, correct);

            VBox box = new VBox(top);
            box.getStyleClass().add("case-journal-entry");
            // wrapped text needs a width: the list's, less its scroll bar and the cell's padding
            box.prefWidthProperty().bind(getListView().widthProperty().subtract(36));
            box.setMaxWidth(Region.USE_PREF_SIZE);
            if (line.corrects() != null) {
                Label refers = new Label(m.get("cases.journal.corrects", formats.dayTime(line.corrects().writtenAt()),
                        line.corrects().author()));
                refers.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
                refers.setWrapText(true);
                refers.setMinHeight(Region.USE_PREF_SIZE);
                box.getChildren().add(refers);
            }
            Label text = new Label(entry.text());
            text.setWrapText(true);
            text.setMinHeight(Region.USE_PREF_SIZE);
            if (line.corrected()) {
                text.getStyleClass().add("case-journal-superseded");
            }
            box.getChildren().add(text);
            for (JournalEntry correction : line.correctedBy()) {
                Label note = new Label(m.get("cases.journal.correctedBy", formats.dayTime(correction.writtenAt()),
                        correction.author(), correction.text()));
                note.setWrapText(true);
                note.setMaxWidth(Double.MAX_VALUE);
                note.setMinHeight(Region.USE_PREF_SIZE);
                note.getStyleClass().add("case-journal-correction-note");
                box.getChildren().add(note);
            }
            setGraphic(box);
        }
    }

    // --- consents, benefits, referrals ---

    private Node consentsPane() {
        consents.setId("case-consents");
        consents.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        consents.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        consents.setItems(model.consents());
        consents.getColumns().setAll(List.of(
                CaseWidgets.<Consent>column(i18n, "cases.field.purpose", (m, consent) -> consent.purpose(), 260),
                CaseWidgets.<Consent>column(i18n, "cases.field.givenOn",
                        (m, consent) -> model.formats().day(consent.givenOn()), 115),
                CaseWidgets.<Consent>column(i18n, "cases.field.withdrawnOn",
                        (m, consent) -> model.formats().day(consent.withdrawnOn()), 135),
                CaseWidgets.<Consent>column(i18n, "cases.consent.state", (m, consent) -> m.get(
                        consent.inForce(model.today()) ? "cases.consent.inForce"
                                : consent.withdrawnOn() != null ? "cases.consent.withdrawn" : "cases.consent.notYet"),
                        110)));
        consents.getColumns().forEach(column -> column.setMinWidth(column.getPrefWidth() * 0.8));
        consents.getColumns().stream().skip(1).forEach(column -> column.setMaxWidth(column.getPrefWidth() * 1.2));
        consents.setPlaceholder(Widgets.label(i18n, "cases.consents.empty", Styles.TEXT_MUTED));
        consents.setRowFactory(table -> rowOpening(() -> editConsent(consents.getSelectionModel().getSelectedItem())));
        openOnEnter(consents, () -> editConsent(consents.getSelectionModel().getSelectedItem()));
        Button add = CaseWidgets.button(i18n, "cases.consents.new", "case-consent-new", () -> editConsent(null));
        Button edit = CaseWidgets.button(i18n, "cases.action.edit", "case-consent-edit",
                () -> editConsent(consents.getSelectionModel().getSelectedItem()));
        edit.disableProperty().bind(consents.getSelectionModel().selectedItemProperty().isNull());
        Button withdraw = CaseWidgets.button(i18n, "cases.consents.withdraw", "case-consent-withdraw",
                () -> model.withdraw(consents.getSelectionModel().getSelectedItem()));
        withdraw.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            Consent consent = consents.getSelectionModel().getSelectedItem();
            return consent == null || consent.withdrawnOn() != null;
        }, consents.getSelectionModel().selectedItemProperty(), model.consents()));
        return withToolbar(consents, null, add, edit, withdraw);
    }

    private void editConsent(Consent consent) {
        model.editConsent(consent);
        ConsentForm form = model.consentForm();
        CaseWidgets.Form fields = new CaseWidgets.Form(i18n, form.problems());
        TextField purpose = fields.text("purpose", "cases.field.purpose", form.purposeProperty(),
                "cases.prompt.purpose");
        fields.text("givenOn", "cases.field.givenOn", form.givenOnProperty(), "cases.prompt.day");
        fields.text("withdrawnOn", "cases.field.withdrawnOn", form.withdrawnOnProperty(), "cases.prompt.day");
        Dialog<ButtonType> dialog = CaseWidgets.formDialog(window(), i18n,
                consent == null ? "cases.consent.new" : "cases.consent.edit", fields.grid(), form, model::saveConsent);
        javafx.application.Platform.runLater(purpose::requestFocus);
        dialog.show();
    }

    private Node benefitsPane() {
        benefits.setId("case-benefits");
        benefits.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        benefits.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        benefits.setItems(model.benefits());
        var amount = CaseWidgets.<Benefit>column(i18n, "cases.field.amount",
                (m, benefit) -> model.formats().euro(benefit.amount()), 130);
        amount.getStyleClass().add("case-amount");
        benefits.getColumns().setAll(List.of(
                CaseWidgets.<Benefit>column(i18n, "cases.field.benefitKind",
                        (m, benefit) -> CaseWidgets.label(m, benefit.kind()), 160),
                CaseWidgets.<Benefit>column(i18n, "cases.field.from",
                        (m, benefit) -> model.formats().day(benefit.from()), 110),
                CaseWidgets.<Benefit>column(i18n, "cases.field.to",
                        (m, benefit) -> benefit.to() == null ? m.get("cases.benefit.openEnded")
                                : model.formats().day(benefit.to()), 110),
                amount));
        benefits.getColumns().forEach(column -> column.setMinWidth(column.getPrefWidth() * 0.8));
        benefits.getColumns().stream().skip(1).forEach(column -> column.setMaxWidth(column.getPrefWidth() * 1.2));
        benefits.setPlaceholder(Widgets.label(i18n, "cases.benefits.empty", Styles.TEXT_MUTED));
        benefits.setRowFactory(table -> rowOpening(() -> editBenefit(benefits.getSelectionModel().getSelectedItem())));
        openOnEnter(benefits, () -> editBenefit(benefits.getSelectionModel().getSelectedItem()));
        Button add = CaseWidgets.button(i18n, "cases.benefits.new", "case-benefit-new", () -> editBenefit(null));
        Button edit = CaseWidgets.button(i18n, "cases.action.edit", "case-benefit-edit",
                () -> editBenefit(benefits.getSelectionModel().getSelectedItem()));
        edit.disableProperty().bind(benefits.getSelectionModel().selectedItemProperty().isNull());
        Label running = new Label();
        running.getStyleClass().add(Styles.TEXT_MUTED);
        running.setId("case-benefits-running");
        running.textProperty().bind(i18n.text(m -> {
            LocalDate today = model.today();
            BigDecimal sum = model.benefits().stream()
                    .filter(benefit -> !benefit.from().isAfter(today) && (benefit.to() == null
                            || !benefit.to().isBefore(today)) && benefit.amount() != null)
                    .map(Benefit::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            return m.get("cases.benefits.running", model.formats().euro(sum));
        }, model.benefits()));
        return withToolbar(benefits, running, add, edit);
    }

    private void editBenefit(Benefit benefit) {
        model.editBenefit(benefit);
        BenefitForm form = model.benefitForm();
        CaseWidgets.Form fields = new CaseWidgets.Form(i18n, form.problems());
        var kind = fields.choice("benefitKind", "cases.field.benefitKind", form.kindProperty(),
                List.of(BenefitKind.values()), CaseWidgets::label);
        fields.text("from", "cases.field.from", form.fromProperty(), "cases.prompt.day");
        fields.text("to", "cases.field.to", form.toProperty(), "cases.prompt.openEnd");
        TextField amount = fields.text("amount", "cases.field.amount", form.amountProperty(), "cases.prompt.amount");
        amount.setAlignment(Pos.CENTER_RIGHT);
        Dialog<ButtonType> dialog = CaseWidgets.formDialog(window(), i18n,
                benefit == null ? "cases.benefit.new" : "cases.benefit.edit", fields.grid(), form, model::saveBenefit);
        javafx.application.Platform.runLater(kind::requestFocus);
        dialog.show();
    }

    private Node referralsPane() {
        referrals.setId("case-referrals");
        referrals.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        referrals.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        referrals.setItems(model.referrals());
        referrals.getColumns().setAll(List.of(
                CaseWidgets.<Referral>column(i18n, "cases.field.referralTo",
                        (m, referral) -> model.organisationName(referral.organisationId()), 250),
                CaseWidgets.<Referral>column(i18n, "cases.field.subject", (m, referral) -> referral.subject(), 170),
                CaseWidgets.<Referral>column(i18n, "cases.field.referralStatus",
                        (m, referral) -> CaseWidgets.label(m, referral.status()), 110),
                CaseWidgets.<Referral>column(i18n, "cases.field.referredOn",
                        (m, referral) -> model.formats().day(referral.referredOn()), 110)));
        referrals.getColumns().forEach(column -> column.setMinWidth(column.getPrefWidth() * 0.7));
        referrals.getColumns().stream().skip(1).forEach(column -> column.setMaxWidth(column.getPrefWidth() * 1.2));
        referrals.setPlaceholder(Widgets.label(i18n, "cases.referrals.empty", Styles.TEXT_MUTED));
        referrals.setRowFactory(table -> rowOpening(
                () -> editReferral(referrals.getSelectionModel().getSelectedItem())));
        openOnEnter(referrals, () -> editReferral(referrals.getSelectionModel().getSelectedItem()));
        Button add = CaseWidgets.button(i18n, "cases.referrals.new", "case-referral-new", () -> editReferral(null));
        Button edit = CaseWidgets.button(i18n, "cases.action.edit", "case-referral-edit",
                () -> editReferral(referrals.getSelectionModel().getSelectedItem()));
        edit.disableProperty().bind(referrals.getSelectionModel().selectedItemProperty().isNull());
        return withToolbar(referrals, null, add, edit);
    }

    private void editReferral(Referral referral) {
        model.editReferral(referral);
        ReferralForm form = model.referralForm();
        CaseWidgets.Form fields = new CaseWidgets.Form(i18n, form.problems());
        List<Organisation> choices = new ArrayList<>(model.organisations());
        var organisation = fields.choice("organisation", "cases.field.referralTo", form.organisationProperty(),
                choices, (m, item) -> item == null ? m.get("cases.field.organisation.choose") : item.name());
        fields.text("subject", "cases.field.subject", form.subjectProperty(), "cases.prompt.subject");
        fields.choice("referralStatus", "cases.field.referralStatus", form.statusProperty(),
                List.of(ReferralStatus.values()), CaseWidgets::label);
        fields.text("referredOn", "cases.field.referredOn", form.referredOnProperty(), "cases.prompt.day");
        Dialog<ButtonType> dialog = CaseWidgets.formDialog(window(), i18n,
                referral == null ? "cases.referral.new" : "cases.referral.edit", fields.grid(), form,
                model::saveReferral);
        javafx.application.Platform.runLater(organisation::requestFocus);
        dialog.show();
    }

    // --- shared pieces ---

    private static Node withToolbar(Node table, Label summary, Button... buttons) {
        HBox bar = new HBox(8, buttons);
        bar.setAlignment(Pos.CENTER_LEFT);
        if (summary != null) {
            Region grow = new Region();
            HBox.setHgrow(grow, Priority.ALWAYS);
            bar.getChildren().addAll(grow, summary);
        }
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox pane = new VBox(10, bar, table);
        pane.setPadding(new Insets(12));
        return pane;
    }

    private static <T> TableRow<T> rowOpening(Runnable open) {
        TableRow<T> row = new TableRow<>();
        openOnDoubleClick(row, open);
        return row;
    }

    private static <T> void openOnDoubleClick(TableRow<T> row, Runnable open) {
        row.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                open.run();
            }
        });
    }

    private static void openOnEnter(TableView<?> table, Runnable open) {
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                open.run();
                event.consume();
            }
        });
    }

    private static Region spacer(double width) {
        Region spacer = new Region();
        spacer.setMinWidth(width);
        return spacer;
    }

    // --- shortcuts from the window ---

    /** Ctrl+N: a new record in the tab shown (in the journal: the cursor into the text). */
    public void newRecord() {
        if (model.caseFileProperty().get() == null) {
            return;
        }
        Tab shown = tabs.getSelectionModel().getSelectedItem();
        if (shown == planTab) {
            editStep(null);
        } else if (shown == journalTab) {
            journalText.requestFocus();
        } else if (shown == consentsTab) {
            editConsent(null);
        } else if (shown == benefitsTab) {
            editBenefit(null);
        } else if (shown == referralsTab) {
            editReferral(null);
        }
    }

    /** Ctrl+S: adds the journal entry written. */
    public void save() {
        if (model.isDirty()) {
            model.addJournalEntry(() -> { });
        }
    }

    /** Esc: drops the journal entry written or the correction begun, only while the journal is in view. */
    public void cancel() {
        if (tabs.getSelectionModel().getSelectedItem() == journalTab
                && (model.isDirty() || model.correctingProperty().get() != null)) {
            model.discardJournal();
        }
    }

    /** Shows the plan (0), journal (1), consents (2), benefits (3) or referrals (4). */
    public void showTab(int index) {
        tabs.getSelectionModel().select(index);
    }

    /** Moves the keyboard into the case file. */
    public void focus() {
        Tab shown = tabs.getSelectionModel().getSelectedItem();
        if (shown == journalTab) {
            journalText.requestFocus();
        } else if (shown == planTab) {
            plan.requestFocus();
        } else {
            tabs.requestFocus();
        }
    }
}
