package de.lotse.app.feature.admin;

import de.lotse.app.settings.Settings;
import de.lotse.app.settings.SettingsFile;
import de.lotse.app.shell.Answer;
import de.lotse.app.shell.Command;
import de.lotse.app.shell.Feature;
import de.lotse.app.shell.FeatureContext;
import de.lotse.app.shell.Navigator;
import de.lotse.app.ui.Themes;
import de.lotse.core.store.Installation;
import de.lotse.core.store.StoreStatistics;
import javafx.scene.Node;

/** Verwaltung → Einstellungen: language and theme (applied at once), and what this installation holds. */
public final class SettingsFeature implements Feature {

    private final FeatureContext context;
    private final AdminViewModel model;
    private AdminView view;

    public SettingsFeature(Installation installation, StoreStatistics statistics, SettingsFile settingsFile,
            Settings settings, FeatureContext context) {
        this.context = context;
        model = new AdminViewModel(installation, statistics, settingsFile, settings, context.tasks(),
                context.onFailure());
        model.languageProperty().addListener((obs, old, language) -> context.i18n().setLanguage(language));
        model.themeProperty().addListener((obs, old, theme) -> Themes.apply(theme));
    }

    @Override
    public String id() {
        return "settings";
    }

    @Override
    public String titleKey() {
        return "admin.tab.settings";
    }

    @Override
    public Node root() {
        if (view == null) {
            view = new AdminView(model, context.i18n());
        }
        return view.root();
    }

    /** The counts of what this installation holds are read anew on each visit. */
    @Override
    public void shown() {
        model.refresh();
    }

    @Override
    public Answer answer(Command command) {
        Navigator navigator = context.navigator();
        return switch (command) {
            case NEW_RECORD -> Answer.does(navigator::newPerson);
            case SAVE, DISCARD -> Answer.ignores("settings apply as soon as they are chosen");
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

    public AdminViewModel model() {
        return model;
    }
}
