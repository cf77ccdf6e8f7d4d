package de.lotse.app.feature.start;

import de.lotse.app.shell.Answer;
import de.lotse.app.shell.Command;
import de.lotse.app.shell.Feature;
import de.lotse.app.shell.FeatureContext;
import de.lotse.app.shell.Navigator;
import de.lotse.core.directory.DirectoryService;
import de.lotse.core.overview.AttentionQueries;
import de.lotse.core.overview.OfficeFigures;
import de.lotse.core.overview.OverviewQueries;
import java.time.LocalDate;
import java.util.function.Supplier;
import javafx.scene.Node;

/** Start: what needs the chosen caseworker's attention and the office's figures. */
public final class StartFeature implements Feature {

    private final FeatureContext context;
    private final StartViewModel model;
    private StartView view;

    public StartFeature(OverviewQueries overview, AttentionQueries attention, DirectoryService directory,
            FeatureContext context) {
        this.context = context;
        this.model = new StartViewModel(overview, attention, directory::caseworkers,
                context.session().caseworkerProperty(), context.tasks(), () -> LocalDate.now(context.clock()),
                context.onFailure());
    }

    @Override
    public String id() {
        return "start";
    }

    @Override
    public String titleKey() {
        return "nav.start";
    }

    @Override
    public Node root() {
        if (view == null) {
            view = new StartView(model, context.i18n(), context.navigator());
        }
        return view.root();
    }

    /** The figures and lists are read anew each time the Start view comes to the front. */
    @Override
    public void shown() {
        model.refresh();
    }

    /** Shows the figures {@code reading} waits for (read at start-up while the window was built) instead of reading them. */
    public void showFirst(Supplier<OfficeFigures> reading) {
        model.show(reading);
    }

    @Override
    public Answer answer(Command command) {
        Navigator navigator = context.navigator();
        return switch (command) {
            case NEW_RECORD -> Answer.does(navigator::newPerson);
            case SAVE, DISCARD -> Answer.ignores("the Start view has no form");
            case FOCUS_SEARCH -> Answer.does(navigator::searchPersons);
            case RELOAD -> Answer.does(model::refresh);
            case NEW_APPOINTMENT -> Answer.does(() -> navigator.newAppointment(null, null));
        };
    }

    @Override
    public boolean hasUnsavedChanges() {
        return false;
    }

    @Override
    public void whenLeaving(Runnable proceed, Runnable stay) {
        proceed.run();
    }

    public StartViewModel model() {
        return model;
    }
}
