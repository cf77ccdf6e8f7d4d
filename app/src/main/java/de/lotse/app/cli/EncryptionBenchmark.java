package de.lotse.app.cli;

import de.lotse.app.feature.start.StartViewModel;
import de.lotse.core.account.Access;
import de.lotse.core.data.FileTrees;
import de.lotse.core.demo.DemoData;
import de.lotse.core.demo.DemoGenerator;
import de.lotse.core.id.Ids;
import de.lotse.core.keys.Argon2Benchmark;
import de.lotse.core.keys.FileKey;
import de.lotse.core.person.PersonService;
import de.lotse.persistence.Database;
import de.lotse.persistence.JooqOverviewQueries;
import de.lotse.persistence.JooqPersonRegister;
import de.lotse.persistence.Store;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lotse bench encryption}: what the encryption at rest costs. The same demo register is
 * written to an encrypted and to a plain database in one run; then each is opened, its Start
 * figures counted and its search index built, in turns, and the medians are printed side by side
 * with their ratio. The login's Argon2id derivation is timed against SHA-256 over one MiB.
 */
@Command(name = "encryption", mixinStandardHelpOptions = true,
        description = "Encrypted against plain database: writing N demo persons, opening, the Start figures, "
                + "the search index; and the login's key derivation.")
public final class EncryptionBenchmark implements Callable<Integer> {

    @Option(names = "--persons", defaultValue = "10000", description = "Demo persons (default: ${DEFAULT-VALUE}).")
    int persons;

    @Option(names = "--runs", defaultValue = "5", description = "Measured runs of each (default: ${DEFAULT-VALUE}).")
    int runs;

    @Spec
    CommandSpec spec;

    private final Clock clock = Clock.systemUTC();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path folder = Files.createTempDirectory("lotse-bench-encryption");
        try {
            Path encrypted = folder.resolve("encrypted");
            Path plain = folder.resolve("plain");
            byte[] key = FileKey.generate().bytes();
            DemoData data = new DemoGenerator(1, LocalDate.now(clock)).generate(persons);
            // warm-up of both ways, so that neither pays the JIT's first compilations: not counted
            DemoData small = new DemoGenerator(2, LocalDate.now(clock)).generate(Math.min(persons, 2_000));
            write(Database.open(folder.resolve("warm-encrypted"), key), small);
            write(Database.openWithoutEncryptionForBenchmark(folder.resolve("warm-plain")), small);
            // each run writes both anew, taking turns at going first: the second of two profits from a warmer JIT
            long[] writeEncrypted = new long[runs];
            long[] writePlain = new long[runs];
            for (int run = 0; run < runs; run++) {
                FileTrees.delete(encrypted);
                FileTrees.delete(plain);
                if (run % 2 == 0) {
                    writeEncrypted[run] = write(Database.open(encrypted, key), data);
                    writePlain[run] = write(Database.openWithoutEncryptionForBenchmark(plain), data);
                } else {
                    writePlain[run] = write(Database.openWithoutEncryptionForBenchmark(plain), data);
                    writeEncrypted[run] = write(Database.open(encrypted, key), data);
                }
            }
            line(out, "write " + persons + " demo persons", writeEncrypted, writePlain);

            long[][] encryptedTimes = new long[3][runs];
            long[][] plainTimes = new long[3][runs];
            measure(() -> Database.open(encrypted, key), 0, encryptedTimes); // warm-up, not counted
            measure(() -> Database.openWithoutEncryptionForBenchmark(plain), 0, plainTimes);
            for (int run = 0; run < runs; run++) {
                measure(() -> Database.open(encrypted, key), run, encryptedTimes);
                measure(() -> Database.openWithoutEncryptionForBenchmark(plain), run, plainTimes);
            }
            line(out, "open the database", encryptedTimes[0], plainTimes[0]);
            line(out, "count the Start figures", encryptedTimes[1], plainTimes[1]);
            line(out, "read and build the search index", encryptedTimes[2], plainTimes[2]);
            out.printf(Locale.ROOT, "goal: encrypted at most 1.30 times plain (10,000 persons), 1.50 times "
                    + "(100,000)%n");
            Argon2Benchmark.run().lines().forEach(out::println);
            return 0;
        } finally {
            FileTrees.delete(folder);
        }
    }

    private long write(Database database, DemoData data) {
        try (database) {
            long started = System.nanoTime();
            new JooqPersonRegister(Store.open(database, clock), clock).addAll(data.persons(), data.households(),
                    data.residences());
            return millisSince(started);
        }
    }

    /** One run on a database: open, the figures, the index; each time in ms into {@code times[step][run]}. */
    private void measure(Supplier<Database> opening, int run, long[][] times) {
        long started = System.nanoTime();
        try (Database database = opening.get()) {
            Store store = Store.open(database, clock);
            times[0][run] = millisSince(started);
            long counting = System.nanoTime();
            new JooqOverviewQueries(store).figures(LocalDate.now(clock), StartViewModel.TOP_NATIONALITIES);
            times[1][run] = millisSince(counting);
            long indexing = System.nanoTime();
            new PersonService(new JooqPersonRegister(store, clock), new Ids(clock), clock, Access::system).snapshot();
            times[2][run] = millisSince(indexing);
        }
    }

    private static void line(PrintWriter out, String what, long[] encrypted, long[] plain) {
        long e = BenchCommand.Startup.median(encrypted);
        long p = BenchCommand.Startup.median(plain);
        out.printf(Locale.ROOT, "%-34s encrypted median %5d ms, plain median %5d ms, ratio %.2f   runs %s / %s%n",
                what + ":", e, p, p == 0 ? Double.NaN : (double) e / p, Arrays.toString(encrypted),
                Arrays.toString(plain));
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
