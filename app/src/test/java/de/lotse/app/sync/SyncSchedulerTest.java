package de.lotse.app.sync;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.core.sync.SyncRefusedException;
import de.lotse.core.sync.SyncReport;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The scheduler without real time: rounds are driven by hand through a timer that only remembers. */
class SyncSchedulerTest {

    /** A timer that remembers its round and period; the test calls the round. */
    private static final class HandTimer implements SyncScheduler.Timer {
        Runnable round;
        Duration period;
        final AtomicBoolean stopped = new AtomicBoolean();

        @Override
        public AutoCloseable every(Duration period, Runnable round) {
            this.period = period;
            this.round = round;
            return () -> stopped.set(true);
        }
    }

    private final List<SyncScheduler.Outcome> outcomes = new CopyOnWriteArrayList<>();

    private SyncScheduler scheduler(FakeSyncPort port, java.util.concurrent.Executor executor, HandTimer timer) {
        SyncScheduler scheduler = new SyncScheduler(port, executor, timer);
        scheduler.addListener((trigger, outcome) -> outcomes.add(outcome));
        return scheduler;
    }

    @Test
    void startsWithARoundEveryFiveMinutesThatSyncsWhileJoined() {
        FakeSyncPort port = new FakeSyncPort().joined("/share", "Laptop", null, 2, List.of())
                .reporting(new SyncReport(2, 5, List.of(), 0));
        HandTimer timer = new HandTimer();
        SyncScheduler scheduler = scheduler(port, Runnable::run, timer);
        scheduler.start();
        scheduler.start();
        assertThat(timer.period).isEqualTo(Duration.ofMinutes(5));
        timer.round.run();
        timer.round.run();
        assertThat(port.syncs.get()).isEqualTo(2);
        assertThat(outcomes).containsExactly(new SyncScheduler.Outcome.Synced(new SyncReport(2, 5, List.of(), 0)),
                new SyncScheduler.Outcome.Synced(new SyncReport(2, 5, List.of(), 0)));
        scheduler.close();
        assertThat(timer.stopped).isTrue();
        assertThat(scheduler.syncNow()).as("closed: no more syncs").isFalse();
    }

    @Test
    void anAutomaticRoundDoesNothingWhileNotJoined() {
        FakeSyncPort port = new FakeSyncPort();
        HandTimer timer = new HandTimer();
        SyncScheduler scheduler = scheduler(port, Runnable::run, timer);
        scheduler.start();
        timer.round.run();
        assertThat(port.syncs.get()).isZero();
        assertThat(outcomes).isEmpty();
        assertThat(scheduler.isRunning()).isFalse();
    }

    @Test
    void anUnreachableShareEndsTheRoundAndTheNextRoundTriesAgain() {
        FakeSyncPort port = new FakeSyncPort().joined("/share", "Laptop", null, 0, List.of())
                .refusingSync(SyncRefusedException.Reason.SHARE_UNREACHABLE);
        HandTimer timer = new HandTimer();
        SyncScheduler scheduler = scheduler(port, Runnable::run, timer);
        scheduler.start();
        timer.round.run();
        port.refusingSync(null);
        timer.round.run();
        assertThat(port.syncs.get()).isEqualTo(2);
        assertThat(outcomes.getFirst())
                .isEqualTo(new SyncScheduler.Outcome.Refused(SyncRefusedException.Reason.SHARE_UNREACHABLE));
        assertThat(outcomes.get(1)).isInstanceOf(SyncScheduler.Outcome.Synced.class);
    }

    @Test
    void aFailureIsReportedAndDoesNotStopTheNextSync() {
        FakeSyncPort port = new FakeSyncPort() {
            int calls;

            @Override
            public SyncReport sync(de.lotse.core.task.Progress progress) throws SyncRefusedException {
                if (calls++ == 0) {
                    throw new IllegalStateException("disk full");
                }
                return super.sync(progress);
            }
        }.joined("/share", "Laptop", null, 0, List.of());
        SyncScheduler scheduler = scheduler(port, Runnable::run, new HandTimer());
        assertThat(scheduler.syncNow()).isTrue();
        assertThat(scheduler.syncNow()).isTrue();
        assertThat(outcomes.getFirst()).isInstanceOf(SyncScheduler.Outcome.Failed.class);
        assertThat(outcomes.get(1)).isInstanceOf(SyncScheduler.Outcome.Synced.class);
    }

    @Test
    void theButtonAndTheTimerNeverRunTwoSyncsAtOnce() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        FakeSyncPort port = new FakeSyncPort().joined("/share", "Laptop", Instant.now(), 0, List.of())
                .holdingSyncsUntil(release);
        ExecutorService executor = Executors.newFixedThreadPool(4);
        HandTimer timer = new HandTimer();
        SyncScheduler scheduler = scheduler(port, executor, timer);
        scheduler.start();
        try {
            assertThat(scheduler.syncNow()).isTrue();
            assertThat(port.syncStarted.await(10, TimeUnit.SECONDS)).isTrue();
            // while it runs: the timer's round and more presses of the button are dropped
            timer.round.run();
            assertThat(scheduler.syncNow()).isFalse();
            assertThat(scheduler.automaticRound()).isFalse();
            assertThat(scheduler.isRunning()).isTrue();
            release.countDown();
            awaitIdle(scheduler);
            assertThat(port.syncs.get()).isEqualTo(1);

            // many triggers from many threads at once: still one sync at a time
            CountDownLatch go = new CountDownLatch(1);
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                boolean manual = i % 2 == 0;
                Thread thread = new Thread(() -> {
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        return;
                    }
                    for (int round = 0; round < 200; round++) {
                        if (manual) {
                            scheduler.syncNow();
                        } else {
                            timer.round.run();
                        }
                    }
                });
                thread.start();
                threads.add(thread);
            }
            go.countDown();
            for (Thread thread : threads) {
                thread.join(30_000);
            }
            awaitIdle(scheduler);
            assertThat(port.syncs.get()).isGreaterThan(1);
            assertThat(port.mostAtOnce.get()).isEqualTo(1);
        } finally {
            scheduler.close();
        }
    }

    private static void awaitIdle(SyncScheduler scheduler) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (scheduler.isRunning() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(scheduler.isRunning()).isFalse();
    }
}
