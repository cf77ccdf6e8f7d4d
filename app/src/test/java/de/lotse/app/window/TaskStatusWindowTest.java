package de.lotse.app.window;

import de.lotse.app.TestLogin;
import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.app.AppContext;
import de.lotse.app.feature.persons.DuplicatesView;
import de.lotse.app.feature.persons.DuplicatesViewModel;
import de.lotse.app.settings.Settings;
import de.lotse.app.ui.BackgroundTask;
import de.lotse.app.ui.TaskRunner;
import de.lotse.app.ui.TaskStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long task in the status bar of the real window: title, progress and Abbrechen; quick work
 * shows nothing; the duplicates window shows its scan, and a cancel there leaves it open.
 */
class TaskStatusWindowTest {

    @TempDir
    Path dataDir;

    private AppContext context;
    private TestWindow window;
    private Stage stage;

    @BeforeAll
    static void startToolkit() {
        TestWindow.startToolkit();
    }

    @BeforeEach
    void openWindow() throws Exception {
        context = TestLogin.open(dataDir, Clock.systemDefaultZone());
        context.addDemo(40, 4);
        window = TestWindow.open(context, dataDir, Settings.DEFAULTS, 1280, 800);
        stage = window.stage();
        window.awaitIdle();
        window.awaitPulse();
    }

    @AfterEach
    void close() {
        window.close();
    }

    /** How a task ended, told on the FX thread. */
    private sealed interface Ended {
        record Done(Object value) implements Ended { }

        record Cancelled() implements Ended { }

        record Failed(Throwable failure) implements Ended { }
    }

    private CompletableFuture<Ended> start(BackgroundTask<String> task) {
        CompletableFuture<Ended> ended = new CompletableFuture<>();
        Toolkit.onFx(() -> {
            window.tasks().run(task, value -> ended.complete(new Ended.Done(value)),
                    () -> ended.complete(new Ended.Cancelled()), failure -> ended.complete(new Ended.Failed(failure)));
            return null;
        });
        return ended;
    }

    private <T extends Node> T node(String id, Class<T> type) {
        return type.cast(stage.getScene().lookup("#" + id));
    }

    private boolean shown() {
        return Toolkit.onFx(() -> node("status-task", Node.class).isVisible());
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 20 s").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    @Test
    void aLongTaskShowsTitleProgressAndCancelAndStopsWhenCancelled() throws Exception {
        double barHeight = Toolkit.onFx(() -> ((Region) node("status-device", Label.class).getParent()).getHeight());
        CountDownLatch firstReport = new CountDownLatch(1);
        List<String> seenFromTheWork = new ArrayList<>();
        CompletableFuture<Ended> ended = start(BackgroundTask.titled("duplicates.task", progress -> {
            // as a scan does: nothing to measure at first, then steps, until the person cancels
            firstReport.await(20, TimeUnit.SECONDS);
            progress.report(2, 5);
            for (int i = 0; i < 2_000; i++) {
                progress.stopIfCancelled();
                Thread.sleep(10);
            }
            seenFromTheWork.add("ran to its end");
            return "done";
        }));

        await(this::shown);
        assertThat(Toolkit.onFx(() -> node("status-task-title", Label.class).getText()))
                .isEqualTo("Mögliche Dubletten werden gesucht");
        assertThat(Toolkit.onFx(() -> node("status-task-progress", ProgressBar.class).isIndeterminate()))
                .as("no report yet").isTrue();
        assertThat(Toolkit.onFx(() -> node("status-task-cancel", Button.class).getText())).isEqualTo("Abbrechen");
        // the bar without a measure runs a segment along its track: let it come into view
        Thread.sleep(1_200);
        TestWindow.snapshot(stage.getScene(), "status-task-indeterminate.png");

        firstReport.countDown();
        await(() -> Toolkit.onFx(() -> node("status-task-progress", ProgressBar.class).getProgress()) > 0);
        assertThat(Toolkit.onFx(() -> node("status-task-progress", ProgressBar.class).getProgress())).isEqualTo(0.4);
        TestWindow.snapshot(stage.getScene(), "status-task.png");
        assertThat(Toolkit.onFx(() -> ((Region) node("status-device", Label.class).getParent()).getHeight()))
                .as("the status bar keeps its height").isEqualTo(barHeight);
        Toolkit.onFx(() -> {
            Bounds device = node("status-device", Label.class).localToScene(
                    node("status-device", Label.class).getLayoutBounds());
            for (String id : List.of("status-task-title", "status-task-progress", "status-task-cancel")) {
                Node part = node(id, Node.class);
                Bounds bounds = part.localToScene(part.getLayoutBounds());
                assertThat(bounds.getCenterY()).as("%s in line with the rest of the status bar", id)
                        .isCloseTo(device.getCenterY(), org.assertj.core.data.Offset.offset(1.5));
                assertThat(bounds.getMaxX()).as("%s within the window", id).isLessThanOrEqualTo(
                        stage.getScene().getWidth());
            }
            Label title = node("status-task-title", Label.class);
            assertThat(title.getWidth()).as("the title is not cut off").isGreaterThanOrEqualTo(
                    title.prefWidth(-1) - 0.5);
            return null;
        });

        Toolkit.onFx(() -> {
            node("status-task-cancel", Button.class).fire();
            return null;
        });

        assertThat(ended.get(20, TimeUnit.SECONDS)).isEqualTo(new Ended.Cancelled());
        window.awaitIdle();
        window.awaitPulse();
        assertThat(seenFromTheWork).as("the work stopped at its next check").isEmpty();
        assertThat(shown()).isFalse();
        assertThat(Toolkit.onFx(() -> window.tasks().currentTaskProperty().get())).isNull();
        assertThat(Toolkit.onFx(() -> Window.getWindows().size())).as("no error dialog, nothing else opened")
                .isEqualTo(1);
    }

    @Test
    void quickWorkShowsNothingInTheStatusBar() throws Exception {
        List<Boolean> visible = new ArrayList<>();
        Toolkit.onFx(() -> {
            node("status-task", Node.class).visibleProperty().subscribe(shown -> visible.add(shown));
            return null;
        });

        Ended ended = start(BackgroundTask.titled("duplicates.task", progress -> {
            progress.report(1, 1);
            return "quick";
        })).get(20, TimeUnit.SECONDS);
        // longer than the status bar waits before it shows a task
        Thread.sleep((long) TaskStatus.DELAY.toMillis() * 2);
        window.awaitPulse();

        assertThat(ended).isEqualTo(new Ended.Done("quick"));
        assertThat(Toolkit.onFx(() -> List.copyOf(visible))).containsOnly(false);
    }

    /** The window's runner, but long tasks wait, as a scan of 100,000 persons would, until cancelled. */
    private final class SlowScans implements TaskRunner {

        private final javafx.beans.property.ReadOnlyObjectWrapper<BackgroundTask<?>> current =
                new javafx.beans.property.ReadOnlyObjectWrapper<>();

        @Override
        public <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onSuccess,
                java.util.function.Consumer<Throwable> onFailure) {
            window.tasks().run(work, onSuccess, onFailure);
        }

        @Override
        public <T> void run(BackgroundTask<T> task, java.util.function.Consumer<T> onSuccess, Runnable onCancelled,
                java.util.function.Consumer<Throwable> onFailure) {
            current.set(task);
            // the work notices the cancel at its next check and ends as cancelled
            task.cancelRequestedProperty().subscribe(cancelled -> {
                if (cancelled) {
                    current.set(null);
                    onCancelled.run();
                }
            });
        }

        @Override
        public javafx.beans.property.ReadOnlyBooleanProperty busyProperty() {
            return window.tasks().busyProperty();
        }

        @Override
        public javafx.beans.property.ReadOnlyObjectProperty<BackgroundTask<?>> currentTaskProperty() {
            return current.getReadOnlyProperty();
        }
    }

    @Test
    void theDuplicatesWindowShowsItsScanAndACancelThereClosesNothingAndShowsNoError() throws Exception {
        List<Throwable> failures = new ArrayList<>();
        DuplicatesViewModel model = new DuplicatesViewModel(context.people(), new SlowScans(), failures::add);
        Stage duplicates = Toolkit.onFx(() -> {
            DuplicatesView.show(stage, model, window.ui().i18n(), survivor -> { });
            return Window.getWindows().stream().filter(w -> w != stage).map(w -> (Stage) w).findFirst().orElseThrow();
        });

        await(() -> Toolkit.onFx(() -> duplicates.getScene().lookup("#status-task").isVisible()));
        assertThat(Toolkit.onFx(() -> ((Label) duplicates.getScene().lookup("#duplicates-count")).getText()))
                .isEqualTo("Suche im ganzen Register …");
        assertThat(Toolkit.onFx(() -> duplicates.getScene().lookup("#status-task-title").isVisible()))
                .as("the window's head says already what it waits for").isFalse();
        TestWindow.snapshot(duplicates.getScene(), "duplicates-scanning.png");

        Toolkit.onFx(() -> {
            ((Button) duplicates.getScene().lookup("#status-task-cancel")).fire();
            return null;
        });
        window.awaitPulse();

        assertThat(Toolkit.onFx(duplicates::isShowing)).as("the window stays open").isTrue();
        assertThat(Toolkit.onFx(() -> duplicates.getScene().lookup("#status-task").isVisible())).isFalse();
        assertThat(Toolkit.onFx(() -> ((Label) duplicates.getScene().lookup("#duplicates-count")).getText()))
                .isEqualTo("0 Paare (Suche abgebrochen)");
        assertThat(failures).isEmpty();
        assertThat(Toolkit.onFx(() -> Window.getWindows().size())).as("no error dialog").isEqualTo(2);
        TestWindow.snapshot(duplicates.getScene(), "duplicates-cancelled.png");
        Toolkit.onFx(() -> {
            duplicates.close();
            return null;
        });
    }
}
