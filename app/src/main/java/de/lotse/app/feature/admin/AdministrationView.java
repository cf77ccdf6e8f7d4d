package de.lotse.app.feature.admin;

import de.lotse.app.feature.directory.CaseworkersView;
import de.lotse.app.feature.directory.CaseworkersViewModel;
import de.lotse.app.feature.directory.OrganisationsView;
import de.lotse.app.feature.directory.OrganisationsViewModel;
import de.lotse.app.feature.directory.RecordForm;
import de.lotse.app.feature.directory.TemplatesView;
import de.lotse.app.feature.directory.TemplatesViewModel;
import de.lotse.app.feature.sync.ConflictsView;
import de.lotse.app.feature.sync.ConflictsViewModel;
import de.lotse.app.feature.sync.SyncView;
import de.lotse.app.feature.sync.SyncViewModel;
import de.lotse.app.ui.I18n;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * Verwaltung (administration) as tabs: the settings of this installation, and the office's
 * reference data — organisations, plan templates, caseworkers — each a list with a form beside it.
 */
public final class AdministrationView {

    /** The tabs, in their order. */
    public enum Page { SETTINGS, ORGANISATIONS, TEMPLATES, CASEWORKERS, SYNC, CONFLICTS }

    private final OrganisationsViewModel organisationsModel;
    private final TemplatesViewModel templatesModel;
    private final CaseworkersViewModel caseworkersModel;
    private final SyncViewModel syncModel;
    private final ConflictsViewModel conflictsModel;
    private final Map<Page, RecordForm> forms = new EnumMap<>(Page.class);
    private final Map<Page, Tab> tabs = new EnumMap<>(Page.class);
    private final Runnable reveal;
    private final TabPane root = new TabPane();

    /** {@code reveal} brings Verwaltung to the front before a question about its unsaved changes. */
    public AdministrationView(AdminView settings, OrganisationsViewModel organisationsModel,
            TemplatesViewModel templatesModel, CaseworkersViewModel caseworkersModel, SyncView sync,
            SyncViewModel syncModel, ConflictsView conflicts, ConflictsViewModel conflictsModel, I18n i18n,
            Runnable reveal) {
        this.organisationsModel = organisationsModel;
        this.templatesModel = templatesModel;
        this.caseworkersModel = caseworkersModel;
        this.syncModel = syncModel;
        this.conflictsModel = conflictsModel;
        this.reveal = reveal;
        OrganisationsView organisations = new OrganisationsView(organisationsModel, i18n);
        TemplatesView templates = new TemplatesView(templatesModel, i18n);
        CaseworkersView caseworkers = new CaseworkersView(caseworkersModel, i18n);
        forms.put(Page.ORGANISATIONS, organisations);
        forms.put(Page.TEMPLATES, templates);
        forms.put(Page.CASEWORKERS, caseworkers);
        tab(Page.SETTINGS, "admin.tab.settings", settings.root(), i18n);
        tab(Page.ORGANISATIONS, "admin.tab.organisations", organisations.root(), i18n);
        tab(Page.TEMPLATES, "admin.tab.templates", templates.root(), i18n);
        tab(Page.CASEWORKERS, "admin.tab.caseworkers", caseworkers.root(), i18n);
        tab(Page.SYNC, "sync.tab", sync.root(), i18n);
        tab(Page.CONFLICTS, "sync.conflicts.tab", conflicts.root(), i18n);
        root.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root.setId("admin-view");
        root.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> loadIfNeeded());
    }

    private void tab(Page page, String titleKey, Node content, I18n i18n) {
        Tab tab = new Tab();
        tab.textProperty().bind(i18n.text(titleKey));
        tab.setContent(content);
        tab.setId("admin-tab-" + page.name().toLowerCase(Locale.ROOT));
        tab.setUserData(page);
        tabs.put(page, tab);
        root.getTabs().add(tab);
    }

    public Parent root() {
        return root;
    }

    /** The tab shown. */
    public Page page() {
        return (Page) root.getSelectionModel().getSelectedItem().getUserData();
    }

    public void show(Page page) {
        root.getSelectionModel().select(tabs.get(page));
    }

    /** The list and form of the tab shown, when it has one (the settings have none). */
    public Optional<RecordForm> activeForm() {
        return Optional.ofNullable(forms.get(page()));
    }

    /** Ctrl+N in the tab shown. */
    public void newRecord() {
        activeForm().ifPresent(RecordForm::newRecord);
    }

    /** Ctrl+S in the tab shown. */
    public void save() {
        activeForm().ifPresent(RecordForm::save);
    }

    /** Esc in the tab shown. */
    public void cancel() {
        activeForm().ifPresent(RecordForm::cancel);
    }

    /** Reads the data of the tab shown, unless it was read already. */
    public void loadIfNeeded() {
        switch (page()) {
            case SETTINGS -> { }
            // the state of sync is cheap to read and changes by itself: read it on every visit
            case SYNC -> syncModel.load();
            case CONFLICTS -> {
                conflictsModel.load();
                syncModel.refreshStatus();
            }
            case ORGANISATIONS -> {
                if (!organisationsModel.loadedProperty().get()) {
                    organisationsModel.load();
                }
            }
            case TEMPLATES -> {
                if (!templatesModel.loadedProperty().get()) {
                    templatesModel.load();
                }
            }
            case CASEWORKERS -> {
                if (!caseworkersModel.loadedProperty().get()) {
                    caseworkersModel.load();
                }
            }
        }
    }

    /** F5: reads the lists anew; the forms keep what they hold. */
    public void reload() {
        switch (page()) {
            case SETTINGS -> { }
            case SYNC -> syncModel.load();
            case CONFLICTS -> {
                conflictsModel.load();
                syncModel.refreshStatus();
            }
            case ORGANISATIONS -> organisationsModel.load();
            case TEMPLATES -> templatesModel.load();
            case CASEWORKERS -> caseworkersModel.load();
        }
    }

    /**
     * Runs {@code proceed} when no form holds unsaved changes, or when the person chose to save or
     * discard each; {@code stay} when the person went back to them (their tab is then shown).
     */
    public void whenLeaving(Runnable proceed, Runnable stay) {
        whenLeaving(List.of(Page.ORGANISATIONS, Page.TEMPLATES, Page.CASEWORKERS), proceed, stay);
    }

    private void whenLeaving(List<Page> pages, Runnable proceed, Runnable stay) {
        if (pages.isEmpty()) {
            proceed.run();
            return;
        }
        Page page = pages.getFirst();
        RecordForm form = forms.get(page);
        if (form.isDirty()) {
            reveal.run();
            show(page);
        }
        form.whenLeaving(() -> whenLeaving(pages.subList(1, pages.size()), proceed, stay), stay);
    }
}
