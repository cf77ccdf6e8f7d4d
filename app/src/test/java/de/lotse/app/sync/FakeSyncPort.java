package de.lotse.app.sync;

import de.lotse.core.sync.Conflict;
import de.lotse.core.sync.Resolution;
import de.lotse.core.sync.SyncPort;
import de.lotse.core.sync.SyncRefusedException;
import de.lotse.core.sync.SyncReport;
import de.lotse.core.sync.SyncStatus;
import de.lotse.core.task.Progress;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** An in-memory sync for the screens' tests: it records what it was asked and answers as told. */
public class FakeSyncPort implements SyncPort {

    /** What {@link #createRealm} or {@link #join} got; the passphrase array is the one handed in. */
    public record SetUp(String action, Path share, char[] passphrase, String passphraseAsGiven, String deviceName) { }

    private volatile SyncStatus status = new SyncStatus(Optional.empty(), "PC-Empfang", Optional.empty(), 0, 0,
            List.of());
    private volatile SyncReport report = new SyncReport(0, 0, List.of(), 0);
    private volatile SyncRefusedException.Reason refuseSetUp;
    private volatile SyncRefusedException.Reason refuseSync;
    private volatile CountDownLatch holdSync;
    private final List<Conflict> conflicts = new CopyOnWriteArrayList<>();
    public final List<SetUp> setUps = new CopyOnWriteArrayList<>();
    public final List<String> resolvedIds = new CopyOnWriteArrayList<>();
    public final List<Resolution> resolutions = new CopyOnWriteArrayList<>();
    public final AtomicInteger syncs = new AtomicInteger();
    public final AtomicInteger statusReads = new AtomicInteger();
    private final AtomicInteger concurrent = new AtomicInteger();
    public final AtomicInteger mostAtOnce = new AtomicInteger();
    /** Counted down when a sync has started (before it is held). */
    public volatile CountDownLatch syncStarted = new CountDownLatch(1);

    public FakeSyncPort joined(String share, String device, Instant lastSync, long waiting, List<String> clocks) {
        status = new SyncStatus(Optional.of(share), device, Optional.ofNullable(lastSync), waiting, conflicts.size(),
                clocks);
        return this;
    }

    public FakeSyncPort reporting(SyncReport next) {
        report = next;
        return this;
    }

    public FakeSyncPort refusingSetUp(SyncRefusedException.Reason reason) {
        refuseSetUp = reason;
        return this;
    }

    public FakeSyncPort refusingSync(SyncRefusedException.Reason reason) {
        refuseSync = reason;
        return this;
    }

    /** Each sync waits for {@code release} (up to 30 s). */
    public FakeSyncPort holdingSyncsUntil(CountDownLatch release) {
        holdSync = release;
        return this;
    }

    public FakeSyncPort withConflicts(List<Conflict> open) {
        conflicts.clear();
        conflicts.addAll(open);
        SyncStatus now = status;
        status = new SyncStatus(now.share(), now.deviceName(), now.lastSync(), now.changesWaiting(), open.size(),
                now.suspectClocks());
        return this;
    }

    @Override
    public SyncStatus status() {
        statusReads.incrementAndGet();
        return status;
    }

    @Override
    public void createRealm(Path share, char[] passphrase, String deviceName) throws SyncRefusedException {
        setUp("create", share, passphrase, deviceName);
    }

    @Override
    public void join(Path share, char[] passphrase, String deviceName) throws SyncRefusedException {
        setUp("join", share, passphrase, deviceName);
    }

    private void setUp(String action, Path share, char[] passphrase, String deviceName) throws SyncRefusedException {
        setUps.add(new SetUp(action, share, passphrase, new String(passphrase), deviceName));
        if (refuseSetUp != null) {
            throw new SyncRefusedException(refuseSetUp, "as told");
        }
        joined(share.toString(), deviceName, null, 0, List.of());
    }

    @Override
    public SyncReport sync(Progress progress) throws SyncRefusedException {
        int now = concurrent.incrementAndGet();
        mostAtOnce.accumulateAndGet(now, Math::max);
        try {
            syncs.incrementAndGet();
            syncStarted.countDown();
            CountDownLatch hold = holdSync;
            if (hold != null && !hold.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("held sync never released");
            }
            if (refuseSync != null) {
                throw new SyncRefusedException(refuseSync, "as told");
            }
            progress.report(1, 2);
            progress.report(2, 2);
            SyncStatus before = status;
            status = new SyncStatus(before.share(), before.deviceName(), Optional.of(Instant.now()), 0,
                    conflicts.size(), before.suspectClocks());
            return report;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            concurrent.decrementAndGet();
        }
    }

    @Override
    public List<Conflict> openConflicts() {
        return new ArrayList<>(conflicts);
    }

    @Override
    public void resolve(String conflictId, Resolution resolution) {
        resolvedIds.add(conflictId);
        resolutions.add(resolution);
        conflicts.removeIf(conflict -> conflict.id().equals(conflictId));
        withConflicts(List.copyOf(conflicts));
    }
}
