package de.lotse.core.keys;

/**
 * The cost of one Argon2id derivation: memory in KiB, passes over it, and lanes. Stored with each
 * credential, so that a later version can raise {@link #DEFAULT} and still open the credentials
 * made before.
 *
 * <p>The bounds are generous for people and tight for a tampered credential: one that asked for
 * 100 GiB or a million passes would make a login run out of memory or hang.
 */
public record Argon2Params(int memoryKiB, int iterations, int parallelism) {

    /** Argon2 needs at least 8 KiB per lane. */
    public static final int MIN_MEMORY_KIB_PER_LANE = 8;
    /** 1 GiB, what LUKS2 takes on a server; more would not fit the heap of an office laptop's Lotse. */
    public static final int MAX_MEMORY_KIB = 1024 * 1024;
    public static final int MAX_ITERATIONS = 64;
    public static final int MAX_PARALLELISM = 16;

    /**
     * For new credentials: 64 MiB (SECURITY.md: at least 64 MiB), one lane, 5 passes.
     *
     * <p>One lane because Bouncy Castle computes lanes one after the other: more lanes would cost
     * the person as much time and an attacker with many cores less. The passes are set so that a
     * login takes about a second on a slow office laptop and no more than two (SECURITY.md).
     * {@link Argon2Benchmark} on the development machine (one core of a shared two-core AMD EPYC
     * server, JDK 25, Bouncy Castle 1.87; median of 5, three runs of the benchmark):
     *
     * <pre>
     * 64 MiB, p=1   t=1: 107–146 ms   t=2: 168–192 ms   t=3: 223–254 ms
     *               t=4: 307–331 ms   t=5: 396–474 ms   t=6: 503–533 ms
     * SHA-256 of 1 MiB (yardstick): 0.66–0.71 ms; 4.7 ms without the SHA extensions
     * </pre>
     *
     * About 80 ms a pass. A full second here would be t=12; but a server core with large caches
     * and fast memory runs Argon2 (64-bit BLAKE2b rounds over memory, which the SHA extensions do
     * not help) two to three times as fast as an old office laptop (a low-voltage i5 of 2015 with
     * DDR3), so t=12 would take 2.5–3.5 s there, past SECURITY.md's 2 s. t=5, about 0.45 s here,
     * makes 0.9–1.4 s there. {@code lotse bench} prints the same figures and the ratio to the
     * yardstick on an office's own machine, to check this choice.
     */
    public static final Argon2Params DEFAULT = new Argon2Params(64 * 1024, 5, 1);

    /**
     * Tiny costs for tests only: a derivation in well under a millisecond. Never for a real
     * credential: a password under these costs is guessed as fast as a plain hash.
     */
    public static final Argon2Params FOR_TESTS = new Argon2Params(64, 1, 1);

    public Argon2Params {
        if (parallelism < 1 || parallelism > MAX_PARALLELISM) {
            throw new IllegalArgumentException("parallelism out of range");
        }
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations out of range");
        }
        if (memoryKiB < MIN_MEMORY_KIB_PER_LANE * parallelism || memoryKiB > MAX_MEMORY_KIB) {
            throw new IllegalArgumentException("memory out of range");
        }
    }

    @Override
    public String toString() {
        return "Argon2id[m=" + memoryKiB + " KiB, t=" + iterations + ", p=" + parallelism + "]";
    }
}
