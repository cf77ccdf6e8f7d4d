package de.lotse.app.window;

import de.lotse.app.AppContext;
import de.lotse.app.feature.start.StartViewModel;
import de.lotse.app.i18n.Messages;
import de.lotse.app.settings.Settings;
import de.lotse.app.settings.SettingsFile;
import de.lotse.app.sync.SyncScheduler;
import de.lotse.app.ui.ErrorDialog;
import de.lotse.app.ui.FxTaskRunner;
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
     * frame with the Start view's figures is rendered, after which the window closes (start-up probes).
     */
    public record Launch(Path dataDir, Settings settings, Opening opening, Runnable onFiguresShown) { }

    /**
     * The store opening in the background, then the Start view's first figures read: the window
     * is built as soon as the store is open, while the figures are still being counted.
     */
    public record Opening(CompletableFuture<AppContext> context, CompletableFuture<OfficeFigures> figures) {

        /** Opens the store and reads the figures; fills an empty register with demo data if asked. */
        public static Opening start(Path dataDir, boolean demoOnFirstStart) {
            Opening opening = new Opening(new CompletableFuture<>(), new CompletableFuture<>());
            Thread thread = new Thread(() -> {
                AppContext context = null;
                try {
                    context = AppContext.open(dataDir, Clock.systemDefaultZone());
                    if (demoOnFirstStart) {
                        context.loadDemoIfEmpty();
                    }
                    context.shipTemplatesIfNone();
                } catch (RuntimeException | Error e) {
                    if (context != null) {
                        context.close();
                    }
                    opening.context().completeExceptionally(e);
                    opening.figures().completeExceptionally(e);
                    return;
                }
                opening.context().complete(context);
                try {
                    opening.figures().complete(context.overview().figures(context.today(),
                            StartViewModel.TOP_NATIONALITIES));
                } catch (RuntimeException | Error e) {
                    opening.figures().completeExceptionally(e);
                }
            }, "lotse-open");
            thread.setDaemon(true);
            thread.start();
            return opening;
        }
    }

    private static final double WIDTH = 1280;
    private static final double HEIGHT = 800;

    private final Launch how;
    private final FxTaskRunner tasks = new FxTaskRunner();
    private final CompletableFuture<Boolean> closed = new CompletableFuture<>();
    private SyncScheduler syncScheduler;

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
            how.opening().context().get(2, TimeUnit.MINUTES).close();
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
        CompletableFuture<AppContext> context = how.opening().context();
        if (context.isDone() && !context.isCompletedExceptionally()) {
            // the store opened before the toolkit started: no need to show that Lotse is starting
            try {
                showMain(stage, context.join(), WIDTH, HEIGHT);
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

        tasks.run(() -> unwrap(context), opened -> {
            try {
                showMain(stage, opened, splashScene.getWidth(), splashScene.getHeight());
            } catch (RuntimeException | Error e) {
                fail(stage, e, messages);
            }
        }, failure -> fail(stage, failure, messages));
    }

    /** Lotse cannot be shown: one dialog says why, then the window and the toolkit end (the start fails). */
    private void fail(Stage stage, Throwable failure, Messages messages) {
        stage.setOnHidden(null);
        ErrorDialog.create(stage.isShowing() ? stage : null, failure, messages).showAndWait();
        stage.hide();
        stop(false);
        Platform.exit();
    }

    /** Puts the main view of the open store {@code context} on the stage and starts automatic sync. */
    private void showMain(Stage stage, AppContext context, double width, double height) {
        syncScheduler = SyncScheduler.onOwnThreads(context.syncPort());
        Ui ui = new Ui(context, how.settings(), new SettingsFile(how.dataDir()), tasks, syncScheduler);
        stage.setScene(ui.createScene(width, height, how.opening().figures()));
        // unsaved changes are never lost silently: closing the window asks first
        stage.setOnCloseRequest(event -> {
            event.consume();
            ui.whenClosing(stage::close);
        });
        if (how.onFiguresShown() != null) {
            ui.afterFiguresShown(() -> {
                how.onFiguresShown().run();
                stage.close();
            });
        }
        // a sync now and every five minutes, off the FX thread; silent while the share is away
        syncScheduler.start();
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
        if (syncScheduler != null) {
            syncScheduler.close();
        }
        if (tasks.currentTaskProperty().get() != null) {
            tasks.currentTaskProperty().get().cancel();
        }
        tasks.close();
        closed.complete(shown);
    }
}
