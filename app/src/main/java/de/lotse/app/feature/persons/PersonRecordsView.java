package de.lotse.app.feature.persons;

import atlantafx.base.theme.Styles;
import de.lotse.app.i18n.Messages;
import de.lotse.app.ui.I18n;
import de.lotse.app.ui.Widgets;
import de.lotse.core.agenda.Appointment;
import de.lotse.core.cases.CaseSummary;
import de.lotse.core.person.HouseholdRole;
import de.lotse.core.person.HouseholdView;
import de.lotse.core.person.PersonNames;
import de.lotse.core.person.PersonRow;
import de.lotse.core.person.ResidenceKind;
import de.lotse.core.person.ResidenceStatus;
import de.lotse.core.text.Days;
import de.lotse.core.validation.FieldProblem;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The cards under a stored person's form: household (editable), residence history, cases. */
public final class PersonRecordsView {

    private final PersonRecordsViewModel model;
    private final I18n i18n;
    private final Consumer<UUID> openPerson;
    private final Consumer<UUID> openCase;
    private final Runnable newCase;
    private final Runnable newAppointment;
    private final VBox household = card("records-household");
    private final VBox residence = card("records-residence");
    private final VBox cases = card("records-cases");
    private final VBox appointments = card("records-appointments");
    private final VBox root = new VBox(14, household, residence, cases, appointments);

    /**
     * {@code openPerson} and {@code openCase} show a member or a case; {@code newCase} starts a
     * new case and {@code newAppointment} a new appointment for the shown person.
     */
    public PersonRecordsView(PersonRecordsViewModel model, I18n i18n, Consumer<UUID> openPerson,
            Consumer<UUID> openCase, Runnable newCase, Runnable newAppointment) {
        this.model = model;
        this.i18n = i18n;
        this.openPerson = openPerson;
        this.openCase = openCase;
        this.newCase = newCase;
        this.newAppointment = newAppointment;
        model.householdProperty().addListener((obs, old, now) -> fillHousehold());
        model.memberMatches().addListener((ListChangeListener<PersonRow>) change -> fillHousehold());
        model.residences().addListener((ListChangeListener<ResidenceStatus>) change -> fillResidence());
        model.residenceProblems().addListener((MapChangeListener<String, FieldProblem>) change -> fillResidence());
        model.cases().addListener((ListChangeListener<CaseSummary>) change -> fillCases());
        model.appointments().addListener((ListChangeListener<Appointment>) change -> fillAppointments());
        i18n.messagesProperty().addListener((obs, old, now) -> fillAll());
        fillAll();
    }

    public Node root() {
        return root;
    }

    private void fillAll() {
        fillHousehold();
        fillResidence();
        fillCases();
        fillAppointments();
    }

    private void fillAppointments() {
        Messages m = i18n.current();
        Button create = new Button(m.get("records.appointments.new"));
        create.setId("appointment-new");
        create.setOnAction(event -> newAppointment.run());
        appointments.getChildren().setAll(line(title("records.appointments"), grow(), create));
        if (model.appointments().isEmpty()) {
            appointments.getChildren().add(muted(m.get("records.appointments.none")));
        }
        for (Appointment appointment : model.appointments()) {
            Label when = new Label(m.date(appointment.startsAt().toLocalDate()) + " " + m.time(appointment.startsAt()));
            when.getStyleClass().add(Styles.TEXT_BOLD);
            Label what = muted(appointment.place() == null ? appointment.title()
                    : appointment.title() + " · " + appointment.place());
            appointments.getChildren().add(new VBox(2, when, what));
        }
    }

    private static VBox card(String id) {
        VBox card = new VBox(8);
        card.getStyleClass().add(Widgets.CARD);
        card.setId(id);
        return card;
    }

    private Label title(String key) {
        Label title = new Label(i18n.current().get(key));
        title.getStyleClass().add(Styles.TITLE_4);
        return title;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.setWrapText(true);
        return label;
    }

    private static HBox line(Node... nodes) {
        HBox line = new HBox(10, nodes);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private static Region grow() {
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        return grow;
    }

    private void fillHousehold() {
        Messages m = i18n.current();
        household.getChildren().setAll(title("editor.household"));
        HouseholdView view = model.householdProperty().get();
        if (view == null) {
            Button create = new Button(m.get("records.household.create"));
            create.setId("household-create");
            create.setOnAction(event -> model.createHousehold());
            household.getChildren().addAll(muted(m.get("records.household.none")), create);
            return;
        }
        var address = view.address();
        household.getChildren().add(muted(String.join(", ", address.street() == null ? "" : address.street(),
                String.join(" ", address.postalCode() == null ? "" : address.postalCode(),
                        address.city() == null ? "" : address.city()).strip())));
        for (HouseholdView.Member member : view.members()) {
            boolean self = member.personId().equals(model.personProperty().get());
            Label name = new Label(PersonNames.display(member.familyName(), member.givenName()) + " · "
                    + (member.birthDate() == null ? "–" : member.birthDate().format()));
            if (self) {
                name.getStyleClass().add(Styles.TEXT_BOLD);
            }
            ComboBox<HouseholdRole> role = enumChooser(HouseholdRole.values(), "role.");
            role.setValue(member.role());
            role.valueProperty().addListener((obs, old, chosen) -> model.setRole(member.personId(), chosen));
            Button remove = new Button(m.get("records.household.remove"));
            remove.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
            remove.setOnAction(event -> model.removeMember(member.personId()));
            name.setWrapText(true);
            Node who = self ? name : link(name, () -> openPerson.accept(member.personId()));
            household.getChildren().add(new VBox(2, who, line(role, remove)));
        }
        TextField search = new TextField(model.memberQueryProperty().get());
        search.setId("household-search");
        search.setPromptText(m.get("records.household.search"));
        search.textProperty().addListener((obs, old, now) -> model.memberQueryProperty().set(now));
        ComboBox<HouseholdRole> newRole = enumChooser(HouseholdRole.values(), "role.");
        newRole.valueProperty().bindBidirectional(model.memberRoleProperty());
        Label as = muted(m.get("records.household.as"));
        household.getChildren().addAll(new Separator(), search, line(as, newRole));
        for (PersonRow match : model.memberMatches()) {
            Button add = new Button(m.get("records.household.add"));
            add.getStyleClass().add(Styles.SMALL);
            add.setOnAction(event -> model.addMember(match.id()));
            Label found = new Label(PersonNames.display(match.familyName(), match.givenName()) + " · "
                    + (match.birthDate() == null ? "–" : match.birthDate().format()));
            found.setWrapText(true);
            found.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(found, Priority.ALWAYS);
            household.getChildren().add(line(found, add));
        }
        if (!model.memberQueryProperty().get().isEmpty()) {
            search.requestFocus();
            search.end();
        }
    }

    private void fillResidence() {
        Messages m = i18n.current();
        residence.getChildren().setAll(title("records.residence"));
        if (model.residences().isEmpty()) {
            residence.getChildren().add(muted(m.get("records.residence.none")));
        }
        for (ResidenceStatus status : model.residences()) {
            Label kind = new Label(m.get("residenceKind." + status.kind().name()));
            kind.getStyleClass().add(Styles.TEXT_BOLD);
            kind.setWrapText(true);
            Label dates = muted(m.get("records.residence.dates", status.validFrom() == null ? "–"
                    : Days.format(status.validFrom()), status.validUntil() == null ? m.get("records.residence.open")
                    : Days.format(status.validUntil())) + (status.note() == null ? "" : " · " + status.note()));
            Button remove = new Button(m.get("records.residence.remove"));
            remove.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
            remove.setOnAction(event -> model.removeResidence(status.id()));
            residence.getChildren().add(new VBox(2, kind, line(dates, grow(), remove)));
        }
        ComboBox<ResidenceKind> kind = enumChooser(ResidenceKind.values(), "residenceKind.");
        kind.setId("residence-kind");
        kind.setMaxWidth(Double.MAX_VALUE);
        kind.valueProperty().bindBidirectional(model.residenceKindProperty());
        TextField from = field("residence-from", m.get("records.residence.from"), model.residenceFromProperty());
        TextField until = field("residence-until", m.get("records.residence.until"), model.residenceUntilProperty());
        HBox.setHgrow(from, Priority.ALWAYS);
        HBox.setHgrow(until, Priority.ALWAYS);
        TextField note = field("residence-note", m.get("records.residence.note"), model.residenceNoteProperty());
        HBox.setHgrow(note, Priority.ALWAYS);
        Button add = new Button(m.get("records.residence.add"));
        add.setId("residence-add");
        add.setOnAction(event -> model.addResidence());
        residence.getChildren().addAll(new Separator(), kind, line(from, until), line(note, add));
        for (FieldProblem problem : model.residenceProblems().values()) {
            Label text = new Label(m.get("field." + problem.field()) + ": "
                    + m.problem(problem));
            text.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
            residence.getChildren().add(text);
        }
    }

    private void fillCases() {
        Messages m = i18n.current();
        Button create = new Button(m.get("records.cases.new"));
        create.setId("case-new");
        create.setOnAction(event -> newCase.run());
        cases.getChildren().setAll(line(title("records.cases"), grow(), create));
        if (model.cases().isEmpty()) {
            cases.getChildren().add(muted(m.get("records.cases.none")));
        }
        for (CaseSummary summary : model.cases()) {
            Label number = new Label(summary.number());
            number.getStyleClass().add(Styles.TEXT_BOLD);
            Label facts = muted(String.join(" · ", m.get("caseStatus." + summary.status().name()),
                    summary.caseworker() == null ? m.get("records.cases.nobody") : summary.caseworker(),
                    summary.householdId() == null ? m.get("records.cases.person") : m.get("records.cases.household")));
            Button open = new Button(m.get("records.cases.open"));
            open.getStyleClass().add(Styles.SMALL);
            open.setOnAction(event -> openCase.accept(summary.id()));
            cases.getChildren().add(new VBox(2, line(number, grow(), open), facts));
        }
    }

    private static TextField field(String id, String prompt, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(8);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static Node link(Label label, Runnable action) {
        javafx.scene.control.Hyperlink link = new javafx.scene.control.Hyperlink(label.getText());
        link.setOnAction(event -> action.run());
        return link;
    }

    private <E extends Enum<E>> ComboBox<E> enumChooser(E[] values, String keyPrefix) {
        ComboBox<E> box = new ComboBox<>();
        box.getItems().setAll(values);
        Function<E, String> text = value -> value == null ? "" : i18n.current().get(keyPrefix + value.name());
        box.setCellFactory(list -> cell(text));
        box.setButtonCell(cell(text));
        return box;
    }

    private static <E> ListCell<E> cell(Function<E, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(E item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : text.apply(item));
            }
        };
    }
}
