package de.lotse.app.window;

import de.lotse.app.AppContext;
import de.lotse.app.feature.start.StartViewModel;
import de.lotse.app.i18n.Messages;
import de.lotse.app.settings.Settings;
import de.lotse.app.settings.SettingsFile;
import de.lotse.app.sync.SyncScheduler;
import de.lotse.app.ui.ErrorDialog;
import de.lotse.app.ui.FxTaskRunner;
import de.lotse.app.security.Login;
import de.lotse.app.ui.Themes;
import de.lotse.core.overview.OfficeFigures;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window. It shows at once and opens the database in the background; the main view follows
 * when the store is ready, or one dialog says why it is not.
 */
public final class LotseWindow {

    /** Made on first use: logging starts when something is logged, not on the way to the first frame. */
    private static final class Log {
        private static final Logger LOG = LoggerFactory.getLogger(LotseWindow.class);
    }

    /**
     * How the process was started. The store is already opening ({@code opening}) while the
     * toolkit starts, on a second core; {@code onFiguresShown} (null: none) runs once the first
     * frame with the Start view's figures is rendered, after which the window closes (start-up
     * probes); {@code typing} (null: none) is typed into the first login screen (the start-up probe).
     */
    public record Launch(Path dataDir, Settings settings, Opening opening, Runnable onFiguresShown,
            Workplace.LoginTyping typing) { }

    /** What the window shows first, once the data folder has been looked at. */
    public sealed interface Entrance {

        /** The store is open and a user logged in (a start-up probe); the Start view's figures are being read. */
        record Open(AppContext context, CompletableFuture<OfficeFigures> figures) implements Entrance { }

        /** The login; {@code locked} is the store open behind it (a demo's first start), or null. */
        record LogIn(Login login, AppContext locked) implements Entrance { }

        /** A new installation: its first administrator. */
        record SetUp(Login login) implements Entrance { }

        /** The store opened here, if any: the window closes it at the end. */
        default AppContext context() {
            return switch (this) {
                case Open open -> open.context();
                case LogIn logIn -> logIn.locked();
                case SetUp setUp -> null;
            };
        }
    }

    /**
     * A start-up probe's login, from {@code LOTSE_USER} and {@code LOTSE_PASSWORD}: a probe has
     * nobody to type. A new folder is set up with it; the window never reads these otherwise.
     */
    public record ProbeLogin(String userName, char[] password) { }

    /** The data folder being looked at in the background, and then what the window shows first. */
    public record Opening(CompletableFuture<Entrance> entrance) {

        /**
         * Looks at the data folder: a new one is set up with the demo's accounts and filled with
         * demo data when {@code demoOnFirstStart}; a probe ({@code probe}, else null) sets a new
         * folder up with its login and logs in, unless it logs in {@code atTheLoginScreen} as a
         * person would (the start-up probe), for which the login screen comes first.
         */
        public static Opening start(Path dataDir, boolean demoOnFirstStart, ProbeLogin probe, boolean atTheLoginScreen) {
            Opening opening = new Opening(new CompletableFuture<>());
            Thread thread = new Thread(() -> {
                try {
                    Entrance entrance = enter(Login.of(dataDir, Clock.systemDefaultZone()), demoOnFirstStart, probe,
                            atTheLoginScreen);
                    opening.entrance().complete(entrance);
                    if (entrance instanceof Entrance.Open open) {
                        try {
                            open.figures().complete(open.context().overview().figures(open.context().today(),
                                    StartViewModel.TOP_NATIONALITIES));
                        } catch (RuntimeException | Error e) {
                            open.figures().completeExceptionally(e);
                        }
                    }
                } catch (RuntimeException | Error e) {
                    opening.entrance().completeExceptionally(e);
                }
            }, "lotse-open");
            thread.setDaemon(true);
            thread.start();
            return opening;
        }

        private static Entrance enter(Login login, boolean demoOnFirstStart, ProbeLogin probe, boolean atTheLoginScreen) {
            Login.State state = login.state();
            boolean stayLoggedIn = probe != null && !atTheLoginScreen;
            if (state == Login.State.NEW && demoOnFirstStart) {
                char[] password = probe == null ? Login.DEMO_PASSWORD.toCharArray() : probe.password().clone();
                AppContext context = switch (login.setUpDemo(password)) {
                    case Login.SetUp.Done done -> {
                        done.recoveryCode().destroy();
                        yield done.context();
                    }
                    case Login.SetUp.Invalid invalid -> throw new IllegalArgumentException("demo password refused");
                };
                return prepared(context, true, stayLoggedIn, login);
            }
            if (state == Login.State.NEW) {
                if (probe == null) {
                    return new Entrance.SetUp(login);
                }
                return switch (login.setUp(probe.userName(), "Administration", probe.password(), probe.password())) {
                    case Login.SetUp.Done done -> {
                        done.recoveryCode().destroy();
                        yield prepared(done.context(), false, stayLoggedIn, login);
                    }
                    case Login.SetUp.Invalid invalid -> throw new IllegalArgumentException("probe login refused");
                };
            }
            if (!stayLoggedIn) {
                return new Entrance.LogIn(login, null);
            }
            if (login.logIn(probe.userName(), probe.password()) instanceof Login.Outcome.LoggedIn in) {
                return prepared(in.context(), false, true, login);
            }
            throw new IllegalArgumentException("probe login refused");
        }

        /**
         * A store set up or opened here: templates shipped, demo data loaded when {@code demo};
         * the user stays logged in for a probe, the login screen follows otherwise.
         */
        private static Entrance prepared(AppContext context, boolean demo, boolean stayLoggedIn, Login login) {
            try {
                if (demo) {
                    context.loadDemoIfEmpty();
                }
                context.shipTemplatesIfNone();
            } catch (RuntimeException | Error e) {
                context.close();
                throw e;
            }
            if (stayLoggedIn) {
                return new Entrance.Open(context, new CompletableFuture<>());
            }
            context.lock();
            return new Entrance.LogIn(login, context);
        }
    }

    static final double WIDTH = 1280;
    static final double HEIGHT = 800;

    private final Launch how;
    private final FxTaskRunner tasks = new FxTaskRunner();
    private final CompletableFuture<Boolean> closed = new CompletableFuture<>();
    /** Made on the FX thread once the toolkit runs. */
    private volatile Workplace workplace;

    private LotseWindow(Launch how) {
        this.how = how;
    }

    /**
     * Starts the toolkit and shows the window until it is closed, then closes the store (on this
     * thread, not the FX thread), waiting for an opening still under way.
     *
     * @return whether Lotse was shown (the store opened and the window was built)
     */
    public static boolean show(Launch how) {
        LotseWindow window = new LotseWindow(how);
        Toolkit.start(true, () -> window.start(new Stage()));
        boolean opened = window.closed.join();
        try {
            Entrance entrance = how.opening().entrance().get(2, TimeUnit.MINUTES);
            AppContext open = window.workplace != null && window.workplace.context() != null
                    ? window.workplace.context() : entrance.context();
            if (open != null) {
                open.close();
            }
        } catch (ExecutionException e) {
            return false; // said in the dialog already
        } catch (TimeoutException | InterruptedException e) {
            Log.LOG.warn("Store still opening at exit; the process ends without closing it");
        }
        return opened;
    }

    private void start(Stage stage) {
        Messages messages = new Messages(how.settings().language());
        // whatever escapes a callback: one dialog, and the log gets the classes, never the messages
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> Platform.runLater(() ->
                ErrorDialog.create(stage.isShowing() ? stage : null, failure, messages).show()));
        Themes.apply(how.settings().theme());
        stage.setTitle(messages.get("app.name"));
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setOnHidden(event -> stop(true));
        workplace = new Workplace(stage, Login.of(how.dataDir(), Clock.systemDefaultZone()),
                new SettingsFile(how.dataDir()), tasks, this::startSync,
                failure -> ErrorDialog.create(stage, failure, messages).show(), this::opened);
        if (how.typing() != null) {
            workplace.typeAtNextLogin(how.typing());
        }
        // unsaved changes are never lost silently: closing the window asks first (not while locked:
        // the question would show what lies behind the lock)
        stage.setOnCloseRequest(event -> {
            if (!workplace.isLocked()) {
                event.consume();
                workplace.ui().whenClosing(stage::close);
            }
        });
        CompletableFuture<Entrance> entrance = how.opening().entrance();
        if (entrance.isDone() && !entrance.isCompletedExceptionally()) {
            // the folder was looked at before the toolkit started: no need to show that Lotse is starting
            try {
                enter(stage, entrance.join());
                stage.show();
            } catch (RuntimeException | Error e) {
                fail(stage, e, messages);
            }
            return;
        }
        Label starting = new Label(messages.get("app.starting"));
        VBox splash = new VBox(16, new ProgressIndicator(), starting);
        splash.setAlignment(Pos.CENTER);
        Scene splashScene = new Scene(splash, WIDTH, HEIGHT);
        Themes.style(splashScene);
        stage.setScene(splashScene);
        stage.show();

        tasks.run(() -> unwrap(entrance), ready -> {
            try {
                enter(stage, ready);
            } catch (RuntimeException | Error e) {
                fail(stage, e, messages);
            }
        }, failure -> fail(stage, failure, messages));
    }

    private void enter(Stage stage, Entrance entrance) {
        switch (entrance) {
            case Entrance.Open open -> workplace.open(open.context(), open.figures(), how.settings());
            case Entrance.LogIn logIn -> workplace.showLogin(how.settings(), logIn.locked());
            case Entrance.SetUp setUp -> workplace.showSetUp(how.settings());
        }
    }

    /** Lotse cannot be shown: one dialog says why, then the window and the toolkit end (the start fails). */
    private void fail(Stage stage, Throwable failure, Messages messages) {
        stage.setOnHidden(null);
        ErrorDialog.create(stage.isShowing() ? stage : null, failure, messages).showAndWait();
        stage.hide();
        stop(false);
        Platform.exit();
    }

    /** The open store's sync: a sync now and every five minutes, off the FX thread; silent while the share is away. */
    private SyncScheduler startSync(AppContext context) {
        SyncScheduler scheduler = SyncScheduler.onOwnThreads(context.syncPort());
        scheduler.start();
        return scheduler;
    }

    /** A main view is on the stage; a probe closes the window once its figures are shown. */
    private void opened(Ui ui) {
        if (how.onFiguresShown() != null) {
            ui.afterFiguresShown(() -> {
                how.onFiguresShown().run();
                ui.mainView().root().getScene().getWindow().hide();
            });
        }
    }

    /** The value of a finished {@code future}, or what it failed with (blocks until it is finished). */
    static <T> T unwrap(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /**
     * Stops a long task and lets the rest of the running work finish; the store is closed by
     * {@link #show} once the window is gone.
     */
    private void stop(boolean shown) {
        if (workplace != null && workplace.scheduler() != null) {
            workplace.scheduler().close();
        }
        if (tasks.currentTaskProperty().get() != null) {
            tasks.currentTaskProperty().get().cancel();
        }
        tasks.close();
        closed.complete(shown);
    }
}
