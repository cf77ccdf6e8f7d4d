package de.lotse.app.window;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * Starts JavaFX once per process, for the window, the screenshots and the UI tests alike, with
 * {@link Platform#startup} and then the caller's first step on the FX thread, in which the
 * composition root ({@link Ui}) is built: nothing is handed to an {@code Application} subclass
 * through static fields.
 */
public final class Toolkit {

    /** How long a call onto the FX thread may take before it counts as hung. */
    private static final long WAIT_SECONDS = 120;

    private Toolkit() {
    }

    /**
     * Starts the toolkit (once per process; later calls find it running) and runs {@code first} on
     * the FX thread. {@code exitWithLastWindow}: whether closing the last window ends the toolkit,
     * as it should for the window and never for screenshots or tests; the last call decides it for
     * the whole process.
     */
    public static void start(boolean exitWithLastWindow, Runnable first) {
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            started.complete(null);
        }
        started.orTimeout(30, TimeUnit.SECONDS).join();
        Platform.setImplicitExit(exitWithLastWindow);
        Platform.runLater(first);
    }

    /** Starts the toolkit without a display (JavaFX's headless platform), once per process. */
    public static void startHeadless() {
        if (System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Headless");
        }
        start(false, () -> { });
    }

    /** Runs {@code work} on the FX thread and waits for its value (from any thread but the FX thread). */
    public static <T> T onFx(Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.orTimeout(WAIT_SECONDS, TimeUnit.SECONDS).join();
    }

    /** Linux needs an X11 or Wayland session unless JavaFX runs headless; Windows and macOS always have one. */
    public static boolean hasDisplay() {
        boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
        return !linux || System.getProperty("glass.platform") != null || System.getenv("DISPLAY") != null
                || System.getenv("WAYLAND_DISPLAY") != null;
    }
}
