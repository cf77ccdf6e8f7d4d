package de.lotse.app.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;

/**
 * Runs work off the FX thread and hands its result back on the FX thread. View models use it for
 * every database or file call.
 */
public interface TaskRunner {

    /**
     * Runs {@code work} in the background; then {@code onSuccess} or {@code onFailure} on the
     * FX thread.
     */
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** True while any work is running or waiting. Read on the FX thread. */
    ReadOnlyBooleanProperty busyProperty();
}
