package de.lotse.app.ui;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs all background work on one named thread, {@code lotse-db}: database work then happens in
 * order, one piece at a time, as H2 likes it best, and never on the FX thread.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {

    /** Made on first use: logging starts when something is logged, not on the way to the first frame. */
    private static final class Log {
        private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);
    }

    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "lotse-db");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicInteger pending = new AtomicInteger();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<BackgroundTask<?>> current = new ReadOnlyObjectWrapper<>();

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        changePending(+1);
        executor.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> {
                    try {
                        onSuccess.accept(result);
                    } finally {
                        changePending(-1);
                    }
                });
            } catch (Exception | Error e) {
                Platform.runLater(() -> {
                    try {
                        onFailure.accept(e);
                    } finally {
                        changePending(-1);
                    }
                });
            }
        });
    }

    /** On the same thread as every other piece of work: a long task runs when the work before it is done. */
    @Override
    public <T> void run(BackgroundTask<T> task, Consumer<T> onSuccess, Runnable onCancelled,
            Consumer<Throwable> onFailure) {
        Consumer<Throwable> failed = BackgroundTask.failureOrCancel(onCancelled, onFailure);
        run(() -> {
            // queued before the outcome: the status bar learns of the task before it learns that it ended
            Platform.runLater(() -> current.set(task));
            return task.call(Platform::runLater);
        }, result -> {
            leave(task);
            onSuccess.accept(result);
        }, failure -> {
            leave(task);
            failed.accept(failure);
        });
    }

    private void leave(BackgroundTask<?> task) {
        if (current.get() == task) {
            current.set(null);
        }
    }

    private void changePending(int delta) {
        pending.addAndGet(delta);
        Runnable update = () -> busy.set(pending.get() > 0);
        if (Platform.isFxApplicationThread()) {
            update.run();
        } else {
            Platform.runLater(update);
        }
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyObjectProperty<BackgroundTask<?>> currentTaskProperty() {
        return current.getReadOnlyProperty();
    }

    /**
     * Waits, off the FX thread, until no work is pending and the FX thread has handled every
     * result. For screenshots and tests.
     */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            CountDownLatch fxRound = new CountDownLatch(1);
            Platform.runLater(fxRound::countDown);
            if (!fxRound.await(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                return false;
            }
            if (pending.get() == 0) {
                return true;
            }
            Thread.sleep(10);
        }
        return false;
    }

    /** Lets queued work finish (up to a minute), then stops the thread. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(1, TimeUnit.MINUTES)) {
                Log.LOG.warn("Background work still running at exit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
