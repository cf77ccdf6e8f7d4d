package de.lotse.app;

import de.lotse.app.ui.BackgroundTask;
import de.lotse.app.ui.TaskRunner;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Runs work at once on the calling thread: view models tested without a screen or a toolkit. A
 * test may have long tasks cancelled as the person would, while they run: see {@link #cancelAtFirstReport()}.
 */
public final class InlineTaskRunner implements TaskRunner {

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<BackgroundTask<?>> current = new ReadOnlyObjectWrapper<>();
    private boolean cancelAtFirstReport;

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public <T> void run(BackgroundTask<T> task, Consumer<T> onSuccess, Runnable onCancelled,
            Consumer<Throwable> onFailure) {
        if (cancelAtFirstReport) {
            // progress reaches the task's properties inline: its first report is the moment to press Abbrechen
            task.progressProperty().subscribe(fraction -> {
                if (fraction.doubleValue() >= 0 && !task.cancelRequestedProperty().get()) {
                    task.cancel();
                }
            });
        }
        current.set(task);
        run(() -> task.call(Runnable::run), result -> {
            current.set(null);
            onSuccess.accept(result);
        }, failure -> {
            current.set(null);
            BackgroundTask.failureOrCancel(onCancelled, onFailure).accept(failure);
        });
    }

    /** From now on every long task is cancelled when it first reports progress, as a person would while it runs. */
    public void cancelAtFirstReport() {
        cancelAtFirstReport = true;
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyObjectProperty<BackgroundTask<?>> currentTaskProperty() {
        return current.getReadOnlyProperty();
    }
}
