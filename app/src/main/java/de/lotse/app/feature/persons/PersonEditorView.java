package de.lotse.app.feature.persons;

import atlantafx.base.theme.Styles;
import de.lotse.app.feature.persons.PersonEditorViewModel.Candidate;
import de.lotse.app.i18n.Messages;
import de.lotse.app.ui.I18n;
import de.lotse.app.ui.Widgets;
import de.lotse.app.ui.form.FormMode;
import de.lotse.core.person.PersonDraft;
import de.lotse.core.person.PersonNames;
import de.lotse.core.person.Sex;
import de.lotse.core.validation.FieldProblem;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The form of one person beside the list: fields with their problems, candidates, household. */
public final class PersonEditorView {

    private final PersonEditorViewModel model;
    private final I18n i18n;
    private final Consumer<UUID> onSaved;
    private final Consumer<UUID> onOpen;
    private final ScrollPane root;
    private final GridPane form = new GridPane();
    private final VBox candidates = new VBox(8);
    private final TextField firstField;
    private int row;

    /**
     * {@code onSaved} is told the id of a saved person; {@code onOpen} opens another stored person
     * (a candidate the person recognised); {@code records} is shown under the form of a stored person.
     */
    public PersonEditorView(PersonEditorViewModel model, I18n i18n, Consumer<UUID> onSaved, Consumer<UUID> onOpen,
            Node records) {
        this.model = model;
        this.i18n = i18n;
        this.onSaved = onSaved;
        this.onOpen = onOpen;

        Label title = new Label();
        title.getStyleClass().add(Styles.TITLE_3);
        title.setId("editor-title");
        title.textProperty().bind(i18n.text(m -> switch (model.modeProperty().get()) {
            case EMPTY -> m.get("editor.none");
            case NEW -> m.get("editor.new");
            case EDIT -> String.join(", ", model.familyNameProperty().get(), model.givenNameProperty().get());
        }, model.modeProperty(), model.familyNameProperty(), model.givenNameProperty()));
        Label hint = Widgets.label(i18n, "editor.empty", Styles.TEXT_MUTED);
        hint.setWrapText(true);

        form.setHgap(14);
        form.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints(162);
        ColumnConstraints fields = new ColumnConstraints(120, 320, 480);
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(labels, fields);
        firstField = text("familyName", "field.familyName.required", model.familyNameProperty(), null);
        text("givenName", "field.givenName", model.givenNameProperty(), null);
        text("birthDate", "field.birthDate", model.birthDateProperty(), "editor.birthDate.prompt");
        sexField();
        text("nationality", "field.nationality", model.nationalitiesProperty(), "editor.nationality.prompt");
        section("editor.section.names");
        text("nameOriginal", "field.nameOriginal", model.nameOriginalProperty(), "editor.nameOriginal.prompt");
        text("otherNames", "field.otherNames", model.otherNamesProperty(), "editor.otherNames.prompt");
        languagesField();
        section("editor.section.arrival");
        text("arrivalInGermany", "field.arrivalInGermany", model.arrivalInGermanyProperty(), "editor.day.prompt");
        text("arrivalInTown", "field.arrivalInTown", model.arrivalInTownProperty(), "editor.day.prompt");
        text("fileNumberAbh", "field.fileNumberAbh", model.fileNumberAbhProperty(), null);
        text("fileNumberBamf", "field.fileNumberBamf", model.fileNumberBamfProperty(), "editor.fileNumberBamf.prompt");
        section("editor.section.contact");
        text("phone", "field.phone", model.phoneProperty(), null);
        text("email", "field.email", model.emailProperty(), null);
        text("street", "field.street", model.streetProperty(), null);
        text("postalCode", "field.postalCode", model.postalCodeProperty(), null);
        text("city", "field.city", model.cityProperty(), null);
        section("editor.section.notes");
        TextArea notes = new TextArea();
        notes.setId("field-notes");
        notes.setPrefRowCount(4);
        notes.setWrapText(true);
        notes.textProperty().bindBidirectional(model.notesProperty());
        addRow("notes", "field.notes", notes);

        Button save = new Button();
        save.textProperty().bind(i18n.text("editor.save"));
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(true);
        save.setId("editor-save");
        save.setTooltip(new javafx.scene.control.Tooltip("Ctrl+S"));
        save.setOnAction(event -> model.save(onSaved));
        Button cancel = new Button();
        cancel.textProperty().bind(i18n.text("editor.cancel"));
        cancel.setId("editor-cancel");
        cancel.setTooltip(new javafx.scene.control.Tooltip("Esc"));
        cancel.disableProperty().bind(model.dirtyBinding().not());
        cancel.setOnAction(event -> model.cancel());
        HBox buttons = new HBox(10, save, cancel);

        candidates.getStyleClass().add(Widgets.CARD);
        candidates.setId("editor-candidates");
        var anyCandidates = Bindings.isNotEmpty(model.candidates());
        candidates.visibleProperty().bind(anyCandidates);
        candidates.managedProperty().bind(anyCandidates);
        model.candidates().addListener((javafx.collections.ListChangeListener<Candidate>) change -> fillCandidates());

        var editing = model.modeProperty().isNotEqualTo(FormMode.EMPTY);
        for (Node node : new Node[] {form, buttons}) {
            node.visibleProperty().bind(editing);
            node.managedProperty().bind(editing);
        }
        hint.visibleProperty().bind(editing.not());
        hint.managedProperty().bind(editing.not());

        var stored = model.modeProperty().isEqualTo(FormMode.EDIT);
        records.visibleProperty().bind(stored);
        records.managedProperty().bind(stored);
        VBox page = new VBox(14, title, hint, candidates, form, buttons, records);
        page.setPadding(new Insets(20, 20, 20, 20));
        root = new ScrollPane(page);
        root.setFitToWidth(true);
        root.setId("person-editor");
        i18n.messagesProperty().addListener((obs, old, now) -> fillCandidates());
    }

    public Parent root() {
        return root;
    }

    /** Puts the cursor into the first field (after Ctrl+N). */
    public void focusFirstField() {
        firstField.requestFocus();
    }

    private TextField text(String field, String labelKey, StringProperty value, String promptKey) {
        TextField input = new TextField();
        input.setId("field-" + field);
        input.textProperty().bindBidirectional(value);
        if (promptKey != null) {
            input.promptTextProperty().bind(i18n.text(promptKey));
        }
        addRow(field, labelKey, input);
        return input;
    }

    /** A heading between groups of fields, over both columns. */
    private void section(String key) {
        Label heading = Widgets.label(i18n, key, Styles.TEXT_BOLD);
        GridPane.setMargin(heading, new Insets(12, 0, 2, 0));
        form.add(heading, 0, row++, 2, 1);
    }

    /** The codes, the names of the languages they stand for beneath, and whether an interpreter is needed. */
    private void languagesField() {
        TextField codes = text("languages", "field.languages", model.languagesProperty(), "editor.languages.prompt");
        Label names = new Label();
        names.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        names.textProperty().bind(i18n.text(m -> languageNames(model.languagesProperty().get(), m.locale()),
                model.languagesProperty()));
        ((VBox) codes.getParent()).getChildren().add(1, names);
        CheckBox interpreter = new CheckBox();
        interpreter.setId("field-interpreterNeeded");
        interpreter.textProperty().bind(i18n.text("field.interpreterNeeded"));
        interpreter.selectedProperty().bindBidirectional(model.interpreterNeededProperty());
        form.add(interpreter, 1, row++);
    }

    /** "ar, ku" as "Arabisch, Kurdisch"; unknown codes are left out (the check names them). */
    static String languageNames(String codes, Locale locale) {
        return java.util.Arrays.stream(codes.split("[,;\\s]+")).filter(code -> code.length() == 2)
                .map(code -> Locale.of(code.toLowerCase(Locale.ROOT)))
                .filter(language -> !language.getDisplayLanguage(locale).equalsIgnoreCase(language.getLanguage()))
                .map(language -> language.getDisplayLanguage(locale)).collect(java.util.stream.Collectors.joining(", "));
    }

    private void sexField() {
        ComboBox<Sex> sex = new ComboBox<>();
        sex.setId("field-sex");
        sex.getItems().setAll(Sex.values());
        sex.valueProperty().bindBidirectional(model.sexProperty());
        sex.setButtonCell(sexCell());
        sex.setCellFactory(list -> sexCell());
        i18n.messagesProperty().addListener((obs, old, now) -> sex.setButtonCell(sexCell()));
        addRow("sex", "persons.column.sex", sex);
    }

    private ListCell<Sex> sexCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Sex item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : i18n.current().get("sex." + item.name()));
            }
        };
    }

    /** A label, the input, and beneath it the problem of the field (hidden while there is none). */
    private void addRow(String field, String labelKey, javafx.scene.control.Control input) {
        Label label = Widgets.label(i18n, labelKey, Styles.TEXT_MUTED);
        label.setLabelFor(input);
        Label problem = new Label();
        problem.setId("problem-" + field);
        problem.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        problem.setWrapText(true);
        problem.textProperty().bind(i18n.text(m -> describe(m, model.problems().get(field)), model.problems()));
        var hasProblem = Bindings.createBooleanBinding(() -> model.problems().containsKey(field), model.problems());
        problem.visibleProperty().bind(hasProblem);
        problem.managedProperty().bind(hasProblem);
        model.problems().addListener((MapChangeListener<String, FieldProblem>) change ->
                input.pseudoClassStateChanged(Styles.STATE_DANGER, model.problems().containsKey(field)));
        input.setMaxWidth(Double.MAX_VALUE);
        form.add(label, 0, row);
        form.add(new VBox(3, input, problem), 1, row++);
        GridPane.setValignment(label, javafx.geometry.VPos.TOP);
        GridPane.setMargin(label, new Insets(6, 0, 0, 0));
    }

    private static String describe(Messages messages, FieldProblem problem) {
        return problem == null ? "" : messages.problem(problem);
    }

    private void fillCandidates() {
        Messages m = i18n.current();
        candidates.getChildren().clear();
        if (model.candidates().isEmpty()) {
            return;
        }
        Label title = new Label(m.get("editor.candidates.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        Label hint = new Label(m.get("editor.candidates.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        candidates.getChildren().addAll(title, hint);
        for (Candidate candidate : model.candidates()) {
            PersonDraft person = candidate.person().person();
            Label name = new Label(PersonNames.display(person.familyName(), person.givenName()));
            name.getStyleClass().add(Styles.TEXT_BOLD);
            Label facts = new Label(String.join(" · ", person.birthDate() == null ? "–" : person.birthDate().format(),
                    String.join(", ", person.nationalities()),
                    person.contact().address().city() == null ? "" : person.contact().address().city(),
                    m.get("editor.candidates.match", Math.round(candidate.score() * 100))));
            facts.getStyleClass().add(Styles.TEXT_MUTED);
            Button open = new Button(m.get("editor.candidates.open"));
            open.setOnAction(event -> onOpen.accept(candidate.person().id()));
            HBox line = new HBox(12, new VBox(2, name, facts), new javafx.scene.layout.Region(), open);
            HBox.setHgrow(line.getChildren().get(1), Priority.ALWAYS);
            line.setAlignment(Pos.CENTER_LEFT);
            candidates.getChildren().add(line);
        }
        Button anyway = new Button(m.get("editor.candidates.saveAnyway"));
        anyway.setId("editor-save-anyway");
        anyway.getStyleClass().add(Styles.WARNING);
        anyway.setOnAction(event -> model.saveAnyway(onSaved));
        candidates.getChildren().add(anyway);
    }
}
