package de.lotse.persistence;

import static de.lotse.persistence.jooq.Tables.CHANGE_LOG;

import de.lotse.core.clock.HybridClock;
import de.lotse.core.clock.Stamp;
import de.lotse.core.device.DeviceIdentity;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jooq.DSLContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Access to the database for repositories: reads through {@link #read}, and every business write
 * through {@link #write}, which runs in one transaction and captures changes for sync.
 */
public final class Store {

    /** How far another device's clock may run ahead before its stamps are no longer followed. */
    public static final Duration MAX_CLOCK_DRIFT = Duration.ofHours(1);

    private final Database database;
    private final DeviceIdentity device;
    private final HybridClock clock;
    /**
     * Writes happen one at a time: an outbox row's sequence number then follows commit order, so
     * sync never passes over a row that a slower transaction commits later.
     */
    private final ReentrantLock writeLock = new ReentrantLock();
    /** Made on the first write: reading-only starts need no JSON. */
    private JsonMapper json;

    private Store(Database database, DeviceIdentity device, HybridClock clock) {
        this.database = database;
        this.device = device;
        this.clock = clock;
    }

    /** Gives the database's device identity (made on first start) and a clock past every stamp it wrote. */
    public static Store open(Database database, Clock wall) {
        DeviceIdentity device = DeviceIdentities.ensure(database.dsl(), wall);
        HybridClock clock = new HybridClock(wall, device.id(), MAX_CLOCK_DRIFT);
        // this device's stamps rise with the outbox sequence, so the last row holds the largest
        String last = database.dsl().select(CHANGE_LOG.STAMP).from(CHANGE_LOG).orderBy(CHANGE_LOG.SEQ.desc())
                .limit(1).fetchOne(CHANGE_LOG.STAMP);
        if (last != null) {
            clock.resumeAfter(Stamp.decode(last));
        }
        return new Store(database, device, clock);
    }

    public DeviceIdentity device() {
        return device;
    }

    public Database database() {
        return database;
    }

    public <T> T read(Function<DSLContext, T> query) {
        return query.apply(database.dsl());
    }

    /**
     * Gives this database a new device identity inside {@code work}'s transaction, which does the
     * rest of the change of identity. This store keeps writing under the old identity: open the
     * database again (start Lotse again) before the next write.
     */
    public <T> T renewDeviceIdentity(Clock wall, BiFunction<DSLContext, DeviceIdentity, T> work) {
        return exclusively(tx -> work.apply(tx, DeviceIdentities.renew(tx, wall)));
    }

    public HybridClock clock() {
        return clock;
    }

    /** Runs {@code work} in one transaction; on an exception nothing of it is stored. */
    public <T> T write(Function<ChangeWriter, T> work) {
        JsonMapper mapper = json();
        return exclusively(dsl -> work.apply(new ChangeWriter(dsl, clock, mapper)));
    }

    /**
     * Runs sync's own work in one transaction, one at a time with every business write. Writes made
     * here bypass the outbox: they apply other devices' changes or keep sync's bookkeeping.
     */
    public <T> T exclusively(Function<DSLContext, T> work) {
        writeLock.lock();
        try {
            return database.dsl().transactionResult(configuration -> work.apply(configuration.dsl()));
        } finally {
            writeLock.unlock();
        }
    }

    private synchronized JsonMapper json() {
        if (json == null) {
            json = JsonMapper.builder().build();
        }
        return json;
    }

    public void writeAll(Consumer<ChangeWriter> work) {
        write(writer -> {
            work.accept(writer);
            return null;
        });
    }
}
