package de.lotse.core.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdsTest {

    private static final long NOW = Instant.parse("2025-03-07T10:15:30.123Z").toEpochMilli();

    @Test
    void version7IdsCarryVersionVariantAndMillis() {
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 1_000; i++) {
            UUID id = Ids.version7(NOW + i, random);

            assertThat(id.version()).isEqualTo(7);
            assertThat(id.variant()).isEqualTo(2);
            assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(NOW + i);
        }
    }

    @Test
    void version7IdsAreOrderedByMillisWhateverTheRandomBits() {
        SplittableRandom random = new SplittableRandom(2);
        List<UUID> ids = new ArrayList<>();
        for (long millis = NOW; millis < NOW + 500; millis++) {
            ids.add(Ids.version7(millis, random));
        }
        for (int i = 1; i < ids.size(); i++) {
            assertThat(ids.get(i)).isGreaterThan(ids.get(i - 1));
            assertThat(ids.get(i).toString()).isGreaterThan(ids.get(i - 1).toString());
        }
    }

    @Test
    void idsOfOneMillisecondDiffer() {
        SplittableRandom random = new SplittableRandom(3);
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(Ids.version7(NOW, random));
        }
        assertThat(ids).hasSize(10_000);
    }

    @Test
    void nextUsesTheClock() {
        Ids ids = new Ids(Clock.fixed(Instant.ofEpochMilli(NOW), ZoneOffset.UTC));

        UUID id = ids.next();

        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(NOW);
        assertThat(id.version()).isEqualTo(7);
        assertThat(ids.next()).isNotEqualTo(id);
    }

    @Test
    void derivedIdsFollowFromOwnerAndFact() {
        UUID owner = Ids.version7(NOW, new SplittableRandom(4));

        UUID syrian = Ids.derived(owner, "nationality/SY");

        assertThat(Ids.derived(UUID.fromString(owner.toString()), "nationality/SY")).isEqualTo(syrian);
        assertThat(Ids.derived(owner, "nationality/AF")).isNotEqualTo(syrian);
        assertThat(syrian).isNotEqualTo(owner);
        assertThat(syrian.getMostSignificantBits()).isEqualTo(owner.getMostSignificantBits());
        assertThat(syrian.version()).isEqualTo(7);
        assertThat(syrian.variant()).isEqualTo(2);
    }

    @Test
    void derivedIdsOfOtherOwnersDiffer() {
        SplittableRandom random = new SplittableRandom(5);
        UUID owner = Ids.version7(NOW, random);
        UUID sameMillisecond = Ids.version7(NOW, random);
        UUID sameHighBits = new UUID(owner.getMostSignificantBits(), sameMillisecond.getLeastSignificantBits());

        assertThat(Ids.derived(sameMillisecond, "member")).isNotEqualTo(Ids.derived(owner, "member"));
        assertThat(Ids.derived(sameHighBits, "member")).isNotEqualTo(Ids.derived(owner, "member"));
    }

    @Test
    void derivedIdsAreSpreadOverManyFacts() {
        UUID owner = Ids.version7(NOW, new SplittableRandom(6));
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(Ids.derived(owner, "fact-" + i));
        }
        assertThat(ids).hasSize(10_000);
    }
}
