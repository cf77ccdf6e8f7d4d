package de.lotse.app.feature.directory;

import de.lotse.app.ui.TaskRunner;
import de.lotse.core.directory.DirectoryService;
import de.lotse.core.directory.Organisation;
import de.lotse.core.directory.OrganisationContact;
import de.lotse.core.directory.OrganisationKind;
import de.lotse.core.directory.StepCategory;
import de.lotse.core.person.Address;
import de.lotse.core.text.Names;
import de.lotse.core.validation.FieldProblem;
import de.lotse.core.validation.Validated;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.transformation.FilteredList;

/**
 * The office's partner organisations and authorities: a list that filters while typing, and the
 * form of one organisation with its topics (Zuständigkeiten) and its contacts. Saving checks every
 * field first; problems appear beside the fields and nothing is saved.
 */
public final class OrganisationsViewModel implements FormModel<Organisation> {

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
    private final ReadOnlyObjectWrapper<FormMode> mode = new ReadOnlyObjectWrapper<>(FormMode.EMPTY);
    private final ReadOnlyObjectWrapper<UUID> editing = new ReadOnlyObjectWrapper<>();
    private final ObservableMap<String, FieldProblem> problems = FXCollections.observableHashMap();
    private final ReadOnlyObjectWrapper<List<Object>> saved = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding dirty;
    private final ObservableList<OrganisationContact> contacts = FXCollections.observableArrayList();
    private final ObservableList<OrganisationContact> contactsView = FXCollections.unmodifiableObservableList(contacts);
    private final ObservableList<Organisation> allView = FXCollections.unmodifiableObservableList(all);
    private final ObservableMap<String, FieldProblem> problemsView = FXCollections.unmodifiableObservableMap(problems);

    private final ContactFormModel contactForm;

    public OrganisationsViewModel(DirectoryService directory, TaskRunner tasks, Consumer<Throwable> onFailure) {
        this.directory = directory;
        this.tasks = tasks;
        this.onFailure = onFailure;
        this.contactForm = new ContactFormModel(directory, tasks, onFailure);
        for (StepCategory category : StepCategory.values()) {
            topics.put(category, new SimpleBooleanProperty(false));
        }
        saved.set(values());
        List<Observable> inputs = new ArrayList<>(List.of(name, kind, street, postalCode, city, phone, email, saved,
                mode));
        inputs.addAll(topics.values());
        dirty = Bindings.createBooleanBinding(() -> mode.get() != FormMode.EMPTY && !values().equals(saved.get()),
                inputs.toArray(Observable[]::new));
        filter.addListener((obs, old, text) -> applyFilter());
    }

    private List<Object> values() {
        return Arrays.asList(name.get(), kind.get(), chosenTopics(), street.get(), postalCode.get(), city.get(),
                phone.get(), email.get());
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
                    Problems.text(organisation.address().street()), Problems.text(organisation.address().postalCode()),
                    Problems.text(organisation.address().city())));
            return words.stream().allMatch(text::contains);
        });
    }

    /** Shows a stored organisation in the form and reads its contacts. */
    @Override
    public void edit(Organisation organisation) {
        show(organisation);
        editing.set(organisation.id());
        mode.set(FormMode.EDIT);
        loadContacts(organisation.id());
    }

    private void loadContacts(UUID organisationId) {
        contacts.clear();
        tasks.run(() -> directory.contacts(organisationId), found -> {
            if (organisationId.equals(editing.get())) {
                contacts.setAll(found);
            }
        }, onFailure);
    }

    /** An empty form for a new organisation (Ctrl+N). */
    public void newOrganisation() {
        show(null);
        editing.set(null);
        contacts.clear();
        mode.set(FormMode.NEW);
    }

    /** Drops the changes (Esc): back to what was stored, or an empty form. */
    public void cancel() {
        Organisation stored = mode.get() == FormMode.EDIT ? find(editing.get()) : null;
        if (stored == null) {
            show(null);
            editing.set(null);
            contacts.clear();
            mode.set(FormMode.EMPTY);
        } else {
            show(stored);
        }
    }

    private Organisation find(UUID id) {
        return all.stream().filter(organisation -> organisation.id().equals(id)).findFirst().orElse(null);
    }

    private void show(Organisation organisation) {
        name.set(organisation == null ? "" : organisation.name());
        kind.set(organisation == null ? OrganisationKind.OTHER : organisation.kind());
        topics.forEach((category, checked) -> checked.set(organisation != null
                && organisation.topics().contains(category)));
        Address address = organisation == null ? new Address(null, null, null) : organisation.address();
        street.set(Problems.text(address.street()));
        postalCode.set(Problems.text(address.postalCode()));
        city.set(Problems.text(address.city()));
        phone.set(organisation == null ? "" : Problems.text(organisation.phone()));
        email.set(organisation == null ? "" : Problems.text(organisation.email()));
        problems.clear();
        saved.set(values());
    }

    /** As {@link FormModel#save(Consumer)}; {@code onInvalid} runs when problems kept the form from being saved. */
    public void save(Consumer<UUID> onSaved, Runnable onInvalid) {
        if (mode.get() == FormMode.EMPTY) {
            return;
        }
        UUID id = editing.get();
        String nameText = name.get();
        OrganisationKind kindValue = kind.get() == null ? OrganisationKind.OTHER : kind.get();
        Set<StepCategory> topicValues = chosenTopics();
        Address address = new Address(street.get(), postalCode.get(), city.get());
        String phoneText = phone.get();
        String emailText = email.get();
        tasks.run(() -> directory.save(new Organisation(id == null ? directory.newId() : id, nameText, kindValue,
                topicValues, address, phoneText, emailText)), result -> {
                    switch (result) {
                        case Validated.Valid<Organisation> valid -> {
                            Organisation stored = valid.value();
                            show(stored);
                            editing.set(stored.id());
                            mode.set(FormMode.EDIT);
                            load(() -> onSaved.accept(stored.id()));
                        }
                        case Validated.Invalid<Organisation> invalid -> {
                    Problems.show(problems, invalid.problems());
                    onInvalid.run();
                }
                    }
                }, onFailure);
    }

    /** Empties the contact form for a new contact of the organisation shown (it must be stored). */
    public void newContact() {
        contactForm.start(editing.get(), null);
    }

    /** Fills the contact form with a contact of the organisation shown. */
    public void editContact(OrganisationContact contact) {
        contactForm.start(editing.get(), contact);
    }

    /** Saves the contact form; when it was good, the contacts are read anew and {@code onSaved} runs. */
    public void saveContact(Runnable onSaved) {
        UUID organisation = editing.get();
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

    public ReadOnlyObjectProperty<FormMode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyObjectProperty<UUID> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    /** Field name to its problem; read-only for views. */
    public ObservableMap<String, FieldProblem> problems() {
        return problemsView;
    }

    /** True while the form holds changes that are not saved. */
    public BooleanBinding dirtyBinding() {
        return dirty;
    }

    public boolean isDirty() {
        return dirty.get();
    }
}
