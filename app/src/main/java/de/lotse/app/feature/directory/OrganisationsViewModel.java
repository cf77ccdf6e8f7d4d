package de.lotse.app.feature.directory;

import de.lotse.app.ui.TaskRunner;
import de.lotse.app.ui.form.Form;
import de.lotse.app.ui.form.FormMode;
import de.lotse.core.directory.DirectoryService;
import de.lotse.core.directory.Organisation;
import de.lotse.core.directory.OrganisationContact;
import de.lotse.core.directory.OrganisationKind;
import de.lotse.core.directory.StepCategory;
import de.lotse.core.person.Address;
import de.lotse.core.text.Names;
import de.lotse.core.validation.FieldProblem;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The office's partner organisations and authorities: a list that filters while typing, and the
 * form of one organisation with its topics (Zuständigkeiten) and its contacts. Saving checks every
 * field first; problems appear beside the fields and nothing is saved.
 */
public final class OrganisationsViewModel implements ListFormModel<Organisation> {

    private final DirectoryService directory;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;

    private final ObservableList<Organisation> all = FXCollections.observableArrayList();
    private final FilteredList<Organisation> shown = new FilteredList<>(all);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);

    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<OrganisationKind> kind = new SimpleObjectProperty<>(OrganisationKind.OTHER);
    private final Map<StepCategory, BooleanProperty> topics = new EnumMap<>(StepCategory.class);
    private final StringProperty street = new SimpleStringProperty("");
    private final StringProperty postalCode = new SimpleStringProperty("");
    private final StringProperty city = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final Form<Organisation> form;
    private final ObservableList<OrganisationContact> contacts = FXCollections.observableArrayList();
    private final ObservableList<OrganisationContact> contactsView = FXCollections.unmodifiableObservableList(contacts);
    private final ObservableList<Organisation> allView = FXCollections.unmodifiableObservableList(all);

    private final ContactFormModel contactForm;

    public OrganisationsViewModel(DirectoryService directory, TaskRunner tasks, Consumer<Throwable> onFailure) {
        this.directory = directory;
        this.tasks = tasks;
        this.onFailure = onFailure;
        this.contactForm = new ContactFormModel(directory, tasks, onFailure);
        for (StepCategory category : StepCategory.values()) {
            topics.put(category, new SimpleBooleanProperty(false));
        }
        form = new Form<>(tasks, onFailure, directory::newId, this::show, this::read);
        form.track(name, kind, street, postalCode, city, phone, email);
        form.track(topics.values().toArray(BooleanProperty[]::new));
        filter.addListener((obs, old, text) -> applyFilter());
    }

    @Override
    public Form<Organisation> form() {
        return form;
    }

    private Set<StepCategory> chosenTopics() {
        Set<StepCategory> chosen = EnumSet.noneOf(StepCategory.class);
        topics.forEach((category, checked) -> {
            if (checked.get()) {
                chosen.add(category);
            }
        });
        return chosen;
    }

    /** Reads every organisation in the background. */
    public void load() {
        load(() -> { });
    }

    private void load(Runnable then) {
        tasks.run(directory::organisations, organisations -> {
            all.setAll(organisations);
            loaded.set(true);
            then.run();
        }, onFailure);
    }

    private void applyFilter() {
        List<String> words = Names.tokens(filter.get());
        shown.setPredicate(words.isEmpty() ? null : organisation -> {
            String text = Names.normalize(String.join(" ", organisation.name(),
                    Form.text(organisation.address().street()), Form.text(organisation.address().postalCode()),
                    Form.text(organisation.address().city())));
            return words.stream().allMatch(text::contains);
        });
    }

    /** Shows a stored organisation in the form and reads its contacts. */
    @Override
    public void edit(Organisation organisation) {
        form.open(organisation.id(), organisation);
        loadContacts(organisation.id());
    }

    private void loadContacts(UUID organisationId) {
        contacts.clear();
        tasks.run(() -> directory.contacts(organisationId), found -> {
            if (organisationId.equals(form.editingProperty().get())) {
                contacts.setAll(found);
            }
        }, onFailure);
    }

    /** An empty form for a new organisation (Ctrl+N). */
    public void newOrganisation() {
        form.newRecord();
        contacts.clear();
    }

    /** Drops the changes (Esc): back to what was stored, or an empty form. */
    @Override
    public void cancel() {
        form.cancel();
        if (form.modeProperty().get() == FormMode.EMPTY) {
            contacts.clear();
        }
    }

    private void show(Organisation organisation) {
        name.set(organisation == null ? "" : organisation.name());
        kind.set(organisation == null ? OrganisationKind.OTHER : organisation.kind());
        topics.forEach((category, checked) -> checked.set(organisation != null
                && organisation.topics().contains(category)));
        Address address = organisation == null ? new Address(null, null, null) : organisation.address();
        street.set(Form.text(address.street()));
        postalCode.set(Form.text(address.postalCode()));
        city.set(Form.text(address.city()));
        phone.set(organisation == null ? "" : Form.text(organisation.phone()));
        email.set(organisation == null ? "" : Form.text(organisation.email()));
    }

    private Organisation read(UUID id, List<FieldProblem> found) {
        return new Organisation(id, name.get(), kind.get() == null ? OrganisationKind.OTHER : kind.get(),
                chosenTopics(), new Address(street.get(), postalCode.get(), city.get()), phone.get(), email.get());
    }

    @Override
    public void save(Consumer<UUID> onSaved, Runnable onInvalid) {
        form.saveAndOpen(directory::save, Organisation::id, stored -> load(() -> onSaved.accept(stored.id())),
                onInvalid);
    }

    /** Empties the contact form for a new contact of the organisation shown (it must be stored). */
    public void newContact() {
        contactForm.start(form.editingProperty().get(), null);
    }

    /** Fills the contact form with a contact of the organisation shown. */
    public void editContact(OrganisationContact contact) {
        contactForm.start(form.editingProperty().get(), contact);
    }

    /** Saves the contact form; when it was good, the contacts are read anew and {@code onSaved} runs. */
    public void saveContact(Runnable onSaved) {
        UUID organisation = form.editingProperty().get();
        contactForm.save(contact -> {
            if (organisation != null) {
                loadContacts(organisation);
            }
            onSaved.run();
        });
    }

    public ContactFormModel contactForm() {
        return contactForm;
    }

    /** The contacts of the organisation shown, by name. */
    public ObservableList<OrganisationContact> contacts() {
        return contactsView;
    }

    /** The organisations that match the filter, by name. */
    public ObservableList<Organisation> shown() {
        return shown;
    }

    /** Every organisation read, for counts. */
    public ObservableList<Organisation> all() {
        return allView;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<OrganisationKind> kindProperty() {
        return kind;
    }

    /** Whether the organisation is responsible for {@code category}. */
    public BooleanProperty topicProperty(StepCategory category) {
        return topics.get(category);
    }

    public StringProperty streetProperty() {
        return street;
    }

    public StringProperty postalCodeProperty() {
        return postalCode;
    }

    public StringProperty cityProperty() {
        return city;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty emailProperty() {
        return email;
    }
}
