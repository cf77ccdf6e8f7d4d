package de.lotse.app.feature.directory;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import de.lotse.app.i18n.Messages;
import de.lotse.app.ui.I18n;
import de.lotse.app.ui.Widgets;
import de.lotse.app.ui.form.Form;
import de.lotse.app.ui.form.FormMode;
import de.lotse.core.directory.Organisation;
import de.lotse.core.directory.OrganisationContact;
import de.lotse.core.directory.OrganisationKind;
import de.lotse.core.directory.StepCategory;
import de.lotse.core.text.GermanOrder;
import java.text.Collator;
import java.util.EnumSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;

/** Organisations: the list with a filter on the left, the form with topics and contacts beside it. */
public final class OrganisationsView extends ListFormView<Organisation> {

    private final OrganisationsViewModel model;
    private final SplitPane root;
    private final CustomTextField filter;
    private final TableView<OrganisationContact> contactTable = new TableView<>();
    private final TextField firstField;
    private final Collator collator = GermanOrder.collator();

    public OrganisationsView(OrganisationsViewModel model, I18n i18n) {
        super(model, i18n, Organisation::id, "directory.organisations.unsaved");
        this.model = model;

        filter = (CustomTextField) TextFields.createClearableTextField();
        Node list = list();
        firstField = new TextField();
        Node form = form();
        root = new SplitPane(list, form);
        root.setDividerPositions(0.6);
        root.setId("organisations-view");
    }

    @Override
    public Parent root() {
        return root;
    }

    private Node list() {
        Label title = Widgets.label(i18n, "directory.organisations.title", Styles.TITLE_2);
        Label count = new Label();
        count.setId("organisations-count");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        var shown = Bindings.size(model.shown());
        var total = Bindings.size(model.all());
        count.textProperty().bind(i18n.text(m -> shown.get() == total.get()
                ? m.get("directory.organisations.count", total.get())
                : m.get("directory.organisations.countFiltered", shown.get(), total.get()), shown, total));
        filter.setId("organisations-filter");
        filter.promptTextProperty().bind(i18n.text("directory.organisations.filter.prompt"));
        filter.textProperty().bindBidirectional(model.filterProperty());
        filter.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(filter, Priority.ALWAYS);
        Button add = new Button();
        add.textProperty().bind(i18n.text("directory.organisations.new.button"));
        add.setId("organisations-new");
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setOnAction(event -> newRecord());
        title.setMinWidth(Region.USE_PREF_SIZE);
        count.setMinWidth(Region.USE_PREF_SIZE);
        HBox titleRow = new HBox(14, title, count);
        titleRow.setAlignment(Pos.BASELINE_LEFT);
        HBox searchRow = new HBox(10, filter, add);

        table.setId("organisations-table");
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // the name with its address beneath it; the town is the same for most, so it needs no column
        TableColumn<Organisation, Organisation> name = new TableColumn<>();
        name.textProperty().bind(i18n.text("directory.organisations.column.name"));
        name.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        name.setCellFactory(c -> new TwoLineCell<>(Organisation::name, OrganisationsView::address));
        name.setComparator((a, b) -> collator.compare(a.name(), b.name()));
        name.setPrefWidth(250);
        name.setMinWidth(150);
        table.getColumns().add(name);
        TableColumn<Organisation, String> kind = column("directory.organisations.column.kind",
                organisation -> i18n.current().get("organisationKind." + organisation.kind().name()), 165);
        kind.setMinWidth(165);
        table.getColumns().add(kind);
        TableColumn<Organisation, String> topics = column("directory.organisations.column.topics",
                organisation -> topics(i18n.current(), organisation), 135);
        topics.setMinWidth(110);
        table.getColumns().add(topics);
        SortedList<Organisation> sorted = new SortedList<>(model.shown());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        Label placeholder = new Label();
        placeholder.textProperty().bind(i18n.text(m -> total.get() == 0 ? m.get("directory.organisations.empty")
                : m.get("directory.organisations.noMatch"), total));
        table.setPlaceholder(placeholder);
        VBox.setVgrow(table, Priority.ALWAYS);
        // the list is read anew after a save: the record in the form stays selected
        followSelection(model.all());
        i18n.messagesProperty().addListener((obs, old, now) -> table.refresh());

        VBox box = new VBox(16, new VBox(10, titleRow, searchRow), table);
        box.setPadding(new Insets(24, 16, 16, 20));
        return box;
    }

    /** "Bahnhofstraße 12, 58095 Hagen", leaving out what is not known. */
    private static String address(Organisation organisation) {
        var address = organisation.address();
        String town = String.join(" ", Form.text(address.postalCode()), Form.text(address.city())).strip();
        return String.join(", ", java.util.stream.Stream.of(Form.text(address.street()).strip(), town)
                .filter(part -> !part.isEmpty()).toList());
    }

    private static String topics(Messages m, Organisation organisation) {
        return EnumSet.copyOf(organisation.topics().isEmpty() ? EnumSet.noneOf(StepCategory.class)
                : organisation.topics()).stream().map(topic -> m.get("stepCategory." + topic.name()))
                .collect(Collectors.joining(", "));
    }

    private TableColumn<Organisation, String> column(String key, Function<Organisation, String> text, double width) {
        TableColumn<Organisation, String> column = new TableColumn<>();
        column.textProperty().bind(i18n.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setCellFactory(c -> new TwoLineCell<>(value -> value, null));
        column.setPrefWidth(width);
        return column;
    }

    private Node form() {
        Label title = new Label();
        title.getStyleClass().add(Styles.TITLE_3);
        title.setId("organisation-title");
        title.setWrapText(true);
        title.textProperty().bind(i18n.text(m -> switch (model.modeProperty().get()) {
            case EMPTY -> m.get("directory.organisations.none");
            case NEW -> m.get("directory.organisations.newTitle");
            case EDIT -> model.nameProperty().get();
        }, model.modeProperty(), model.nameProperty()));
        Label hint = Widgets.label(i18n, "directory.organisations.hint", Styles.TEXT_MUTED);
        hint.setWrapText(true);

        FormGrid grid = new FormGrid(i18n, model.problems());
        text(grid, firstField, "name", "directory.field.name", model.nameProperty());
        ComboBox<OrganisationKind> kind = new ComboBox<>();
        kind.setId("field-kind");
        kind.getItems().setAll(OrganisationKind.values());
        kind.setVisibleRowCount(OrganisationKind.values().length);
        kind.valueProperty().bindBidirectional(model.kindProperty());
        EnumCells.install(kind, i18n, value -> "organisationKind." + value.name(), null);
        grid.add("kind", "directory.field.kind", kind);
        FlowPane topics = new FlowPane(16, 8);
        topics.setId("field-topics");
        for (StepCategory category : StepCategory.values()) {
            CheckBox box = new CheckBox();
            box.setId("topic-" + category.name());
            box.textProperty().bind(i18n.text("stepCategory." + category.name()));
            box.selectedProperty().bindBidirectional(model.topicProperty(category));
            box.setMinWidth(Region.USE_PREF_SIZE);
            topics.getChildren().add(box);
        }
        grid.addPlain("directory.field.topics", topics);
        text(grid, new TextField(), "street", "field.street", model.streetProperty());
        TextField postalCode = text(grid, new TextField(), "postalCode", "field.postalCode",
                model.postalCodeProperty());
        postalCode.setMaxWidth(120);
        text(grid, new TextField(), "city", "field.city", model.cityProperty());
        text(grid, new TextField(), "phone", "field.phone", model.phoneProperty());
        text(grid, new TextField(), "email", "field.email", model.emailProperty());

        Button save = new Button();
        save.textProperty().bind(i18n.text("directory.save"));
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(true);
        save.setId("organisation-save");
        save.setTooltip(new Tooltip("Ctrl+S"));
        save.setOnAction(event -> save());
        Button discard = new Button();
        discard.textProperty().bind(i18n.text("directory.discard"));
        discard.setId("organisation-discard");
        discard.setTooltip(new Tooltip("Esc"));
        discard.disableProperty().bind(model.dirtyBinding().not());
        discard.setOnAction(event -> model.cancel());
        HBox buttons = new HBox(10, save, discard);

        Node contacts = contacts();
        var editing = model.modeProperty().isNotEqualTo(FormMode.EMPTY);
        for (Node node : new Node[] {grid.grid(), buttons, contacts}) {
            node.visibleProperty().bind(editing);
            node.managedProperty().bind(editing);
        }
        hint.visibleProperty().bind(editing.not());
        hint.managedProperty().bind(editing.not());

        VBox page = new VBox(14, title, hint, grid.grid(), buttons, contacts);
        page.setPadding(new Insets(20));
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.setId("organisation-form");
        return scroll;
    }

    private static TextField text(FormGrid grid, TextField input, String field, String labelKey,
            StringProperty value) {
        input.setId("field-" + field);
        input.textProperty().bindBidirectional(value);
        return grid.add(field, labelKey, input);
    }

    private Node contacts() {
        contactTable.setId("contacts-table");
        contactTable.getStyleClass().add(Styles.DENSE);
        contactTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // two lines each: name and role, phone and e-mail
        contactTable.getColumns().add(contactColumn("directory.contacts.column.name", OrganisationContact::name,
                OrganisationContact::role, 170));
        contactTable.getColumns().add(contactColumn("directory.contacts.column.reach", OrganisationContact::phone,
                OrganisationContact::email, 170));
        contactTable.setItems(model.contacts());
        contactTable.setPlaceholder(Widgets.label(i18n, "directory.contacts.empty", Styles.TEXT_MUTED));
        contactTable.prefHeightProperty().bind(Bindings.max(2, Bindings.size(model.contacts()))
                .multiply(52).add(36));
        contactTable.setMinHeight(Region.USE_PREF_SIZE);
        contactTable.setRowFactory(t -> {
            TableRow<OrganisationContact> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    editContact(row.getItem());
                }
            });
            return row;
        });
        contactTable.setOnKeyPressed(event -> {
            OrganisationContact chosen = contactTable.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && chosen != null) {
                editContact(chosen);
                event.consume();
            }
        });

        Button add = new Button();
        add.textProperty().bind(i18n.text("directory.contacts.add"));
        add.setId("contacts-add");
        add.setOnAction(event -> {
            model.newContact();
            showContactDialog();
        });
        Button edit = new Button();
        edit.textProperty().bind(i18n.text("directory.contacts.edit"));
        edit.setId("contacts-edit");
        edit.disableProperty().bind(contactTable.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(event -> editContact(contactTable.getSelectionModel().getSelectedItem()));
        HBox buttons = new HBox(10, add, edit);
        Label saveFirst = Widgets.label(i18n, "directory.contacts.saveFirst", Styles.TEXT_MUTED);
        saveFirst.setWrapText(true);

        var stored = model.modeProperty().isEqualTo(FormMode.EDIT);
        for (Node node : new Node[] {contactTable, buttons}) {
            node.visibleProperty().bind(stored);
            node.managedProperty().bind(stored);
        }
        saveFirst.visibleProperty().bind(stored.not());
        saveFirst.managedProperty().bind(stored.not());
        return Widgets.card(i18n, "directory.contacts.title", new VBox(10, saveFirst, contactTable, buttons));
    }

    private TableColumn<OrganisationContact, OrganisationContact> contactColumn(String key,
            Function<OrganisationContact, String> main, Function<OrganisationContact, String> detail, double width) {
        TableColumn<OrganisationContact, OrganisationContact> column = new TableColumn<>();
        column.textProperty().bind(i18n.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> new TwoLineCell<>(contact -> main.apply(contact) == null ? "–"
                : main.apply(contact), detail));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    private void editContact(OrganisationContact contact) {
        if (contact != null) {
            model.editContact(contact);
            showContactDialog();
        }
    }

    /** The contact form as a dialog: Enter saves (it stays open while a field is wrong), Esc cancels. */
    private void showContactDialog() {
        Messages m = i18n.current();
        ContactFormModel form = model.contactForm();
        Dialog<ButtonType> dialog = new Dialog<>();
        Window owner = root.getScene() == null ? null : root.getScene().getWindow();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(m.get(form.editingProperty().get() == null ? "directory.contacts.newTitle"
                : "directory.contacts.editTitle", model.nameProperty().get()));
        ButtonType save = new ButtonType(m.get("directory.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.get("directory.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(save, cancel);
        FormGrid fields = new FormGrid(i18n, form.problems());
        TextField name = text(fields, new TextField(), "name", "directory.field.contactName", form.nameProperty());
        text(fields, new TextField(), "role", "directory.field.role", form.roleProperty());
        text(fields, new TextField(), "phone", "field.phone", form.phoneProperty());
        text(fields, new TextField(), "email", "field.email", form.emailProperty());
        fields.grid().setPrefWidth(460);
        Label heading = new Label(dialog.getTitle());
        heading.getStyleClass().add(Styles.TITLE_4);
        heading.setWrapText(true);
        VBox content = new VBox(16, heading, fields.grid());
        content.setPadding(new Insets(20, 24, 8, 24));
        dialog.getDialogPane().setContent(content);
        // a problem beneath a field makes the form taller: the window grows with it
        javafx.collections.MapChangeListener<String, Object> grow = change -> {
            if (dialog.getDialogPane().getScene() != null && dialog.getDialogPane().getScene().getWindow() != null) {
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }
        };
        form.problems().addListener(grow);
        dialog.setOnHidden(event -> form.problems().removeListener(grow));
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            event.consume();
            model.saveContact(() -> {
                dialog.setResult(save);
                dialog.close();
            });
        });
        dialog.setOnShown(event -> name.requestFocus());
        dialog.showAndWait();
    }

    @Override
    public void newRecord() {
        whenLeaving(() -> {
            select(null);
            model.newOrganisation();
            firstField.requestFocus();
        }, () -> { });
    }

    @Override
    public void focusList() {
        filter.requestFocus();
        filter.selectAll();
    }
}
