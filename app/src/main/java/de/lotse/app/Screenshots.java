package de.lotse.app;

import de.lotse.app.settings.Settings;
import de.lotse.app.settings.SettingsFile;
import de.lotse.app.shell.Area;
import de.lotse.app.ui.FxTaskRunner;
import de.lotse.app.ui.Themes;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/** Renders every main view through JavaFX's headless platform to PNG files. */
public final class Screenshots {

    private static final Duration WAIT = Duration.ofMinutes(2);

    private Screenshots() {
    }

    /** Starts the JavaFX toolkit without a display, once per process. */
    public static void startHeadlessToolkit() throws InterruptedException {
        if (System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Headless");
        }
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            started.complete(null);
        }
        Platform.setImplicitExit(false);
        started.orTimeout(30, TimeUnit.SECONDS).join();
    }

    /** Writes one PNG per area, named {@code 01-start.png} …; returns the files. */
    public static List<Path> render(AppContext context, Settings settings, Path outDir, int width, int height)
            throws IOException, InterruptedException {
        startHeadlessToolkit();
        Files.createDirectories(outDir);
        List<Path> written = new ArrayList<>();
        try (FxTaskRunner tasks = new FxTaskRunner()) {
            Stage stage = onFx(() -> {
                Themes.apply(settings.theme());
                Ui ui = new Ui(context, settings, new SettingsFile(context.dataDir()), tasks);
                Stage window = new Stage();
                window.setScene(ui.createScene(width, height));
                window.setUserData(ui);
                window.show();
                return window;
            });
            Ui ui = (Ui) stage.getUserData();
            int index = 1;
            for (Area area : ui.main().areas()) {
                onFx(() -> {
                    ui.main().show(area);
                    return null;
                });
                if (!tasks.awaitIdle(WAIT)) {
                    throw new IOException("views did not finish loading");
                }
                if (area == Area.PERSONS) {
                    // the register with its first person open in the form beside it
                    onFx(() -> {
                        if (!ui.persons().shown().isEmpty()) {
                            ui.editor().edit(ui.persons().shown().getFirst().row().id());
                        }
                        return null;
                    });
                    tasks.awaitIdle(WAIT);
                }
                // tables size their cells a pulse after their columns: let two pulses pass
                awaitPulse(stage);
                awaitPulse(stage);
                WritableImage image = onFx(() -> stage.getScene().snapshot(null));
                BufferedImage pixels = SwingFXUtils.fromFXImage(image, null);
                Path file = outDir.resolve("%02d-%s.png".formatted(index++, area.name().toLowerCase(Locale.ROOT)));
                ImageIO.write(pixels, "png", file.toFile());
                written.add(file);
            }
            onFx(() -> {
                stage.close();
                return null;
            });
        }
        return written;
    }

    private static void awaitPulse(Stage stage) {
        CompletableFuture<Void> pulsed = new CompletableFuture<>();
        onFx(() -> {
            FirstFrame.after(stage.getScene(), () -> pulsed.complete(null));
            return null;
        });
        pulsed.orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
    }

    static <T> T onFx(Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
    }
}
