package de.lotse.core.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HybridClockTest {

    private static final long NOW = Instant.parse("2025-03-07T10:15:30Z").toEpochMilli();
    private static final UUID DEVICE = UUID.fromString("00000000-0000-7000-8000-000000000001");
    private static final UUID OTHER = UUID.fromString("ffffffff-ffff-7fff-bfff-ffffffffffff");
    private static final Duration DRIFT = Duration.ofMinutes(5);

    private final MutableClock wall = new MutableClock(NOW);
    private final HybridClock clock = new HybridClock(wall, DEVICE, DRIFT);

    @Test
    void followsTheWallClockWhileItMovesForward() {
        Stamp first = clock.next();
        wall.advance(Duration.ofMillis(7));
        Stamp second = clock.next();

        assertThat(first).isEqualTo(new Stamp(NOW, 0, DEVICE));
        assertThat(second).isEqualTo(new Stamp(NOW + 7, 0, DEVICE));
    }

    @Test
    void countsUpWithinOneMillisecond() {
        clock.next();
        assertThat(clock.next()).isEqualTo(new Stamp(NOW, 1, DEVICE));
        assertThat(clock.next()).isEqualTo(new Stamp(NOW, 2, DEVICE));
    }

    @Test
    void strictlyIncreasesWhenTheWallClockJumpsBackAYear() {
        Stamp previous = clock.next();
        wall.advance(Duration.ofDays(-365));
        for (int i = 0; i < 1_000; i++) {
            if (i % 100 == 0) {
                wall.advance(Duration.ofMillis(3));
            }
            Stamp stamp = clock.next();
            assertThat(stamp).isGreaterThan(previous);
            assertThat(stamp.encode()).isGreaterThan(previous.encode());
            previous = stamp;
        }
        assertThat(previous.millis()).isEqualTo(NOW);
    }

    @Test
    void movesToTheNextMillisecondWhenTheCounterWouldOverflow() {
        Stamp previous = clock.next();
        for (int i = 0; i < Stamp.MAX_COUNTER; i++) {
            Stamp stamp = clock.next();
            assertThat(stamp).isGreaterThan(previous);
            previous = stamp;
        }
        assertThat(previous).isEqualTo(new Stamp(NOW, Stamp.MAX_COUNTER, DEVICE));

        assertThat(clock.next()).isEqualTo(new Stamp(NOW + 1, 0, DEVICE));
        assertThat(clock.next()).isEqualTo(new Stamp(NOW + 1, 1, DEVICE));
    }

    @Test
    void flagsAndIgnoresAStampBeyondTheAllowedDrift() {
        Stamp farAhead = new Stamp(NOW + DRIFT.toMillis() + 1, 0, OTHER);

        assertThat(clock.observe(farAhead)).isTrue();
        assertThat(clock.next()).isEqualTo(new Stamp(NOW, 0, DEVICE));
    }

    @Test
    void flagsAStampAYearAhead() {
        Stamp yearAhead = new Stamp(NOW + Duration.ofDays(365).toMillis(), 0, OTHER);

        assertThat(clock.observe(yearAhead)).isTrue();
        assertThat(clock.next().millis()).isEqualTo(NOW);
    }

    @Test
    void followsAStampWithinTheDrift() {
        Stamp atLimit = new Stamp(NOW + DRIFT.toMillis(), 42, OTHER);

        assertThat(clock.observe(atLimit)).isFalse();
        Stamp next = clock.next();

        assertThat(next).isGreaterThan(atLimit);
        assertThat(next).isEqualTo(new Stamp(NOW + DRIFT.toMillis(), 43, DEVICE));
    }

    @Test
    void followsAnObservedStampWithAFullCounter() {
        Stamp full = new Stamp(NOW + 10, Stamp.MAX_COUNTER, OTHER);

        assertThat(clock.observe(full)).isFalse();

        assertThat(clock.next()).isGreaterThan(full).isEqualTo(new Stamp(NOW + 11, 0, DEVICE));
    }

    @Test
    void observingAnOlderStampDoesNotSetTheClockBack() {
        clock.next();
        wall.advance(Duration.ofSeconds(1));
        Stamp mine = clock.next();

        assertThat(clock.observe(new Stamp(NOW, 9, OTHER))).isFalse();

        assertThat(clock.next()).isGreaterThan(mine);
    }

    @Test
    void theDriftLimitMovesWithTheWallClock() {
        Stamp ahead = new Stamp(NOW + DRIFT.toMillis() + 1_000, 0, OTHER);
        assertThat(clock.observe(ahead)).isTrue();

        wall.advance(Duration.ofSeconds(1));

        assertThat(clock.observe(ahead)).isFalse();
        assertThat(clock.next()).isGreaterThan(ahead);
    }

    @Test
    void resumesAfterOwnStampsHoweverFarAhead() {
        Stamp own = new Stamp(NOW + Duration.ofDays(3 * 365).toMillis(), 5, DEVICE);

        clock.resumeAfter(own);

        assertThat(clock.next()).isEqualTo(new Stamp(own.millis(), 6, DEVICE));
    }

    @Test
    void resumingAfterAnOlderStampKeepsTheClock() {
        clock.next();
        clock.next();

        clock.resumeAfter(new Stamp(NOW - 1, Stamp.MAX_COUNTER, DEVICE));
        clock.resumeAfter(new Stamp(NOW, 0, DEVICE));

        assertThat(clock.next()).isEqualTo(new Stamp(NOW, 2, DEVICE));
    }

    @Test
    void resumesAfterALaterCounterInTheSameMillisecond() {
        clock.next();

        clock.resumeAfter(new Stamp(NOW, 500, DEVICE));

        assertThat(clock.next()).isEqualTo(new Stamp(NOW, 501, DEVICE));
    }

    /** A wall clock that tests set by hand. */
    private static final class MutableClock extends Clock {

        private long millis;

        MutableClock(long millis) {
            this.millis = millis;
        }

        void advance(Duration by) {
            millis += by.toMillis();
        }

        @Override
        public long millis() {
            return millis;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}
