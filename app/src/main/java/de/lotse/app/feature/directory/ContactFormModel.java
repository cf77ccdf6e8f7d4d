package de.lotse.app.feature.directory;

import de.lotse.app.ui.TaskRunner;
import de.lotse.core.directory.DirectoryService;
import de.lotse.core.directory.OrganisationContact;
import de.lotse.core.validation.FieldProblem;
import de.lotse.core.validation.Validated;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/** The small form of one contact person (Ansprechpartner) of an organisation, new or stored. */
public final class ContactFormModel {

    private final DirectoryService directory;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty role = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<UUID> editing = new ReadOnlyObjectWrapper<>();
    private final ObservableMap<String, FieldProblem> problems = FXCollections.observableHashMap();
    private final ObservableMap<String, FieldProblem> problemsView = FXCollections.unmodifiableObservableMap(problems);
    private UUID organisationId;

    ContactFormModel(DirectoryService directory, TaskRunner tasks, Consumer<Throwable> onFailure) {
        this.directory = directory;
        this.tasks = tasks;
        this.onFailure = onFailure;
    }

    /** Fills the form with {@code contact}, or empties it for a new contact of the organisation when null. */
    void start(UUID organisation, OrganisationContact contact) {
        organisationId = organisation;
        editing.set(contact == null ? null : contact.id());
        name.set(contact == null ? "" : Problems.text(contact.name()));
        role.set(contact == null ? "" : Problems.text(contact.role()));
        phone.set(contact == null ? "" : Problems.text(contact.phone()));
        email.set(contact == null ? "" : Problems.text(contact.email()));
        problems.clear();
    }

    /** Saves when every field is good; otherwise the problems appear beside the fields and nothing is saved. */
    public void save(Consumer<OrganisationContact> onSaved) {
        UUID id = editing.get();
        UUID organisation = organisationId;
        String nameText = name.get();
        String roleText = role.get();
        String phoneText = phone.get();
        String emailText = email.get();
        tasks.run(() -> directory.save(new OrganisationContact(id == null ? directory.newId() : id, organisation, nameText,
                roleText, phoneText, emailText)), result -> {
                    switch (result) {
                        case Validated.Valid<OrganisationContact> valid -> {
                            problems.clear();
                            editing.set(valid.value().id());
                            onSaved.accept(valid.value());
                        }
                        case Validated.Invalid<OrganisationContact> invalid ->
                            Problems.show(problems, invalid.problems());
                    }
                }, onFailure);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty roleProperty() {
        return role;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty emailProperty() {
        return email;
    }

    /** The stored contact shown, or null for a new one. */
    public ReadOnlyObjectProperty<UUID> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public ObservableMap<String, FieldProblem> problems() {
        return problemsView;
    }
}
