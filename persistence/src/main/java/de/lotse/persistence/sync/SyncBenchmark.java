package de.lotse.persistence.sync;

import static de.lotse.persistence.jooq.Tables.CHANGE_LOG;
import static de.lotse.persistence.jooq.Tables.PERSON;
import static de.lotse.persistence.jooq.Tables.SYNC_CURSOR;

import de.lotse.core.data.FileTrees;
import de.lotse.core.keys.FileKey;
import de.lotse.persistence.Database;
import de.lotse.persistence.JooqPersonRegister;
import de.lotse.persistence.Store;
import de.lotse.core.demo.DemoGenerator;
import de.lotse.core.person.Person;
import de.lotse.core.sync.SyncRefusedException;
import de.lotse.core.sync.SyncReport;
import de.lotse.core.task.Progress;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sync benchmark ({@code lotse bench sync}): sync through a real folder in a temp directory, with real devices
 * (each its own H2 database): export of 10,000 changed records, import of 100,000 changes into a
 * fresh device, bootstrap of a new device from a snapshot of 100,000 persons, and a sync with
 * nothing new against 20 devices' year of history. The floor printed beside the import is plain
 * JSON parsing of the same bytes plus a plain JDBC batch insert of the same rows.
 */
public final class SyncBenchmark {

    private static final char[] PASSPHRASE = "benchmark-passphrase".toCharArray();

    private final int exportChanges;
    private final int importChanges;
    private final int persons;
    private final int devices;
    private final int batches;

    public SyncBenchmark(int exportChanges, int importChanges, int persons, int devices, int batches) {
        this.exportChanges = exportChanges;
        this.importChanges = importChanges;
        this.persons = persons;
        this.devices = devices;
        this.batches = batches;
    }

    /** Runs every part and prints its figures. */
    public void run(PrintWriter out) throws Exception {
        Path root = Files.createTempDirectory("lotse-bench-sync");
        Path share = Files.createDirectories(root.resolve("share"));
        try {
            List<Person> register = new DemoGenerator(3, LocalDate.now()).generate(persons).persons();
            try (Device a = Device.open(root.resolve("a"), Clock.systemUTC())) {
                a.sync().createRealm(share, PASSPHRASE.clone(), "Rathaus");

                // warm-up: a running Lotse has its code compiled; the figure is for that
                List<Person> warmUp = register.subList(0, Math.min(1000, register.size() / 10));
                a.persons().addAll(warmUp, List.of(), List.of());
                long started = System.nanoTime();
                a.sync().sync(null, Progress.NONE);
                out.printf(Locale.ROOT, "export warm-up: %d persons in %d ms%n", warmUp.size(), millis(started));

                // export: the records a busy day or an import leaves waiting
                int next = warmUp.size();
                next = addUntil(a, register, next, exportChanges);
                started = System.nanoTime();
                SyncReport exported = a.sync().sync(null, Progress.NONE);
                out.printf(Locale.ROOT, "export: %d changed records (%d persons with their nationalities) in %d ms"
                        + " (goal: 10,000 in <= 2000 ms)%n", exported.exported(), next - warmUp.size(), millis(started));

                // import into a fresh device: everything on the share so far
                next = addUntil(a, register, next, importChanges - exported.exported() - warmUp.size() * 2);
                a.sync().sync(null, Progress.NONE);
                long importMillis;
                try (Device b = Device.open(root.resolve("b"), Clock.systemUTC())) {
                    b.sync().join(share, PASSPHRASE.clone(), "Laptop B");
                    started = System.nanoTime();
                    SyncReport imported = b.sync().sync(null, Progress.NONE);
                    importMillis = millis(started);
                    out.printf(Locale.ROOT, "import: %d changes (%d persons) into a fresh device in %d ms"
                            + " (goal: 100,000 in <= 15000 ms)%n", imported.imported(), next, importMillis);
                    floor(out, a, root, importMillis);
                }
                encryptionCost(out, root, share, importMillis);

                // the rest of the register, for the snapshot
                a.persons().addAll(register.subList(next, register.size()), List.of(), List.of());
                long total = a.store().read(dsl -> dsl.fetchCount(CHANGE_LOG));

                // bootstrap from a snapshot
                started = System.nanoTime();
                String snapshot = a.sync().snapshot();
                out.printf(Locale.ROOT, "snapshot %s of %d persons written in %d ms%n", snapshot, register.size(),
                        millis(started));
                try (Device c = Device.open(root.resolve("c"), Clock.systemUTC())) {
                    started = System.nanoTime();
                    c.sync().join(share, PASSPHRASE.clone(), "Laptop C");
                    SyncReport after = c.sync().sync(null, Progress.NONE);
                    out.printf(Locale.ROOT, "bootstrap: %d persons from the snapshot (+%d changes after it) in %d ms"
                            + " (goal <= 20000 ms)%n", c.store().read(dsl -> dsl.fetchCount(PERSON)), after.imported(),
                            millis(started));
                }
                out.printf(Locale.ROOT, "(%d changes in all on the share)%n", total);
            }
            noOp(out, root.resolve("history"));
        } finally {
            FileTrees.delete(root);
        }
    }

    /**
     * The same import into plain devices, to show what encryption costs: encrypted, plain, plain,
     * encrypted (the first encrypted one is the import above), so that neither profits alone from
     * a warmer JIT; the means of each are compared.
     */
    private static void encryptionCost(PrintWriter out, Path root, Path share, long firstEncrypted)
            throws SyncRefusedException {
        long plain = importInto(Device.openPlain(root.resolve("plain-1"), Clock.systemUTC()), share, "Plain 1")
                + importInto(Device.openPlain(root.resolve("plain-2"), Clock.systemUTC()), share, "Plain 2");
        long encrypted = firstEncrypted
                + importInto(Device.open(root.resolve("encrypted-2"), Clock.systemUTC()), share, "Encrypted 2");
        out.printf(Locale.ROOT, "import, encrypted against plain devices: mean %d ms against %d ms, ratio %.2f"
                + " (goal <= 1.3 at 10,000 persons, <= 1.5 at 100,000)%n", encrypted / 2, plain / 2,
                (double) encrypted / plain);
    }

    /** Joins a fresh device to the share and times its first sync, which imports everything there. */
    private static long importInto(Device device, Path share, String name) throws SyncRefusedException {
        try (device) {
            device.sync().join(share, PASSPHRASE.clone(), name);
            long started = System.nanoTime();
            device.sync().sync(null, Progress.NONE);
            return millis(started);
        }
    }

    /** Adds persons from {@code from} on until about {@code changes} outbox rows came of them; the next index. */
    private static int addUntil(Device device, List<Person> register, int from, int changes) {
        long before = device.store().read(dsl -> dsl.fetchCount(CHANGE_LOG));
        int next = from;
        while (next < register.size() && device.store().read(dsl -> dsl.fetchCount(CHANGE_LOG)) - before < changes) {
            int step = Math.max(1, Math.min(register.size() - next,
                    (int) ((changes - (device.store().read(dsl -> dsl.fetchCount(CHANGE_LOG)) - before)) / 2)));
            device.persons().addAll(register.subList(next, next + step), List.of(), List.of());
            next += step;
        }
        return next;
    }

    /** Plain JSON parsing of the same bytes plus a plain JDBC batch insert of the same rows. */
    private static void floor(PrintWriter out, Device a, Path root, long importMillis) throws Exception {
        List<String> wires = a.store().read(dsl -> dsl.select(CHANGE_LOG.WIRE).from(CHANGE_LOG).orderBy(CHANGE_LOG.SEQ)
                .fetch(CHANGE_LOG.WIRE));
        byte[] bytes = ("[" + String.join(",", wires) + "]").getBytes(StandardCharsets.UTF_8);
        JsonMapper mapper = JsonMapper.builder().build();
        mapper.readTree(bytes); // warm-up
        long started = System.nanoTime();
        int parsed = mapper.readTree(bytes).size();
        long parseMillis = millis(started);
        var rows = a.store().read(dsl -> dsl.select(PERSON.ID, PERSON.FAMILY_NAME, PERSON.GIVEN_NAME,
                PERSON.BIRTH_DATE, PERSON.SEX, PERSON.CREATED_AT).from(PERSON).fetch());
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + root.resolve("floor/db")
                .toAbsolutePath())) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE person_floor (id UUID PRIMARY KEY, family_name VARCHAR(200),"
                        + " given_name VARCHAR(200), birth_date DATE, sex VARCHAR(8), created_at TIMESTAMP WITH TIME ZONE)");
            }
            connection.setAutoCommit(false);
            started = System.nanoTime();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO person_floor VALUES (?,?,?,?,?,?)")) {
                for (var row : rows) {
                    for (int i = 0; i < 6; i++) {
                        insert.setObject(i + 1, row.get(i));
                    }
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            connection.commit();
        }
        long insertMillis = millis(started);
        out.printf(Locale.ROOT, "floor: JSON parse of the same %d changes (%.1f MB) %d ms + JDBC batch insert of %d"
                        + " person rows %d ms = %d ms; import is %.1fx the floor%n", parsed, bytes.length / 1e6,
                parseMillis, rows.size(), insertMillis, parseMillis + insertMillis,
                importMillis / (double) Math.max(1, parseMillis + insertMillis));
    }

    /**
     * A device that has applied everything syncs again, against {@code devices} devices with
     * {@code batches} batch files each on the share (a year of syncing every few minutes).
     */
    private void noOp(PrintWriter out, Path root) throws Exception {
        Path share = Files.createDirectories(root.resolve("share"));
        try (Device reader = Device.open(root.resolve("reader"), Clock.systemUTC())) {
            reader.sync().createRealm(share, PASSPHRASE.clone(), "Rathaus");
            for (int d = 0; d < devices; d++) {
                try (Device writer = Device.open(root.resolve("w" + d), Clock.systemUTC())) {
                    writer.sync().join(share, PASSPHRASE.clone(), "Gerät " + d);
                    writer.persons().addAll(new DemoGenerator(d, LocalDate.now()).generate(1).persons(), List.of(),
                            List.of());
                    writer.sync().sync(null, Progress.NONE);
                    // the rest of the year: files the reader applied long ago, never opened again
                    Path folder = share.resolve("lotse/log/" + writer.store().device().id());
                    byte[] batch = Files.readAllBytes(folder.resolve("000000000001.batch"));
                    for (int seq = 2; seq <= batches; seq++) {
                        Files.write(folder.resolve(String.format("%012d.batch", seq)), batch);
                    }
                }
            }
            reader.sync().sync(null, Progress.NONE);
            reader.store().exclusively(dsl -> dsl.update(SYNC_CURSOR).set(SYNC_CURSOR.SEQ, (long) batches).execute());
            long[] runs = new long[11];
            for (int run = 0; run < runs.length; run++) {
                long started = System.nanoTime();
                SyncReport report = reader.sync().sync(null, Progress.NONE);
                runs[run] = System.nanoTime() - started;
                if (report.imported() != 0 || report.exported() != 0) {
                    throw new IllegalStateException("the no-op sync did something");
                }
            }
            Arrays.sort(runs);
            out.printf(Locale.ROOT, "no-op sync against %d devices with %d batch files each: median %.1f ms,"
                    + " max %.1f ms (goal <= 300 ms)%n", devices, batches, runs[runs.length / 2] / 1e6,
                    runs[runs.length - 1] / 1e6);
        }
    }

    /** One device of the benchmark: its store, its sync, its register. */
    private record Device(Store store, ShareSync sync, JooqPersonRegister persons) implements AutoCloseable {

        static Device open(Path dataDir, Clock clock) {
            return of(Store.open(Database.open(dataDir, FileKey.generate().bytes()), clock), clock);
        }

        /** A device whose database is not encrypted: only to compare. */
        static Device openPlain(Path dataDir, Clock clock) {
            return of(Store.open(Database.openWithoutEncryptionForBenchmark(dataDir), clock), clock);
        }

        private static Device of(Store store, Clock clock) {
            return new Device(store, new ShareSync(store, clock), new JooqPersonRegister(store, clock));
        }

        @Override
        public void close() {
            store.database().close();
        }
    }

    private static long millis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }


}
