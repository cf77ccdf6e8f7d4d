package de.lotse.app.feature.directory;

import de.lotse.app.ui.TaskRunner;
import de.lotse.app.ui.form.Form;
import de.lotse.app.ui.form.FormModel;
import de.lotse.core.directory.DirectoryService;
import de.lotse.core.directory.OrganisationContact;
import de.lotse.core.validation.FieldProblem;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The small form of one contact person (Ansprechpartner) of an organisation, new or stored. */
public final class ContactFormModel implements FormModel<OrganisationContact> {

    private final DirectoryService directory;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty role = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final Form<OrganisationContact> form;
    private UUID organisationId;

    ContactFormModel(DirectoryService directory, TaskRunner tasks, Consumer<Throwable> onFailure) {
        this.directory = directory;
        this.form = new Form<>(tasks, onFailure, directory::newId, this::fill, this::read);
        form.track(name, role, phone, email);
    }

    @Override
    public Form<OrganisationContact> form() {
        return form;
    }

    /** Fills the form with {@code contact}, or empties it for a new contact of the organisation when null. */
    void start(UUID organisation, OrganisationContact contact) {
        organisationId = organisation;
        if (contact == null) {
            form.newRecord();
        } else {
            form.open(contact.id(), contact);
        }
    }

    private void fill(OrganisationContact contact) {
        name.set(contact == null ? "" : Form.text(contact.name()));
        role.set(contact == null ? "" : Form.text(contact.role()));
        phone.set(contact == null ? "" : Form.text(contact.phone()));
        email.set(contact == null ? "" : Form.text(contact.email()));
    }

    private OrganisationContact read(UUID id, List<FieldProblem> found) {
        return new OrganisationContact(id, organisationId, name.get(), role.get(), phone.get(), email.get());
    }

    /** Saves when every field is good; otherwise the problems appear beside the fields and nothing is saved. */
    public void save(Consumer<OrganisationContact> onSaved) {
        form.saveAndOpen(directory::save, OrganisationContact::id, onSaved);
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
}
