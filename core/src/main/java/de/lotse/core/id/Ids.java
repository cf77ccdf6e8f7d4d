package de.lotse.core.id;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * Record ids. New records get time-ordered UUIDs (version 7): unique across offline devices like
 * any random UUID, but they land at the end of the database's indexes, which keeps bulk inserts
 * fast.
 */
public final class Ids {

    private static final long VERSION_7 = 0x7000L;
    private static final long VARIANT = 0x8000_0000_0000_0000L;
    private static final long VARIANT_MASK = 0x3FFF_FFFF_FFFF_FFFFL;

    private final Clock clock;
    private final RandomGenerator random;

    public Ids(Clock clock) {
        this(clock, new SecureRandom());
    }

    public Ids(Clock clock, RandomGenerator random) {
        this.clock = clock;
        this.random = random;
    }

    /** A new id, ordered by creation time (to the millisecond). */
    public UUID next() {
        return version7(clock.millis(), random);
    }

    /** A version 7 UUID for {@code millis}, its other bits drawn from {@code random}. */
    public static UUID version7(long millis, RandomGenerator random) {
        long most = (millis << 16) | VERSION_7 | (random.nextLong() & 0x0FFFL);
        long least = VARIANT | (random.nextLong() & VARIANT_MASK);
        return new UUID(most, least);
    }

    /**
     * The id of a row that states a fact about another record (a nationality of a person, a member
     * of a household). It follows from owner and fact, so two devices recording the same fact
     * agree on its id, and it sorts next to its owner.
     */
    public static UUID derived(UUID owner, String fact) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(
                    (owner + "/" + fact).getBytes(StandardCharsets.UTF_8));
            long low = 0;
            for (int i = 0; i < 8; i++) {
                low = (low << 8) | (hash[i] & 0xFF);
            }
            return new UUID(owner.getMostSignificantBits(), VARIANT | (low & VARIANT_MASK));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
