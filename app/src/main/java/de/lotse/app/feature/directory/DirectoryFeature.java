package de.lotse.app.feature.directory;

import de.lotse.app.shell.Answer;
import de.lotse.app.shell.Command;
import de.lotse.app.shell.Feature;
import de.lotse.app.shell.FeatureBase;
import de.lotse.app.shell.FeatureContext;
import de.lotse.core.directory.DirectoryService;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;

/**
 * The office's reference data in Verwaltung: organisations with contacts and responsibilities,
 * plan templates and caseworkers, each a list with a form beside it.
 */
public final class DirectoryFeature {

    private final OrganisationsViewModel organisationsModel;
    private final TemplatesViewModel templatesModel;
    private final CaseworkersViewModel caseworkersModel;
    private final Feature organisations;
    private final Feature templates;
    private final Feature caseworkers;

    public DirectoryFeature(DirectoryService directory, FeatureContext context) {
        organisationsModel = new OrganisationsViewModel(directory, context.tasks(), context.onFailure());
        templatesModel = new TemplatesViewModel(directory, context.tasks(), context.onFailure());
        caseworkersModel = new CaseworkersViewModel(directory, context.tasks(), context.onFailure());
        organisations = new Page("organisations", "admin.tab.organisations", context,
                () -> new OrganisationsView(organisationsModel, context.i18n()), organisationsModel.loadedProperty(),
                organisationsModel::load, organisationsModel::isDirty);
        templates = new Page("templates", "admin.tab.templates", context,
                () -> new TemplatesView(templatesModel, context.i18n()), templatesModel.loadedProperty(),
                templatesModel::load, templatesModel::isDirty);
        caseworkers = new Page("caseworkers", "admin.tab.caseworkers", context,
                () -> new CaseworkersView(caseworkersModel, context.i18n()), caseworkersModel.loadedProperty(),
                caseworkersModel::load, caseworkersModel::isDirty);
    }

    public Feature organisations() {
        return organisations;
    }

    public Feature templates() {
        return templates;
    }

    public Feature caseworkers() {
        return caseworkers;
    }

    public OrganisationsViewModel organisationsModel() {
        return organisationsModel;
    }

    public TemplatesViewModel templatesModel() {
        return templatesModel;
    }

    public CaseworkersViewModel caseworkersModel() {
        return caseworkersModel;
    }

    /** One list with its form: read on the first visit, driven by the keyboard through its {@link ListFormView}. */
    private static final class Page extends FeatureBase<ListFormView<?>> {

        private final FeatureContext context;
        private final Supplier<ListFormView<?>> newView;
        private final ObservableBooleanValue loaded;
        private final Runnable load;
        private final BooleanSupplier dirty;

        Page(String id, String titleKey, FeatureContext context, Supplier<ListFormView<?>> newView,
                ObservableBooleanValue loaded, Runnable load, BooleanSupplier dirty) {
            super(id, titleKey);
            this.context = context;
            this.newView = newView;
            this.loaded = loaded;
            this.load = load;
            this.dirty = dirty;
        }

        @Override
        protected ListFormView<?> makeView() {
            return newView.get();
        }

        @Override
        protected Node rootOf(ListFormView<?> view) {
            return view.root();
        }

        @Override
        public void shown() {
            if (!loaded.get()) {
                load.run();
            }
        }

        @Override
        public Answer answer(Command command) {
            return switch (command) {
                case NEW_RECORD -> Answer.does(() -> view().newRecord());
                case SAVE -> Answer.does(() -> view().save());
                case DISCARD -> Answer.does(() -> view().cancel());
                case FOCUS_SEARCH -> Answer.does(() -> view().focusList());
                case RELOAD -> Answer.does(load);
                case NEW_APPOINTMENT -> Answer.asTheRegister(command, context.navigator());
            };
        }

        @Override
        public boolean hasUnsavedChanges() {
            return dirty.getAsBoolean();
        }

        @Override
        public void whenLeaving(Runnable proceed, Runnable stay) {
            ifMade(view -> view.whenLeaving(proceed, stay), proceed);
        }
    }
}
