package de.lotse.core.keys;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Measures Argon2id at 64 MiB for 1 to 6 passes, the median of five runs each, against a
 * yardstick (SHA-256 of 1 MiB), so that {@link Argon2Params#DEFAULT} can be checked on an
 * office's own laptop: the ratio tells how the machine compares with the one the default was set
 * on. It measures and returns figures; printing them is the command line's ({@code lotse bench}),
 * as only the command line writes to the terminal.
 */
public final class Argon2Benchmark {

    /** The memory SECURITY.md asks for at least. */
    public static final int MEMORY_KIB = 64 * 1024;
    public static final int MAX_ITERATIONS = 6;
    public static final int RUNS = 5;

    private static final int MIB = 1024 * 1024;
    private static final int YARDSTICK_RUNS = 51;

    private Argon2Benchmark() {
    }

    /** The median time of one derivation with {@code iterations} passes at {@link #MEMORY_KIB}. */
    public record Timing(int iterations, double millis) {
    }

    /** What {@link #run} measured. */
    public record Report(List<Timing> timings, double sha256MillisPerMiB) {

        public Report {
            timings = List.copyOf(timings);
        }

        /** Argon2id's time over the yardstick's: about the same on machines of one kind. */
        public double ratio(Timing timing) {
            return timing.millis() / sha256MillisPerMiB;
        }

        /** The figures as lines for a terminal. */
        public List<String> lines() {
            List<String> lines = new ArrayList<>();
            lines.add(String.format(Locale.ROOT, "SHA-256 of 1 MiB: %.2f ms (median of %d)", sha256MillisPerMiB,
                    YARDSTICK_RUNS));
            for (Timing timing : timings) {
                lines.add(String.format(Locale.ROOT, "Argon2id m=%d KiB p=1 t=%d: %.0f ms (median of %d), %.0f x SHA-256",
                        MEMORY_KIB, timing.iterations(), timing.millis(), RUNS, ratio(timing)));
            }
            Timing chosen = timings.stream()
                    .filter(timing -> timing.iterations() == Argon2Params.DEFAULT.iterations())
                    .findFirst().orElse(null);
            if (chosen != null) {
                lines.add(String.format(Locale.ROOT, "the default (%s) takes %.0f ms here", Argon2Params.DEFAULT,
                        chosen.millis()));
            }
            return lines;
        }
    }

    /** Runs the whole benchmark: about half a minute on a fast machine. */
    public static Report run() {
        return run(MAX_ITERATIONS, RUNS);
    }

    /** {@code runs} derivations for each of 1 to {@code maxIterations} passes, after one to warm up. */
    public static Report run(int maxIterations, int runs) {
        if (maxIterations < 1 || runs < 1) {
            throw new IllegalArgumentException("maxIterations and runs must be positive");
        }
        double yardstick = sha256Yardstick();
        char[] password = "correct horse battery staple".toCharArray();
        byte[] salt = new byte[Argon2id.MIN_SALT_BYTES];
        Argon2id.derive(password, salt, new Argon2Params(MEMORY_KIB, 1, 1), 32);
        List<Timing> timings = new ArrayList<>();
        for (int iterations = 1; iterations <= maxIterations; iterations++) {
            Argon2Params params = new Argon2Params(MEMORY_KIB, iterations, 1);
            double[] millis = new double[runs];
            for (int run = 0; run < runs; run++) {
                long start = System.nanoTime();
                Argon2id.derive(password, salt, params, 32);
                millis[run] = (System.nanoTime() - start) / 1e6;
            }
            timings.add(new Timing(iterations, median(millis)));
        }
        return new Report(timings, yardstick);
    }

    private static double sha256Yardstick() {
        byte[] data = new byte[MIB];
        Arrays.fill(data, (byte) 0x5a);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            // Warm-up, so that the JIT has compiled (and, where the processor has them, uses the SHA extensions).
            for (int i = 0; i < 200; i++) {
                digest.digest(data);
            }
            double[] millis = new double[YARDSTICK_RUNS];
            for (int run = 0; run < YARDSTICK_RUNS; run++) {
                long start = System.nanoTime();
                digest.digest(data);
                millis[run] = (System.nanoTime() - start) / 1e6;
            }
            return median(millis);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
