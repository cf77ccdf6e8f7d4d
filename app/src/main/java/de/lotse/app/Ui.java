package de.lotse.app;

import de.lotse.app.feature.admin.AdminView;
import de.lotse.app.feature.admin.AdminViewModel;
import de.lotse.app.feature.admin.AdministrationView;
import de.lotse.app.feature.agenda.AgendaView;
import de.lotse.app.feature.agenda.AgendaViewModel;
import de.lotse.app.feature.agenda.AppointmentDialog;
import de.lotse.app.feature.cases.CaseFileViewModel;
import de.lotse.app.feature.cases.CaseFormats;
import de.lotse.app.feature.cases.CasesView;
import de.lotse.app.feature.cases.CasesViewModel;
import de.lotse.app.feature.cases.NewCaseDialog;
import de.lotse.app.feature.directory.CaseworkersViewModel;
import de.lotse.app.feature.directory.OrganisationsViewModel;
import de.lotse.app.feature.directory.TemplatesViewModel;
import de.lotse.app.feature.persons.DuplicatesView;
import de.lotse.app.feature.persons.DuplicatesViewModel;
import de.lotse.app.feature.persons.PersonEditorViewModel;
import de.lotse.app.feature.persons.PersonRecordsViewModel;
import de.lotse.app.feature.persons.PersonsView;
import de.lotse.app.feature.persons.PersonsViewModel;
import de.lotse.app.feature.start.StartView;
import de.lotse.app.feature.start.StartViewModel;
import de.lotse.app.feature.sync.ConflictsView;
import de.lotse.app.feature.sync.ConflictsViewModel;
import de.lotse.app.feature.sync.SyncTexts;
import de.lotse.app.feature.sync.SyncView;
import de.lotse.app.feature.sync.SyncViewModel;
import de.lotse.app.settings.Settings;
import de.lotse.app.settings.SettingsFile;
import de.lotse.app.shell.Area;
import de.lotse.app.shell.MainView;
import de.lotse.app.shell.MainViewModel;
import de.lotse.app.shell.Navigator;
import de.lotse.app.shell.Session;
import de.lotse.app.sync.SyncScheduler;
import de.lotse.app.ui.ErrorDialog;
import de.lotse.app.ui.I18n;
import de.lotse.app.ui.TaskRunner;
import de.lotse.app.ui.Themes;
import de.lotse.core.overview.OfficeFigures;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * The composition root of the screen: builds every view and view model on top of an
 * {@link AppContext}. Used by the window, the screenshots command and the UI tests alike.
 */
public final class Ui implements Navigator {

    /** "Jetzt abgleichen" from anywhere (Ctrl+Shift+N is a new appointment, Ctrl+S saves). */
    public static final KeyCombination SYNC_NOW = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    /** How often the status bar reads the state of sync (it reads the local database only). */
    static final Duration SYNC_STATUS_EVERY = Duration.seconds(30);

    private final I18n i18n;
    private final MainViewModel main;
    private final StartViewModel start;
    private final PersonsViewModel persons;
    private final PersonEditorViewModel editor;
    private final PersonRecordsViewModel records;
    private final DuplicatesViewModel duplicates;
    private final AdminViewModel admin;
    private final OrganisationsViewModel organisations;
    private final TemplatesViewModel templates;
    private final CaseworkersViewModel caseworkers;
    private final SyncScheduler syncScheduler;
    private final SyncViewModel sync;
    private final ConflictsViewModel conflicts;
    private final Clock clock = Clock.systemDefaultZone();
    private AdministrationView administrationView;
    private final Session session;
    private PersonsView personsView;
    private final AgendaViewModel agenda;
    private final AppointmentDialog appointments;
    private AgendaView agendaView;
    private final CasesViewModel cases;
    private final CaseFileViewModel caseFile;
    private final NewCaseDialog newCase;
    private CasesView casesView;
    private TabPane peopleAndCases;
    private final Tab personsTab = new Tab();
    private final Tab casesTab = new Tab();
    private final MainView mainView;
    private Window owner;

    /** With a sync scheduler over the context's sync port that is not started: no automatic rounds. */
    public Ui(AppContext context, Settings settings, SettingsFile settingsFile, TaskRunner tasks) {
        this(context, settings, settingsFile, tasks, SyncScheduler.onOwnThreads(context.syncPort()));
    }

    /** {@code syncScheduler} runs every sync of this window, over its port; its owner starts and closes it. */
    public Ui(AppContext context, Settings settings, SettingsFile settingsFile, TaskRunner tasks,
            SyncScheduler syncScheduler) {
        i18n = new I18n(settings.language());
        Consumer<Throwable> onFailure = failure -> ErrorDialog.create(owner, failure, i18n.current()).show();
        main = new MainViewModel(context.installation());
        session = new Session(settings.caseworker(), settingsFile, tasks, onFailure);
        start = new StartViewModel(context.overview(), context.attention(), context.directory()::caseworkers,
                session.caseworkerProperty(), tasks, context::today, onFailure);
        persons = new PersonsViewModel(context.people(), tasks, onFailure);
        editor = new PersonEditorViewModel(context.people(), tasks, onFailure);
        records = new PersonRecordsViewModel(context.people(), context.cases(), context.agenda(), tasks, onFailure);
        duplicates = new DuplicatesViewModel(context.people(), tasks, onFailure);
        admin = new AdminViewModel(context.installation(), context.statistics(), settingsFile, settings, tasks,
                onFailure);
        agenda = new AgendaViewModel(context.agenda(), context.directory(), context.people(), tasks, onFailure, Clock.systemUTC());
        agenda.caseworkerProperty().bindBidirectional(session.caseworkerProperty());
        appointments = new AppointmentDialog(context.agenda(), context.directory(), context.people(), tasks, i18n, onFailure);
        organisations = new OrganisationsViewModel(context.directory(), tasks, onFailure);
        templates = new TemplatesViewModel(context.directory(), tasks, onFailure);
        caseworkers = new CaseworkersViewModel(context.directory(), tasks, onFailure);
        cases = new CasesViewModel(context.cases(), context.directory(), tasks, onFailure, session.caseworkerProperty());
        caseFile = new CaseFileViewModel(context.cases(), context.directory(), tasks, onFailure, session.caseworkerProperty(),
                () -> i18n.current().get("cases.journal.fallbackAuthor", context.device().code()),
                () -> new CaseFormats(i18n.current().locale()));
        newCase = new NewCaseDialog(i18n, context.cases(), context.directory(), context.people(), tasks, onFailure,
                session.caseworkerProperty()::get, this::openCase, created -> {
                    cases.refresh(created);
                    records.reload();
                });
        this.syncScheduler = syncScheduler;
        sync = new SyncViewModel(syncScheduler, tasks, Platform::runLater, onFailure, Ui::hostName, clock);
        conflicts = new ConflictsViewModel(syncScheduler.port(), tasks, onFailure);
        sync.afterEachSync(conflicts::load);
        conflicts.afterResolve(sync::refreshStatus);
        admin.languageProperty().addListener((obs, old, language) -> i18n.setLanguage(language));
        admin.themeProperty().addListener((obs, old, theme) -> Themes.apply(theme));
        mainView = new MainView(main, i18n, area -> switch (area) {
            case START -> new StartView(start, i18n, this).root();
            case PERSONS -> peopleAndCases();
            case AGENDA -> agendaView().root();
            case ADMIN -> administration().root();
        }, tasks.busyProperty());
        mainView.addToStatusBar(syncIndicator());
        main.areaProperty().addListener((obs, old, area) -> refresh(area));
    }

    /** The main window's scene, with shortcuts; loading of the first area starts. */
    public Scene createScene(double width, double height) {
        return createScene(width, height, null);
    }

    /**
     * As {@link #createScene(double, double)}, showing the figures {@code prefetched} is reading
     * instead of reading them again.
     */
    public Scene createScene(double width, double height, CompletableFuture<OfficeFigures> prefetched) {
        Scene scene = new Scene(mainView.root(), width, height);
        Themes.style(scene);
        mainView.installShortcuts(scene);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
            if (main.areaProperty().get() == Area.ADMIN && administration().activeForm().isPresent()) {
                administration().activeForm().get().focusList();
                return;
            }
            main.show(Area.PERSONS);
            // the search of the tab in front: persons or cases
            if (casesShown()) {
                casesView().focusFilter();
            } else {
                personsView().focusFilter();
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), () -> reload(main.areaProperty().get()));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), () -> {
            if (casesShown()) {
                casesView().newRecord();
                return;
            }
            if (main.areaProperty().get() == Area.ADMIN && administration().activeForm().isPresent()) {
                administration().newRecord();
                return;
            }
            main.show(Area.PERSONS);
            peopleAndCases();
            peopleAndCases.getSelectionModel().select(personsTab);
            personsView().newPerson();
        });
        scene.getAccelerators().put(AgendaView.NEW_APPOINTMENT, () -> {
            if (main.areaProperty().get() == Area.AGENDA) {
                agendaView().newAppointment();
            } else {
                newAppointmentFor(main.areaProperty().get() == Area.PERSONS ? editor.editingProperty().get() : null,
                        null);
            }
        });
        AgendaView.installShortcuts(scene, () -> main.areaProperty().get() == Area.AGENDA ? agendaView() : null);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), () -> {
            if (casesShown()) {
                casesView().save();
                return;
            }
            switch (main.areaProperty().get()) {
                case PERSONS -> personsView().save();
                case ADMIN -> administration().save();
                default -> { }
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), () -> {
            if (casesShown()) {
                casesView().cancel();
                return;
            }
            switch (main.areaProperty().get()) {
                case PERSONS -> personsView().cancel();
                case ADMIN -> administration().cancel();
                default -> { }
            }
        });
        scene.getAccelerators().put(SYNC_NOW, this::syncNow);
        scene.windowProperty().addListener((obs, old, window) -> owner = window);
        // the status bar's state of sync: now, after each sync, and every 30 s while the window shows
        Timeline statusTicks = new Timeline(new KeyFrame(SYNC_STATUS_EVERY, event -> sync.refreshStatus()));
        statusTicks.setCycleCount(Timeline.INDEFINITE);
        scene.windowProperty().flatMap(javafx.stage.Window::showingProperty).orElse(false)
                .subscribe(showing -> {
                    if (showing) {
                        statusTicks.play();
                    } else {
                        statusTicks.stop();
                    }
                });
        // the state of sync waits for the first frame: its engine is made on first use
        FirstFrame.after(scene, sync::load);
        if (prefetched != null && main.areaProperty().get() == Area.START) {
            start.show(() -> LotseApp.unwrap(prefetched));
        } else {
            refresh(main.areaProperty().get());
        }
        return scene;
    }

    /** Calls {@code action} once the first frame showing the Start view's figures has been rendered. */
    void afterFiguresShown(Runnable action) {
        start.figuresProperty().flatMap(figures -> mainView.root().sceneProperty()).subscribe(new Consumer<>() {
            private boolean done;

            @Override
            public void accept(Scene scene) {
                if (scene != null && !done) {
                    done = true;
                    FirstFrame.after(scene, action);
                }
            }
        });
    }

    /** Made when first needed: a start on the Start view does not pay for the table. */
    private PersonsView personsView() {
        if (personsView == null) {
            personsView = new PersonsView(persons, editor, records, i18n, this::openCase,
                    person -> newCase.show(owner, person, null, created -> { }),
                    person -> newAppointmentFor(person, null),
                    () -> DuplicatesView.show(owner, duplicates, i18n, survivor -> personsView.reloadAndOpen(survivor)));
        }
        return personsView;
    }

    /** Made when first needed, like the register. */
    private AgendaView agendaView() {
        if (agendaView == null) {
            agendaView = new AgendaView(agenda, appointments, this, i18n);
        }
        return agendaView;
    }

    /** Made when first needed, like the person register. */
    public AdministrationView administration() {
        if (administrationView == null) {
            administrationView = new AdministrationView(new AdminView(admin, i18n), organisations, templates,
                    caseworkers, new SyncView(sync, i18n, this::showConflicts), sync,
                    new ConflictsView(conflicts, i18n, clock.getZone(), conflict -> comparePersons()), conflicts,
                    i18n, () -> main.show(Area.ADMIN));
        }
        return administrationView;
    }

    /** The status bar's line about sync; a click opens Verwaltung → Abgleich. */
    private Node syncIndicator() {
        Label indicator = new Label();
        indicator.setId("status-sync");
        indicator.textProperty().bind(i18n.text(m -> SyncTexts.statusLine(m, sync.statusProperty().get(),
                sync.syncingProperty().get(), clock.instant(), clock.getZone()), sync.statusProperty(),
                sync.syncingProperty()));
        sync.needsAttention().subscribe(attention -> {
            indicator.getStyleClass().remove(atlantafx.base.theme.Styles.WARNING);
            if (attention) {
                indicator.getStyleClass().add(atlantafx.base.theme.Styles.WARNING);
            }
        });
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(i18n.text(m -> m.get("sync.status.tooltip", SYNC_NOW.getDisplayText())));
        indicator.setTooltip(tooltip);
        indicator.setCursor(Cursor.HAND);
        indicator.setOnMouseClicked(event -> showSync());
        return indicator;
    }

    /** Ctrl+Shift+S: a sync when this device has joined a realm, else the set-up form. */
    public void syncNow() {
        var status = sync.statusProperty().get();
        if (status != null && status.joined()) {
            sync.syncNow();
        } else {
            showSync();
        }
    }

    /** Verwaltung → Abgleich. */
    public void showSync() {
        main.show(Area.ADMIN);
        administration().show(AdministrationView.Page.SYNC);
    }

    /** Verwaltung → Konflikte. */
    public void showConflicts() {
        main.show(Area.ADMIN);
        administration().show(AdministrationView.Page.CONFLICTS);
    }

    /** A duplicate-person conflict: the existing duplicates window, where the two are merged. */
    private void comparePersons() {
        DuplicatesView.show(owner, duplicates, i18n, survivor -> {
            personsView().reloadAndOpen(survivor);
            conflicts.load();
        });
    }

    /** This computer's name, to suggest as device name; read in the background (it may ask DNS). */
    private static String hostName() {
        String fromEnvironment = System.getenv(System.getProperty("os.name", "").startsWith("Windows")
                ? "COMPUTERNAME" : "HOSTNAME");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment.strip();
        }
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "";
        }
    }

    /** Personen & Fälle: the person register and the cases, as two tabs of one area. */
    private Node peopleAndCases() {
        if (peopleAndCases == null) {
            personsTab.textProperty().bind(i18n.text("cases.area.persons"));
            personsTab.setContent(personsView().root());
            personsTab.setId("tab-persons");
            casesTab.textProperty().bind(i18n.text("cases.area.cases"));
            casesTab.setId("tab-cases");
            // the case screens are made when the tab is first shown
            casesTab.setOnSelectionChanged(event -> {
                if (casesTab.isSelected()) {
                    casesTab.setContent(casesView().root());
                    if (!cases.loadedProperty().get()) {
                        cases.load();
                    }
                }
            });
            peopleAndCases = new TabPane(personsTab, casesTab);
            peopleAndCases.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
            peopleAndCases.setId("persons-view");
        }
        return peopleAndCases;
    }

    private boolean casesShown() {
        return main.areaProperty().get() == Area.PERSONS && peopleAndCases != null && casesTab.isSelected();
    }

    /** Made when first needed, like the person table. */
    private CasesView casesView() {
        if (casesView == null) {
            casesView = new CasesView(cases, caseFile, i18n, this::openPerson);
        }
        return casesView;
    }

    /** On entering an area: the register and the office's lists are read once, the figures every time. */
    private void refresh(Area area) {
        if (area == Area.PERSONS && persons.loadedProperty().get()) {
            return;
        }
        if (area == Area.ADMIN) {
            admin.refresh();
            administration().loadIfNeeded();
            return;
        }
        reload(area);
    }

    /** F5: reads the area's data anew. */
    private void reload(Area area) {
        switch (area) {
            case START -> start.refresh();
            case PERSONS -> {
                persons.load();
                if (casesView != null && cases.loadedProperty().get()) {
                    casesView.reload();
                }
            }
            case AGENDA -> agenda.load();
            case ADMIN -> {
                admin.refresh();
                administration().reload();
            }
        }
    }

    public I18n i18n() {
        return i18n;
    }

    public MainViewModel main() {
        return main;
    }

    public MainView mainView() {
        return mainView;
    }

    public StartViewModel start() {
        return start;
    }

    public PersonsViewModel persons() {
        return persons;
    }

    public PersonEditorViewModel editor() {
        return editor;
    }

    /** Before the window closes: runs {@code close} unless unsaved changes keep the person here. */
    public void whenClosing(Runnable close) {
        Runnable afterAdministration = administrationView == null ? close
                : () -> administrationView.whenLeaving(close, () -> { });
        Runnable afterCases = casesView == null ? afterAdministration
                : () -> casesView.whenLeaving(afterAdministration, () -> { });
        if (personsView == null) {
            afterCases.run();
        } else {
            personsView.whenLeavingEditor(afterCases, () -> { });
        }
    }

    public CasesViewModel cases() {
        return cases;
    }

    public CaseFileViewModel caseFile() {
        return caseFile;
    }

    /** "Neuer Fall" for the person form: {@code newCaseDialog().show(owner, personId, householdId, onCreated)}. */
    public NewCaseDialog newCaseDialog() {
        return newCase;
    }

    public SyncViewModel sync() {
        return sync;
    }

    public ConflictsViewModel conflicts() {
        return conflicts;
    }

    /** The scheduler of every sync; the window starts its automatic rounds and closes it. */
    public SyncScheduler syncScheduler() {
        return syncScheduler;
    }

    public AdminViewModel admin() {
        return admin;
    }

    public DuplicatesViewModel duplicates() {
        return duplicates;
    }

    public OrganisationsViewModel organisations() {
        return organisations;
    }

    public TemplatesViewModel templates() {
        return templates;
    }

    public CaseworkersViewModel caseworkers() {
        return caseworkers;
    }

    public Session session() {
        return session;
    }

    public AgendaViewModel agenda() {
        return agenda;
    }

    /** The appointment dialog, for any view that plans appointments. */
    public AppointmentDialog appointments() {
        return appointments;
    }

    /**
     * Plans an appointment with a person (and their case; either may be null) from any view: the
     * dialog opens for today and the chosen caseworker; the agenda shows it once saved.
     */
    public void newAppointmentFor(java.util.UUID personId, java.util.UUID caseId) {
        appointments.create(owner, agenda.today(), session.caseworkerProperty().get(), personId, caseId, () -> {
            if (agenda.loadedProperty().get()) {
                agenda.load();
            }
            records.reload();
        });
    }

    @Override
    public void openPerson(java.util.UUID personId) {
        main.show(Area.PERSONS);
        peopleAndCases();
        peopleAndCases.getSelectionModel().select(personsTab);
        personsView().open(personId);
    }

    @Override
    public void openCase(java.util.UUID caseId) {
        main.show(Area.PERSONS);
        peopleAndCases();
        peopleAndCases.getSelectionModel().select(casesTab);
        casesView().open(caseId);
    }
}
