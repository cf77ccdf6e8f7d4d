package de.lotse.app.feature.admin;

import de.lotse.app.settings.Settings;
import de.lotse.app.settings.SettingsFile;
import de.lotse.app.shell.Answer;
import de.lotse.app.shell.Command;
import de.lotse.app.shell.FeatureBase;
import de.lotse.app.shell.FeatureContext;
import de.lotse.app.shell.Formless;
import de.lotse.app.ui.Themes;
import de.lotse.core.store.Installation;
import de.lotse.core.store.StoreStatistics;
import javafx.scene.Node;

/** Verwaltung → Einstellungen: language and theme (applied at once), and what this installation holds. */
public final class SettingsFeature extends FeatureBase<AdminView> implements Formless {

    private final FeatureContext context;
    private final AdminViewModel model;

    public SettingsFeature(Installation installation, StoreStatistics statistics, SettingsFile settingsFile,
            Settings settings, IdleLock idleLock, FeatureContext context) {
        super("settings", "admin.tab.settings");
        this.context = context;
        model = new AdminViewModel(installation, statistics, settingsFile, settings, idleLock, context.tasks(),
                context.onFailure());
        model.languageProperty().addListener((obs, old, language) -> context.i18n().setLanguage(language));
        model.themeProperty().addListener((obs, old, theme) -> Themes.apply(theme));
    }

    @Override
    protected AdminView makeView() {
        return new AdminView(model, context.i18n());
    }

    @Override
    protected Node rootOf(AdminView view) {
        return view.root();
    }

    /** The counts of what this installation holds are read anew on each visit. */
    @Override
    public void shown() {
        model.refresh();
    }

    @Override
    public Answer answer(Command command) {
        return switch (command) {
            case NEW_RECORD, FOCUS_SEARCH, NEW_APPOINTMENT -> Answer.asTheRegister(command, context.navigator());
            case SAVE, DISCARD -> Answer.ignores("settings apply as soon as they are chosen");
            case RELOAD -> Answer.does(model::refresh);
        };
    }

    public AdminViewModel model() {
        return model;
    }
}
