package de.lotse.app.feature.agenda;

import de.lotse.app.shell.Answer;
import de.lotse.app.shell.Command;
import de.lotse.app.shell.FeatureBase;
import de.lotse.app.shell.FeatureContext;
import de.lotse.app.shell.Formless;
import de.lotse.core.agenda.AgendaService;
import de.lotse.core.agenda.Appointment;
import de.lotse.core.directory.DirectoryService;
import de.lotse.core.person.PersonService;
import java.util.Map;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.input.KeyCombination;

/** Termine: a caseworker's week, appointments planned and changed in a dialog, the week as {@code .ics}. */
public final class AgendaFeature extends FeatureBase<AgendaView> implements Formless {

    private final FeatureContext context;
    private final AgendaViewModel model;
    private final AppointmentDialog appointments;

    public AgendaFeature(AgendaService agenda, DirectoryService directory, PersonService people,
            FeatureContext context) {
        super("agenda", "nav.agenda");
        this.context = context;
        model = new AgendaViewModel(agenda, directory, people, context.tasks(), context.onFailure(), context.clock());
        model.caseworkerProperty().bindBidirectional(context.session().caseworkerProperty());
        appointments = new AppointmentDialog(agenda, directory, people, context.tasks(), context.i18n(),
                context.onFailure());
    }

    @Override
    protected AgendaView makeView() {
        return new AgendaView(model, appointments, context.navigator(), context.i18n());
    }

    @Override
    protected Node rootOf(AgendaView view) {
        return view.root();
    }

    /** The week is read anew each time the agenda comes to the front. */
    @Override
    public void shown() {
        model.load();
    }

    @Override
    public Answer answer(Command command) {
        return switch (command) {
            case NEW_RECORD, FOCUS_SEARCH -> Answer.asTheRegister(command, context.navigator());
            case SAVE, DISCARD -> Answer.ignores("appointments are saved or dropped in their dialog");
            case RELOAD -> Answer.does(model::load);
            case NEW_APPOINTMENT -> Answer.does(() -> view().newAppointment());
        };
    }

    /** Alt+← and Alt+→ move through the weeks, Ctrl+T back to this one. */
    @Override
    public Map<KeyCombination, Runnable> keys() {
        return Map.of(AgendaView.PREVIOUS_WEEK, model::previousWeek, AgendaView.NEXT_WEEK, model::nextWeek,
                AgendaView.THIS_WEEK, model::thisWeek);
    }

    /**
     * Plans an appointment from any area, for today and the chosen caseworker, with the person and
     * case given (either may be null); the agenda and the person's cards show it once saved.
     */
    public void newAppointment(UUID personId, UUID caseId) {
        appointments.create(context.owner().get(), model.today(), context.session().caseworkerProperty().get(),
                personId, caseId, () -> {
                    if (model.loadedProperty().get()) {
                        model.load();
                    }
                    context.changes().changed(Appointment.class, null);
                });
    }

    public AgendaViewModel model() {
        return model;
    }

    /** The appointment dialog, for tests that drive it. */
    public AppointmentDialog appointments() {
        return appointments;
    }
}
