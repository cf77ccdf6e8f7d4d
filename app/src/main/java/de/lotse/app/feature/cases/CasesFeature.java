package de.lotse.app.feature.cases;

import de.lotse.app.shell.Answer;
import de.lotse.app.shell.Command;
import de.lotse.app.shell.FeatureBase;
import de.lotse.app.shell.FeatureContext;
import de.lotse.core.cases.CaseFile;
import de.lotse.core.cases.CaseService;
import de.lotse.core.directory.DirectoryService;
import de.lotse.core.person.PersonService;
import java.util.UUID;
import javafx.scene.Node;

/**
 * The cases: the case list with its filters and the case file with plan, journal, consents,
 * benefits and referrals; and "Neuer Fall" for a person, from wherever it is asked for.
 */
public final class CasesFeature extends FeatureBase<CasesView> {

    private final FeatureContext context;
    private final CasesViewModel list;
    private final CaseFileViewModel file;
    private final NewCaseDialog newCase;

    /** {@code deviceCode} signs journal entries while no caseworker is chosen. */
    public CasesFeature(CaseService cases, DirectoryService directory, PersonService people, String deviceCode,
            FeatureContext context) {
        super("cases", "cases.area.cases");
        this.context = context;
        list = new CasesViewModel(cases, directory, context.tasks(), context.onFailure(),
                context.session().caseworkerProperty());
        file = new CaseFileViewModel(cases, directory, context.tasks(), context.onFailure(),
                context.session()::userName, context.session().caseworkerProperty(),
                () -> context.i18n().current().get("cases.journal.fallbackAuthor", deviceCode),
                () -> new CaseFormats(context.i18n().current().locale()));
        newCase = new NewCaseDialog(context.i18n(), cases, directory, people, context.tasks(), context.onFailure(),
                context.session().caseworkerProperty()::get, context.navigator()::openCase, created -> {
                    list.refresh(created);
                    context.changes().changed(CaseFile.class, created);
                });
    }

    @Override
    protected CasesView makeView() {
        return new CasesView(list, file, context.i18n(), context.navigator()::openPerson);
    }

    @Override
    protected Node rootOf(CasesView view) {
        return view.root();
    }

    /** The list is read when the tab is first shown; F5 reads it anew. */
    @Override
    public void shown() {
        if (!list.loadedProperty().get()) {
            list.load();
        }
    }

    @Override
    public Answer answer(Command command) {
        return switch (command) {
            case NEW_RECORD -> Answer.does(() -> view().newRecord());
            case SAVE -> Answer.does(() -> view().save());
            case DISCARD -> Answer.does(() -> view().cancel());
            case FOCUS_SEARCH -> Answer.does(() -> view().focusFilter());
            case RELOAD -> Answer.does(() -> view().reload());
            case NEW_APPOINTMENT -> Answer.does(this::newAppointment);
        };
    }

    /** An appointment with the open case's person (a household's case: with nobody chosen yet) and the case. */
    private void newAppointment() {
        CaseFile open = file.caseFileProperty().get();
        context.navigator().newAppointment(open == null ? null : open.personId(), open == null ? null : open.id());
    }

    @Override
    public boolean hasUnsavedChanges() {
        return file.isDirty();
    }

    @Override
    public void whenLeaving(Runnable proceed, Runnable stay) {
        ifMade(view -> view.whenLeaving(proceed, stay), proceed);
    }

    /** Opens a case file, asking about an unwritten journal entry first. */
    public void open(UUID caseId) {
        view().open(caseId);
    }

    /** "Neuer Fall" for a stored person (their household is looked up). */
    public void newCaseFor(UUID personId) {
        newCase.show(context.owner().get(), personId, null, created -> { });
    }

    public CasesViewModel list() {
        return list;
    }

    public CaseFileViewModel file() {
        return file;
    }

    /** "Neuer Fall", for tests that drive the dialog. */
    public NewCaseDialog newCaseDialog() {
        return newCase;
    }
}
