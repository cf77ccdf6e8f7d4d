package de.lotse.app.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;

/**
 * Runs work off the FX thread and hands its result back on the FX thread. View models use it for
 * every database or file call: short calls as a plain {@link Callable}, long work a person waits
 * for (a scan, an import, a report) as a {@link BackgroundTask} with a title, progress and cancel.
 */
public interface TaskRunner {

    /**
     * Runs {@code work} in the background; then {@code onSuccess} or {@code onFailure} on the
     * FX thread.
     */
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * Runs {@code task} in the background, as {@link #currentTaskProperty()} while it runs; then on the
     * FX thread {@code onSuccess}, {@code onCancelled} when the person cancelled it (no error to
     * show), or {@code onFailure}.
     */
    <T> void run(BackgroundTask<T> task, Consumer<T> onSuccess, Runnable onCancelled, Consumer<Throwable> onFailure);

    /** True while any work is running or waiting. Read on the FX thread. */
    ReadOnlyBooleanProperty busyProperty();

    /** The long task running now, for the status bar; null while none runs. Read on the FX thread. */
    ReadOnlyObjectProperty<BackgroundTask<?>> currentTaskProperty();
}
