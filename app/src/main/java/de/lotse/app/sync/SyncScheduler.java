package de.lotse.app.sync;

import de.lotse.core.sync.SyncPort;
import de.lotse.core.sync.SyncRefusedException;
import de.lotse.core.sync.SyncReport;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs syncs: on demand (the button, Ctrl+Shift+S) and automatically at start and every five
 * minutes while this device has joined a realm. One guard for both, so two syncs never run at
 * once; a trigger while a sync runs is dropped. Syncs run on the injected executor, never on the
 * caller's thread. An automatic round that finds the share unreachable passes silently: a laptop
 * without network keeps working and tries again next round.
 */
public final class SyncScheduler implements AutoCloseable {

    /** Made on first use: logging starts when something is logged, not on the way to the first frame. */
    private static final class Log {
        private static final Logger LOG = LoggerFactory.getLogger(SyncScheduler.class);
    }

    /** Time between automatic rounds. */
    public static final Duration PERIOD = Duration.ofMinutes(5);

    /** How long after start the first automatic sync waits. */
    static final Duration FIRST_ROUND = Duration.ofSeconds(10);

    /** What started a sync. */
    public enum Trigger { MANUAL, AUTOMATIC }

    /** How a sync ended. */
    public sealed interface Outcome {

        /** The sync ran; what it did. */
        record Synced(SyncReport report) implements Outcome { }

        /** Sync refused, for a reason a person acts on (or, for an unreachable share, waits out). */
        record Refused(SyncRefusedException.Reason reason) implements Outcome { }

        /** A bug or an I/O failure the port did not turn into a refusal. */
        record Failed(Throwable failure) implements Outcome { }
    }

    /** Told about syncs, on the syncing thread. */
    public interface Listener {

        default void started(Trigger trigger) {
        }

        default void progress(long done, long total) {
        }

        void finished(Trigger trigger, Outcome outcome);
    }

    /** Calls {@code round} soon and then every {@code period} until the returned handle is closed. */
    @FunctionalInterface
    public interface Timer {
        AutoCloseable every(Duration period, Runnable round);
    }

    private final SyncPort port;
    private final Executor executor;
    private final Timer timer;
    private final AtomicBoolean running = new AtomicBoolean();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private volatile AutoCloseable ticking;
    private volatile boolean closed;

    public SyncScheduler(SyncPort port, Executor executor, Timer timer) {
        this.port = port;
        this.executor = executor;
        this.timer = timer;
    }

    /** Syncs on a thread of its own ({@code lotse-sync}); the timer is a daemon thread too. */
    public static SyncScheduler onOwnThreads(SyncPort port) {
        ExecutorService syncing = Executors.newSingleThreadExecutor(runnable -> daemon(runnable, "lotse-sync"));
        return new SyncScheduler(port, syncing, (period, round) -> {
            ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor(
                    runnable -> daemon(runnable, "lotse-sync-timer"));
            // the first round waits for the window to be up: it must not slow the start
            ScheduledFuture<?> future = ticks.scheduleWithFixedDelay(round, FIRST_ROUND.toMillis(), period.toMillis(),
                    TimeUnit.MILLISECONDS);
            return () -> {
                future.cancel(false);
                ticks.shutdownNow();
            };
        });
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }

    public SyncPort port() {
        return port;
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    /** Starts the automatic rounds: one shortly after start, then every {@link #PERIOD}. Once only. */
    public synchronized void start() {
        if (ticking == null && !closed) {
            ticking = timer.every(PERIOD, this::automaticRound);
        }
    }

    /** A sync asked for by a person; false when one is running already (or the app closes). */
    public boolean syncNow() {
        return begin(Trigger.MANUAL);
    }

    /**
     * One automatic round: a sync when this device has joined a realm and no sync runs; false when
     * it started none.
     */
    public boolean automaticRound() {
        return begin(Trigger.AUTOMATIC);
    }

    /** True from a trigger until its sync ended. */
    public boolean isRunning() {
        return running.get();
    }

    private boolean begin(Trigger trigger) {
        if (closed || !running.compareAndSet(false, true)) {
            return false;
        }
        try {
            executor.execute(() -> round(trigger));
            return true;
        } catch (RejectedExecutionException e) {
            running.set(false);
            return false;
        }
    }

    private void round(Trigger trigger) {
        Outcome outcome;
        try {
            if (trigger == Trigger.AUTOMATIC && !port.status().joined()) {
                return; // nothing to sync with; the finally below lets the next trigger in
            }
            listeners.forEach(listener -> listener.started(trigger));
            outcome = new Outcome.Synced(port.sync((done, total) ->
                    listeners.forEach(listener -> listener.progress(done, total))));
        } catch (SyncRefusedException e) {
            if (trigger == Trigger.AUTOMATIC && e.reason() == SyncRefusedException.Reason.SHARE_UNREACHABLE) {
                Log.LOG.debug("Share unreachable; the next round tries again");
            } else {
                Log.LOG.info("Sync refused: {}", e.reason());
            }
            outcome = new Outcome.Refused(e.reason());
        } catch (RuntimeException | Error e) {
            Log.LOG.warn("Sync failed: {}", e.getClass().getName());
            outcome = new Outcome.Failed(e);
        } finally {
            running.set(false);
        }
        Outcome ended = outcome;
        listeners.forEach(listener -> listener.finished(trigger, ended));
    }

    /** Stops the rounds and waits (up to a minute) for a sync under way. */
    @Override
    public void close() {
        closed = true;
        synchronized (this) {
            if (ticking != null) {
                try {
                    ticking.close();
                } catch (Exception e) {
                    Log.LOG.warn("Sync timer did not stop: {}", e.getClass().getName());
                }
            }
        }
        if (executor instanceof ExecutorService service) {
            service.shutdown();
            try {
                if (!service.awaitTermination(1, TimeUnit.MINUTES)) {
                    Log.LOG.warn("Sync still running at exit");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
