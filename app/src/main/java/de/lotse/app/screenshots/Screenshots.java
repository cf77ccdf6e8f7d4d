package de.lotse.app.screenshots;

import de.lotse.app.AppContext;
import de.lotse.app.settings.Settings;
import de.lotse.app.settings.SettingsFile;
import de.lotse.app.shell.Area;
import de.lotse.app.ui.FirstFrame;
import de.lotse.app.ui.FxTaskRunner;
import de.lotse.app.ui.Themes;
import de.lotse.app.window.Toolkit;
import de.lotse.app.window.Ui;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/** Renders every main view through JavaFX's headless platform to PNG files. */
public final class Screenshots {

    private static final Duration WAIT = Duration.ofMinutes(2);

    private Screenshots() {
    }

    /** Writes one PNG per area, named {@code 01-start.png} …; returns the files. */
    public static List<Path> render(AppContext context, Settings settings, Path outDir, int width, int height)
            throws IOException, InterruptedException {
        Toolkit.startHeadless();
        Files.createDirectories(outDir);
        List<Path> written = new ArrayList<>();
        try (FxTaskRunner tasks = new FxTaskRunner()) {
            Stage stage = Toolkit.onFx(() -> {
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
                Toolkit.onFx(() -> {
                    ui.main().show(area);
                    return null;
                });
                if (!tasks.awaitIdle(WAIT)) {
                    throw new IOException("views did not finish loading");
                }
                if (area.feature() == ui.register()) {
                    // the register with its first person open in the form beside it
                    Toolkit.onFx(() -> {
                        if (!ui.persons().list().shown().isEmpty()) {
                            ui.persons().editor().edit(ui.persons().list().shown().getFirst().row().id());
                        }
                        return null;
                    });
                    tasks.awaitIdle(WAIT);
                }
                // tables size their cells a pulse after their columns: let two pulses pass
                awaitPulse(stage);
                awaitPulse(stage);
                WritableImage image = Toolkit.onFx(() -> stage.getScene().snapshot(null));
                BufferedImage pixels = SwingFXUtils.fromFXImage(image, null);
                Path file = outDir.resolve("%02d-%s.png".formatted(index++, area.feature().id()));
                ImageIO.write(pixels, "png", file.toFile());
                written.add(file);
            }
            Toolkit.onFx(() -> {
                stage.close();
                return null;
            });
        }
        return written;
    }

    private static void awaitPulse(Stage stage) {
        CompletableFuture<Void> pulsed = new CompletableFuture<>();
        Toolkit.onFx(() -> {
            FirstFrame.after(stage.getScene(), () -> pulsed.complete(null));
            return null;
        });
        pulsed.orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
    }
}
