package de.lotse.app.window;

import de.lotse.app.AppContext;
import de.lotse.app.feature.accounts.AccountsFeature;
import de.lotse.app.feature.admin.IdleLock;
import de.lotse.app.feature.admin.SettingsFeature;
import de.lotse.app.feature.agenda.AgendaFeature;
import de.lotse.app.feature.cases.CasesFeature;
import de.lotse.app.feature.directory.DirectoryFeature;
import de.lotse.app.feature.persons.PersonsFeature;
import de.lotse.app.feature.start.StartFeature;
import de.lotse.app.feature.sync.SyncFeature;
import de.lotse.app.settings.Settings;
import de.lotse.app.settings.SettingsFile;
import de.lotse.app.shell.Answer;
import de.lotse.app.shell.Area;
import de.lotse.app.shell.Changes;
import de.lotse.app.shell.Command;
import de.lotse.app.shell.Feature;
import de.lotse.app.shell.FeatureContext;
import de.lotse.app.shell.MainView;
import de.lotse.app.shell.MainViewModel;
import de.lotse.app.shell.Navigator;
import de.lotse.app.shell.Session;
import de.lotse.app.shell.Tabs;
import de.lotse.app.sync.SyncScheduler;
import de.lotse.app.ui.ErrorDialog;
import de.lotse.app.ui.FirstFrame;
import de.lotse.app.ui.I18n;
import de.lotse.app.ui.TaskRunner;
import de.lotse.app.ui.TaskStatus;
import de.lotse.app.ui.Themes;
import de.lotse.core.account.Access;
import de.lotse.core.account.Permission;
import de.lotse.core.overview.OfficeFigures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

/**
 * The composition root of the screen: builds every feature over an {@link AppContext} and lays
 * them out as the areas of the main window; the keys and the navigator route to the feature in
 * front. Used by the window, the screenshots and the UI tests alike.
 */
public final class Ui implements Navigator {

    private final I18n i18n;
    private final Session session;
    private final Changes changes = new Changes();
    private final SyncScheduler syncScheduler;
    private final StartFeature start;
    private final PersonsFeature persons;
    private final CasesFeature cases;
    private final AgendaFeature agenda;
    private final SettingsFeature settings;
    private final DirectoryFeature directory;
    private final SyncFeature sync;
    private final AccountsFeature accounts;
    private final Tabs register;
    private final Tabs administration;
    private final MainViewModel main;
    private final MainView mainView;
    private final TaskStatus taskStatus;
    private Window owner;

    /** With a sync scheduler over the context's sync port that is not started: no automatic rounds. */
    public Ui(AppContext context, Settings settings, SettingsFile settingsFile, TaskRunner tasks) {
        this(context, settings, settingsFile, tasks, SyncScheduler.onOwnThreads(context.syncPort()));
    }

    /** {@code syncScheduler} runs every sync of this window, over its port; its owner starts and closes it. */
    public Ui(AppContext context, Settings settings, SettingsFile settingsFile, TaskRunner tasks,
            SyncScheduler syncScheduler) {
        this.syncScheduler = syncScheduler;
        i18n = new I18n(settings.language());
        Consumer<Throwable> onFailure = failure -> ErrorDialog.create(owner, failure, i18n.current()).show();
        // a user who is one of the directory's caseworkers starts with their own cases ("Nur meine")
        session = new Session(context.user().map(user -> user.displayName()).orElse(null),
                context.user().map(user -> user.caseworkerId()).orElse(settings.caseworker()), settingsFile, tasks,
                onFailure);
        FeatureContext kit = new FeatureContext(i18n, tasks, this, changes, session, onFailure, () -> owner,
                context.clock());
        start = new StartFeature(context.overview(), context.attention(),
                context.access().may(Permission.CASES_READ) && context.access().may(Permission.PERSONS_READ),
                context.directory(), kit);
        persons = new PersonsFeature(context.people(), context.cases(), context.agenda(), kit);
        cases = new CasesFeature(context.cases(), context.directory(), context.people(), context.device().code(),
                kit);
        agenda = new AgendaFeature(context.agenda(), context.directory(), context.people(), kit);
        this.settings = new SettingsFeature(context.installation(), context.statistics(), settingsFile, settings,
                new IdleLock(() -> (int) context.idleLock().toMinutes(), context::setIdleLock,
                        context.access().may(Permission.INSTALLATION_MANAGE)), kit);
        directory = new DirectoryFeature(context.directory(), kit);
        sync = new SyncFeature(syncScheduler, context::hostName, kit);
        accounts = new AccountsFeature(context.accounts(), context.directory()::caseworkers, context::reconcileGrants, kit);
        // what the user's roles cannot use is not shown (the services refuse it all the same)
        Access access = context.access();
        register = new Tabs("persons", "nav.persons", "tab-", i18n, true, permitted(access,
                page(persons, Permission.PERSONS_READ), page(cases, Permission.CASES_READ)));
        administration = new Tabs("admin", "nav.admin", "admin-tab-", i18n, false, permitted(access,
                page(this.settings, null), page(directory.organisations(), Permission.DIRECTORY_READ),
                page(directory.templates(), Permission.DIRECTORY_READ),
                page(directory.caseworkers(), Permission.DIRECTORY_READ),
                page(accounts, Permission.ACCOUNTS_MANAGE), page(sync.syncPage(), Permission.DEVICES_MANAGE),
                page(sync.conflictsPage(), Permission.DEVICES_MANAGE)));
        List<Feature> areas = new ArrayList<>(List.of(start));
        if (!register.pages().isEmpty()) {
            areas.add(register);
        }
        if (access.may(Permission.AGENDA_READ)) {
            areas.add(agenda);
        }
        areas.add(administration);
        // the areas in the order of the navigation, Ctrl+1 … Ctrl+4
        main = new MainViewModel(context.installation(), Area.inOrder(areas.toArray(Feature[]::new)));
        taskStatus = TaskStatus.withTitle(tasks.currentTaskProperty(), i18n);
        mainView = new MainView(main, i18n, tasks.busyProperty().and(taskStatus.shownProperty().not()));
        main.areaProperty().addListener((obs, old, area) -> area.feature().shown());
    }

    /** A page and the permission it needs to be shown (null: none). */
    private record Page(Feature feature, Permission needs) { }

    private static Page page(Feature feature, Permission needs) {
        return new Page(feature, needs);
    }

    private static Feature[] permitted(Access access, Page... pages) {
        return Arrays.stream(pages).filter(page -> page.needs() == null || access.may(page.needs()))
                .map(Page::feature).toArray(Feature[]::new);
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
        for (Command command : Command.values()) {
            scene.getAccelerators().put(command.key(), () -> answer(command).act());
        }
        installFeatureKeys(scene);
        scene.getAccelerators().put(SyncFeature.SYNC_NOW, sync::syncNow);
        scene.windowProperty().addListener((obs, old, window) -> owner = window);
        mainView.addToStatusBar(sync.statusLine(scene));
        mainView.addToStatusBar(taskStatus.root());
        Area first = main.areaProperty().get();
        if (prefetched != null && first.feature() == start) {
            start.showFirst(() -> LotseWindow.unwrap(prefetched));
        } else {
            first.feature().shown();
        }
        return scene;
    }

    /** What the area in front does with {@code command}. */
    public Answer answer(Command command) {
        return main.areaProperty().get().feature().answer(command);
    }

    /** The keys of single features, each working while its area is in front. */
    private void installFeatureKeys(Scene scene) {
        Map<KeyCombination, Map<Area, Runnable>> byKey = new LinkedHashMap<>();
        for (Area area : main.areas()) {
            area.feature().keys().forEach((key, action) ->
                    byKey.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(area, action));
        }
        byKey.forEach((key, actions) -> scene.getAccelerators().put(key, () -> {
            Runnable action = actions.get(main.areaProperty().get());
            if (action != null) {
                action.run();
            }
        }));
    }

    /** Calls {@code action} once the first frame showing the Start view's figures has been rendered. */
    void afterFiguresShown(Runnable action) {
        start.model().figuresProperty().flatMap(figures -> mainView.root().sceneProperty())
                .subscribe(new Consumer<>() {
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

    /**
     * Before the window closes: asks each area with unsaved changes (shown first) and runs
     * {@code close} unless the person went back to them.
     */
    public void whenClosing(Runnable close) {
        Feature.whenLeavingAll(main.areas().stream().map(Area::feature).toList(), this::show, close, () -> { });
    }

    /** Brings {@code feature} to the front: its area, then its tab when the area has tabs. */
    public void show(Feature feature) {
        Area area = areaOf(feature);
        main.show(area);
        if (area.feature() instanceof Tabs tabs && tabs != feature) {
            tabs.select(feature);
        }
    }

    /** The area that shows {@code feature}, itself or as one of its tabs. */
    public Area areaOf(Feature feature) {
        return main.areas().stream().filter(area -> area.feature() == feature
                || area.feature() instanceof Tabs tabs && tabs.pages().contains(feature)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no area shows " + feature.id()));
    }

    @Override
    public void openPerson(UUID personId) {
        show(persons);
        persons.open(personId);
    }

    @Override
    public void openCase(UUID caseId) {
        show(cases);
        cases.open(caseId);
    }

    @Override
    public void newPerson() {
        show(persons);
        persons.newPerson();
    }

    @Override
    public void searchPersons() {
        show(register);
        register.answer(Command.FOCUS_SEARCH).act();
    }

    @Override
    public void newCase(UUID personId) {
        cases.newCaseFor(personId);
    }

    @Override
    public void newAppointment(UUID personId, UUID caseId) {
        agenda.newAppointment(personId, caseId);
    }

    @Override
    public void comparePersons() {
        persons.compare();
    }

    @Override
    public void showSync() {
        show(sync.syncPage());
    }

    @Override
    public void showConflicts() {
        show(sync.conflictsPage());
    }

    /** Every feature of the window, pages of tabbed areas included, in the order of the navigation. */
    public List<Feature> features() {
        List<Feature> all = new ArrayList<>();
        for (Area area : main.areas()) {
            if (area.feature() instanceof Tabs tabs) {
                all.addAll(tabs.pages());
            } else {
                all.add(area.feature());
            }
        }
        return all;
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

    public Session session() {
        return session;
    }

    /** The scheduler of every sync; the window starts its automatic rounds and closes it. */
    public SyncScheduler syncScheduler() {
        return syncScheduler;
    }

    public StartFeature start() {
        return start;
    }

    public PersonsFeature persons() {
        return persons;
    }

    public CasesFeature cases() {
        return cases;
    }

    public AgendaFeature agenda() {
        return agenda;
    }

    public SettingsFeature settings() {
        return settings;
    }

    public DirectoryFeature directory() {
        return directory;
    }

    public AccountsFeature accounts() {
        return accounts;
    }

    public SyncFeature sync() {
        return sync;
    }

    /** Personen &amp; Fälle. */
    public Tabs register() {
        return register;
    }

    /** Verwaltung. */
    public Tabs administration() {
        return administration;
    }
}
