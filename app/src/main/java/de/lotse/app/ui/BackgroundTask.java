package de.lotse.app.ui;

import de.lotse.core.task.CancelledException;
import de.lotse.core.task.Progress;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;

/**
 * A long piece of background work a person sees: a title (an i18n key), how far it has come, and
 * a cancel. A {@link TaskRunner} runs it off the FX thread, shows it in the status bar while it
 * runs, and hands back on the FX thread its value, the news that it was cancelled, or its failure.
 *
 * <p>The work gets a {@link Progress}: it reports as it goes and stops where stopping leaves nothing
 * half done, with the {@link CancelledException} of {@link Progress#stopIfCancelled()}. Cancelling
 * is a request: work that finished before it noticed still succeeds. A task runs once.
 *
 * @param <T> the value the work returns
 */
public final class BackgroundTask<T> {

    /** The work of a task, on a background thread. */
    @FunctionalInterface
    public interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    private final String titleKey;
    private final Work<T> work;
    private final FxProgress progress = new FxProgress();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final ReadOnlyBooleanWrapper cancelRequested = new ReadOnlyBooleanWrapper(false);

    private BackgroundTask(String titleKey, Work<T> work) {
        this.titleKey = titleKey;
        this.work = work;
    }

    /** A task the status bar shows under the text of {@code titleKey} ("Mögliche Dubletten werden gesucht"). */
    public static <T> BackgroundTask<T> titled(String titleKey, Work<T> work) {
        return new BackgroundTask<>(titleKey, work);
    }

    public String titleKey() {
        return titleKey;
    }

    /** 0 to 1 as the work reports, {@link FxProgress#UNKNOWN} until its first report. FX thread. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.fractionProperty();
    }

    /** True once the person asked the work to stop. FX thread. */
    public ReadOnlyBooleanProperty cancelRequestedProperty() {
        return cancelRequested.getReadOnlyProperty();
    }

    /** Asks the work to stop at its next check; a task not yet started will not start. FX thread. */
    public void cancel() {
        cancelled.set(true);
        cancelRequested.set(true);
    }

    /**
     * Runs the work on the calling thread, its reports reaching the properties through {@code fxThread}
     * ({@code Platform::runLater}, or {@code Runnable::run} inline). For task runners.
     *
     * @throws CancelledException when the task was cancelled before it started, or the work stopped on a cancel
     */
    public T call(Executor fxThread) throws Exception {
        Progress feed = progress.feed(fxThread);
        Progress reporting = new Progress() {
            @Override
            public void report(long done, long total) {
                feed.report(done, total);
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        reporting.stopIfCancelled();
        return work.call(reporting);
    }

    /**
     * How a runner ends a task that did not return: a cancel goes to {@code onCancelled} (no error
     * for the person), anything else to {@code onFailure}.
     */
    public static Consumer<Throwable> failureOrCancel(Runnable onCancelled, Consumer<Throwable> onFailure) {
        return failure -> {
            if (failure instanceof CancelledException) {
                onCancelled.run();
            } else {
                onFailure.accept(failure);
            }
        };
    }
}
