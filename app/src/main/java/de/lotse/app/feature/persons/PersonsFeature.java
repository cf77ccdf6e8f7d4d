package de.lotse.app.feature.persons;

import de.lotse.app.shell.Answer;
import de.lotse.app.shell.Command;
import de.lotse.app.shell.FeatureBase;
import de.lotse.app.shell.FeatureContext;
import de.lotse.core.agenda.AgendaService;
import de.lotse.core.agenda.Appointment;
import de.lotse.core.cases.CaseFile;
import de.lotse.core.cases.CaseService;
import de.lotse.core.person.MergeRecord;
import de.lotse.core.person.PersonService;
import java.util.UUID;
import javafx.scene.Node;

/**
 * The person register: the list that searches while typing, the person form with household,
 * residence history, cases and appointments, and the possible duplicates with their merge.
 */
public final class PersonsFeature extends FeatureBase<PersonsView> {

    private final FeatureContext context;
    private final PersonsViewModel list;
    private final PersonEditorViewModel editor;
    private final PersonRecordsViewModel records;
    private final DuplicatesViewModel duplicates;

    public PersonsFeature(PersonService people, CaseService cases, AgendaService agenda, FeatureContext context) {
        super("persons", "cases.area.persons");
        this.context = context;
        list = new PersonsViewModel(people, context.tasks(), context.onFailure());
        editor = new PersonEditorViewModel(people, context.tasks(), context.onFailure());
        records = new PersonRecordsViewModel(people, cases, agenda, context.tasks(), context.onFailure());
        duplicates = new DuplicatesViewModel(people, context.tasks(), context.onFailure());
        // a case or an appointment made elsewhere for the person in the form shows on its cards
        context.changes().on(CaseFile.class, id -> records.reload());
        context.changes().on(Appointment.class, id -> records.reload());
    }

    @Override
    protected PersonsView makeView() {
        return new PersonsView(list, editor, records, context.i18n(), context.navigator()::openCase,
                    context.navigator()::newCase, person -> context.navigator().newAppointment(person, null),
                    this::compare);
    }

    @Override
    protected Node rootOf(PersonsView view) {
        return view.root();
    }

    /** The register is read once; F5 reads it anew. */
    @Override
    public void shown() {
        if (!list.loadedProperty().get()) {
            list.load();
        }
    }

    @Override
    public Answer answer(Command command) {
        return switch (command) {
            case NEW_RECORD -> Answer.does(this::newPerson);
            case SAVE -> Answer.does(() -> view().save());
            case DISCARD -> Answer.does(() -> view().cancel());
            case FOCUS_SEARCH -> Answer.does(() -> view().focusFilter());
            case RELOAD -> Answer.does(list::load);
            case NEW_APPOINTMENT -> Answer.does(() -> context.navigator().newAppointment(
                    editor.editingProperty().get(), null));
        };
    }

    @Override
    public boolean hasUnsavedChanges() {
        return editor.isDirty();
    }

    @Override
    public void whenLeaving(Runnable proceed, Runnable stay) {
        ifMade(view -> view.whenLeavingEditor(proceed, stay), proceed);
    }

    /** Opens a stored person, asking about unsaved changes first. */
    public void open(UUID personId) {
        view().open(personId);
    }

    /** An empty form for a new person, asking about unsaved changes first. */
    public void newPerson() {
        view().newPerson();
    }

    /**
     * The possible duplicates in their own window; after a merge the register is read anew with
     * the survivor open, and every feature hears of the merge.
     */
    public void compare() {
        DuplicatesView.show(context.owner().get(), duplicates, context.i18n(), survivor -> {
            view().reloadAndOpen(survivor);
            context.changes().changed(MergeRecord.class, survivor);
        });
    }

    public PersonsViewModel list() {
        return list;
    }

    public PersonEditorViewModel editor() {
        return editor;
    }

    public PersonRecordsViewModel records() {
        return records;
    }

    public DuplicatesViewModel duplicates() {
        return duplicates;
    }
}
