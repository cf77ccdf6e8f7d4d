package de.lotse.app.window;

import de.lotse.app.AppContext;
import de.lotse.app.feature.login.LoginPort;
import de.lotse.app.feature.login.LoginView;
import de.lotse.app.feature.login.LoginViewModel;
import de.lotse.app.feature.login.SetUpView;
import de.lotse.app.feature.login.SetUpViewModel;
import de.lotse.app.security.Login;
import de.lotse.app.settings.Settings;
import de.lotse.app.settings.SettingsFile;
import de.lotse.app.sync.SyncScheduler;
import de.lotse.app.ui.FirstFrame;
import de.lotse.app.ui.I18n;
import de.lotse.app.ui.TaskRunner;
import de.lotse.app.ui.Themes;
import de.lotse.core.overview.OfficeFigures;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.event.Event;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The window's scenes around the person at it: the set-up or the login at a start, the main view
 * of the logged-in user, and the lock over it (Ctrl+L, or after the office's idle time). The lock
 * puts a scene of its own on the stage and closes every dialog, so nothing of the office shows
 * behind it. The same user logging in again finds the main view as it was; another user gets a
 * main view of their own, and the first user's unsaved edits are gone with the old one.
 */
public final class Workplace {

    /** Locks the window. */
    public static final KeyCombination LOCK = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);

    private final Stage stage;
    private final Login login;
    private final SettingsFile settingsFile;
    private final TaskRunner tasks;
    private final Function<AppContext, SyncScheduler> schedulers;
    private final Consumer<Throwable> onFailure;
    private final Consumer<Ui> onOpened;
    private final PauseTransition idle = new PauseTransition();
    private AppContext context;
    private SyncScheduler scheduler;
    private Ui ui;
    private Scene mainScene;
    private UUID userOfUi;
    /** The start-up probe's typing at the next login screen, or null. */
    private LoginTyping typing;

    /**
     * What the start-up probe types into the login screen, as a person would, and whom it tells:
     * {@code shown} at the screen's first frame, {@code submitted} as the password is sent,
     * {@code accepted} once the password opened the store (before the main view is built).
     */
    public record LoginTyping(String userName, char[] password, Runnable shown, Runnable submitted, Runnable accepted) { }

    /**
     * {@code schedulers} makes the sync scheduler of a store once it is open (the window starts
     * and closes it); {@code onFailure} shows what went wrong; {@code onOpened} is told of each
     * main view put on the stage.
     */
    public Workplace(Stage stage, Login login, SettingsFile settingsFile, TaskRunner tasks,
            Function<AppContext, SyncScheduler> schedulers, Consumer<Throwable> onFailure, Consumer<Ui> onOpened) {
        this.onOpened = onOpened;
        this.stage = stage;
        this.login = login;
        this.settingsFile = settingsFile;
        this.tasks = tasks;
        this.schedulers = schedulers;
        this.onFailure = onFailure;
        idle.setOnFinished(event -> idleElapsed());
    }

    /** The first start of a new installation: the first administrator, then the main view. */
    public void showSetUp(Settings settings) {
        I18n i18n = new I18n(settings.language());
        SetUpViewModel model = new SetUpViewModel(port(null), i18n, tasks, onFailure);
        show(new SetUpView(model, i18n).root());
    }

    /** The login at a start; {@code locked} is the store already open behind it (a demo's first start), or null. */
    public void showLogin(Settings settings, AppContext locked) {
        I18n i18n = new I18n(settings.language());
        showLogin(locked, false, i18n);
    }

    private void showLogin(AppContext locked, boolean lock, I18n i18n) {
        String demoHint = login.isDemo() ? i18n.current().get("login.demoHint", String.join(", ",
                Login.DEMO_ACCOUNTS.stream().map(Login.DemoAccount::userName).toList()), Login.DEMO_PASSWORD) : "";
        LoginTyping typed = typing;
        typing = null;
        LoginViewModel model = new LoginViewModel(port(locked, typed), lock, demoHint, i18n, tasks, onFailure);
        show(new LoginView(model, i18n).root());
        if (typed != null) {
            FirstFrame.after(stage.getScene(), () -> {
                typed.shown().run();
                model.userNameProperty().set(typed.userName());
                model.passwordProperty().set(new String(typed.password()));
                typed.submitted().run();
                model.logIn();
            });
        }
    }

    /** The start-up probe types {@code typing} into the next login screen shown. */
    public void typeAtNextLogin(LoginTyping typing) {
        this.typing = typing;
    }

    /**
     * The main view of the user logged in to {@code opened}, in {@code settings} as the data folder
     * holds them now; {@code figures} are the Start view's figures being read already, or null.
     */
    public void open(AppContext opened, CompletableFuture<OfficeFigures> figures, Settings settings) {
        if (context != opened) {
            context = opened;
            scheduler = schedulers.apply(opened);
        }
        ui = new Ui(opened, settings, settingsFile, tasks, scheduler);
        userOfUi = opened.user().orElseThrow().accountId();
        mainScene = ui.createScene(width(), height(), figures);
        mainScene.getAccelerators().put(LOCK, this::lock);
        // any key or mouse input restarts the idle time
        mainScene.addEventFilter(InputEvent.ANY, this::touched);
        stage.setScene(mainScene);
        restartIdle();
        onOpened.accept(ui);
    }

    /** Locks: nobody is logged in, every dialog closes, the login screen covers the window. */
    public void lock() {
        if (context == null || stage.getScene() != mainScene) {
            return;
        }
        idle.stop();
        context.lock();
        Window.getWindows().stream().filter(window -> window != stage).toList().forEach(Window::hide);
        showLogin(context, true, ui.i18n());
    }

    /** Nobody touched the window for the office's idle time. */
    void idleElapsed() {
        lock();
    }

    /** The idle time after which the window locks itself. */
    Duration idleTime() {
        return Duration.ofMillis((long) idle.getDuration().toMillis());
    }

    /**
     * What the screens ask, answered with the data folder's login: off the FX thread. {@code locked}
     * is the store open behind the login (the lock, a demo's first start), or null.
     */
    private LoginPort port(AppContext locked) {
        return port(locked, null);
    }

    /** As {@link #port(AppContext)}; {@code typed} (or null) hears when a password was accepted. */
    private LoginPort port(AppContext locked, LoginTyping typed) {
        return new LoginPort() {
            @Override
            public LoginPort.Attempt logIn(String userName, char[] password) {
                Login.Outcome outcome = locked == null ? login.logIn(userName, password)
                        : login.unlock(locked, userName, password);
                return switch (outcome) {
                    case Login.Outcome.LoggedIn in -> admitted(in.context());
                    case Login.Outcome.Wait wait -> new LoginPort.Attempt.Refused("login.wait",
                            List.of(Math.max(1, wait.delay().toSeconds())));
                    case Login.Outcome.WrongUserOrPassword wrong -> new LoginPort.Attempt.Refused("login.wrong", List.of());
                    case Login.Outcome.Invalid invalid -> new LoginPort.Attempt.Refused("login.wrong", List.of());
                };
            }

            @Override
            public LoginPort.Attempt recover(String code, char[] password, char[] repeat) {
                return switch (login.recover(code, password, repeat)) {
                    case Login.Outcome.LoggedIn in -> admitted(in.context());
                    case Login.Outcome.Invalid invalid -> new LoginPort.Attempt.Refused(
                            "validation." + invalid.problems().getFirst().code(), invalid.problems().getFirst().args());
                    case Login.Outcome.Wait wait -> new LoginPort.Attempt.Refused("login.wrongCode", List.of());
                    case Login.Outcome.WrongUserOrPassword wrong -> new LoginPort.Attempt.Refused("login.wrongCode",
                            List.of());
                };
            }

            /** Let in: the settings are read here, off the FX thread, for the main view to come. */
            private LoginPort.Attempt admitted(AppContext context) {
                if (typed != null) {
                    typed.accepted().run();
                }
                Settings settings = settingsFile.load();
                return new LoginPort.Attempt.Admitted(() -> unlocked(context, settings));
            }

            @Override
            public LoginPort.SetUp setUp(String userName, String displayName, char[] password, char[] repeat) {
                return switch (login.setUp(userName, displayName, password, repeat)) {
                    case Login.SetUp.Invalid invalid -> new LoginPort.SetUp.Invalid(invalid.problems());
                    case Login.SetUp.Done done -> {
                        String code = new String(done.recoveryCode().grouped());
                        done.recoveryCode().destroy();
                        Settings settings = settingsFile.load();
                        yield new LoginPort.SetUp.Made(code, () -> open(done.context(), null, settings));
                    }
                };
            }
        };
    }

    /**
     * Logged in: the same user finds the main view as it was, anybody else gets one of their own,
     * in {@code settings} (read with the login, off the FX thread).
     */
    private void unlocked(AppContext same, Settings settings) {
        Optional<UUID> user = same.user().map(u -> u.accountId());
        if (mainScene != null && user.isPresent() && user.get().equals(userOfUi)) {
            stage.setScene(mainScene);
            restartIdle();
        } else {
            open(same, null, settings);
        }
    }

    private void touched(Event event) {
        if (idle.getStatus() == javafx.animation.Animation.Status.RUNNING) {
            idle.playFromStart();
        }
    }

    /** The idle time is read off the FX thread; the pause runs once it is known. */
    private void restartIdle() {
        AppContext current = context;
        tasks.run(current::idleLock, after -> {
            if (context == current && !isLocked()) {
                idle.setDuration(javafx.util.Duration.millis(after.toMillis()));
                idle.playFromStart();
            }
        }, onFailure);
    }

    private void show(Parent root) {
        Scene scene = new Scene(root, width(), height());
        Themes.style(scene);
        stage.setScene(scene);
    }

    private double width() {
        return stage.getScene() == null ? LotseWindow.WIDTH : stage.getScene().getWidth();
    }

    private double height() {
        return stage.getScene() == null ? LotseWindow.HEIGHT : stage.getScene().getHeight();
    }

    /** The main view now, or null before the first login. */
    public Ui ui() {
        return ui;
    }

    /** The open store, or null before it is open. */
    public AppContext context() {
        return context;
    }

    /** The sync scheduler of the open store, or null before it is open. */
    public SyncScheduler scheduler() {
        return scheduler;
    }

    /** Whether the lock (or the login) covers the window. */
    public boolean isLocked() {
        return stage.getScene() != mainScene;
    }
}
