package de.lotse.app.feature.start;

import de.lotse.app.shell.Answer;
import de.lotse.app.shell.Command;
import de.lotse.app.shell.FeatureBase;
import de.lotse.app.shell.FeatureContext;
import de.lotse.app.shell.Formless;
import de.lotse.core.clock.OfficeTime;
import de.lotse.core.directory.DirectoryService;
import de.lotse.core.overview.AttentionQueries;
import de.lotse.core.overview.OfficeFigures;
import de.lotse.core.overview.OverviewQueries;
import java.util.function.Supplier;
import javafx.scene.Node;

/** Start: what needs the chosen caseworker's attention and the office's figures. */
public final class StartFeature extends FeatureBase<StartView> implements Formless {

    private final FeatureContext context;
    private final StartViewModel model;

    /** {@code attentionAllowed}: the user's roles read cases and persons, whom the attention lists name. */
    public StartFeature(OverviewQueries overview, AttentionQueries attention, boolean attentionAllowed,
            DirectoryService directory, FeatureContext context) {
        super("start", "nav.start");
        this.context = context;
        this.model = new StartViewModel(overview, attention, attentionAllowed, directory::caseworkers,
                context.session().caseworkerProperty(), context.tasks(), () -> OfficeTime.today(context.clock()),
                context.onFailure());
    }

    @Override
    protected StartView makeView() {
        return new StartView(model, context.i18n(), context.navigator());
    }

    @Override
    protected Node rootOf(StartView view) {
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
        return switch (command) {
            case NEW_RECORD, FOCUS_SEARCH, NEW_APPOINTMENT -> Answer.asTheRegister(command, context.navigator());
            case SAVE, DISCARD -> Answer.ignores("the Start view has no form");
            case RELOAD -> Answer.does(model::refresh);
        };
    }

    public StartViewModel model() {
        return model;
    }
}
