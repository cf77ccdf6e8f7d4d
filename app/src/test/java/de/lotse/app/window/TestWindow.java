package de.lotse.app.window;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.app.AppContext;
import de.lotse.app.settings.Settings;
import de.lotse.app.settings.SettingsFile;
import de.lotse.app.sync.SyncScheduler;
import de.lotse.app.ui.FirstFrame;
import de.lotse.app.ui.FxTaskRunner;
import de.lotse.app.ui.TaskRunner;
import de.lotse.app.ui.Themes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;

/**
 * Lotse's window on JavaFX's headless platform over a real store: what the window tests share.
 * Closing it closes the window and its dialogs, its scheduler, its task runner and the store.
 */
final class TestWindow implements AutoCloseable {

    private final AppContext context;
    private final SyncScheduler scheduler;
    private final FxTaskRunner tasks;
    private final Ui ui;
    private final Stage stage;

    private TestWindow(AppContext context, SyncScheduler scheduler, FxTaskRunner tasks, Ui ui, Stage stage) {
        this.context = context;
        this.scheduler = scheduler;
        this.tasks = tasks;
        this.ui = ui;
        this.stage = stage;
    }

    /** Starts the headless toolkit with the light theme. */
    static void startToolkit() {
        Toolkit.startHeadless();
        Toolkit.onFx(() -> {
            Themes.apply(Settings.Theme.LIGHT);
            return null;
        });
    }

    /** Shows the window over {@code context} ({@code dataDir}'s store), with a scheduler that syncs nothing by itself. */
    static TestWindow open(AppContext context, Path dataDir, Settings settings, double width, double height) {
        return open(context, dataDir, settings, SyncScheduler.onOwnThreads(context.syncPort()), width, height);
    }

    /** Shows the window over {@code context}, its syncs run by {@code scheduler}. */
    static TestWindow open(AppContext context, Path dataDir, Settings settings, SyncScheduler scheduler,
            double width, double height) {
        return open(context, dataDir, settings, scheduler, width, height, UnaryOperator.identity());
    }

    /** As {@link #open(AppContext, Path, Settings, double, double)}, the window's work run by {@code wrap} of the runner. */
    static TestWindow open(AppContext context, Path dataDir, Settings settings, double width, double height,
            UnaryOperator<TaskRunner> wrap) {
        return open(context, dataDir, settings, SyncScheduler.onOwnThreads(context.syncPort()), width, height, wrap);
    }

    private static TestWindow open(AppContext context, Path dataDir, Settings settings, SyncScheduler scheduler,
            double width, double height, UnaryOperator<TaskRunner> wrap) {
        FxTaskRunner tasks = new FxTaskRunner();
        return Toolkit.onFx(() -> {
            Ui ui = new Ui(context, settings, new SettingsFile(dataDir), wrap.apply(tasks), scheduler);
            Stage stage = new Stage();
            stage.setScene(ui.createScene(width, height));
            stage.show();
            return new TestWindow(context, scheduler, tasks, ui, stage);
        });
    }

    FxTaskRunner tasks() {
        return tasks;
    }

    Ui ui() {
        return ui;
    }

    Stage stage() {
        return stage;
    }

    /** Waits until no background work of the window is left. */
    void awaitIdle() throws InterruptedException {
        assertThat(tasks.awaitIdle(Duration.ofSeconds(30))).isTrue();
    }

    /** Waits until a pulse has laid out and rendered the main scene. */
    void awaitPulse() {
        awaitPulse(stage.getScene());
    }

    /** Writes {@code scene}, as the next frames show it, to {@code target/screenshots/name}. */
    static void snapshot(Scene scene, String name) throws IOException {
        awaitPulse(scene);
        awaitPulse(scene);
        var image = Toolkit.onFx(() -> scene.snapshot(null));
        Path out = Files.createDirectories(Path.of("target/screenshots"));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.resolve(name).toFile());
    }

    private static void awaitPulse(Scene scene) {
        CompletableFuture<Void> pulsed = new CompletableFuture<>();
        Toolkit.onFx(() -> {
            FirstFrame.after(scene, () -> pulsed.complete(null));
            return null;
        });
        pulsed.orTimeout(30, TimeUnit.SECONDS).join();
    }

    @Override
    public void close() {
        Toolkit.onFx(() -> {
            Window.getWindows().stream().filter(window -> window != stage).toList().forEach(Window::hide);
            stage.close();
            return null;
        });
        scheduler.close();
        tasks.close();
        context.close();
    }
}
