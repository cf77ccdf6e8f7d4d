package de.lotse.core.clock;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;

/**
 * A hybrid logical clock for one device. Every stamp it hands out is greater than every stamp it
 * handed out or observed before, even when the wall clock jumps back. Observed stamps from other
 * devices advance it, but never further than {@code now + maxDrift}, so one device with a clock a
 * year ahead cannot drag the whole office into the future.
 */
public final class HybridClock {

    private final Clock wall;
    private final UUID device;
    private final Duration maxDrift;
    private long millis;
    private int counter;

    public HybridClock(Clock wall, UUID device, Duration maxDrift) {
        this.wall = Objects.requireNonNull(wall, "wall");
        this.device = Objects.requireNonNull(device, "device");
        this.maxDrift = Objects.requireNonNull(maxDrift, "maxDrift");
    }

    public UUID device() {
        return device;
    }

    /** The next stamp of this device, greater than any stamp seen so far. */
    public synchronized Stamp next() {
        long now = wall.millis();
        if (now > millis) {
            millis = now;
            counter = 0;
        } else if (counter == Stamp.MAX_COUNTER) {
            millis++;
            counter = 0;
        } else {
            counter++;
        }
        return new Stamp(millis, counter, device);
    }

    /**
     * Continues after this device's own last stamp, however far ahead of the wall clock it lies:
     * a device's own stamps must never repeat or go back.
     */
    public synchronized void resumeAfter(Stamp own) {
        if (own.millis() > millis || (own.millis() == millis && own.counter() > counter)) {
            millis = own.millis();
            counter = own.counter();
        }
    }

    /**
     * Takes note of a stamp seen elsewhere (from this device's own history or from another device).
     *
     * @return {@code true} when the stamp lies beyond {@code now + maxDrift}: it was not followed,
     *     and its device's clock should be flagged
     */
    public synchronized boolean observe(Stamp seen) {
        long limit = wall.millis() + maxDrift.toMillis();
        if (seen.millis() > limit) {
            return true;
        }
        resumeAfter(seen);
        return false;
    }
}
