package de.lotse.persistence;

import de.lotse.core.log.Failures;
import de.lotse.core.store.StoreException;
import de.lotse.core.store.StoreProblem;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.db.Store;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded H2 database in a data folder. Opening it takes the folder's instance lock, refuses
 * a database from a newer Lotse, copies the database file to {@code backups/} before any
 * migration, and puts that copy back when a migration fails, so the database is never left
 * half-migrated.
 */
public final class Database implements AutoCloseable {

    /** Made on first use: logging starts when something is logged, not on the way to the first frame. */
    private static final class Log {
        private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    }

    /** Where Flyway finds Lotse's migrations. */
    public static final String MIGRATIONS = "classpath:db/migration";
    /**
     * The version of the newest script in {@code db/migration}; a test keeps it in step. When the
     * database is at this version, opening skips Flyway, which takes a second to start.
     */
    public static final String LATEST_SCHEMA = "6";
    /** Folder inside the data folder that holds the database file. */
    public static final String DB_FOLDER = "db";
    /** Folder inside the data folder that holds automatic backups. */
    public static final String BACKUP_FOLDER = "backups";
    private static final String DB_NAME = "lotse";
    private static final String DB_SUFFIX = ".mv.db";
    /** The name of the H2 file, in the data folder and inside backup zips. */
    static final String DB_FILE_NAME = DB_NAME + DB_SUFFIX;

    private final Path dataDir;
    private final InstanceLock lock;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final String schemaVersion;
    private final boolean encrypted;

    private Database(Path dataDir, InstanceLock lock, JdbcConnectionPool pool, String schemaVersion,
            boolean encrypted) {
        this.dataDir = dataDir;
        this.encrypted = encrypted;
        this.lock = lock;
        this.pool = pool;
        this.dsl = DSL.using(pool, SQLDialect.H2);
        this.schemaVersion = schemaVersion;
    }

    /**
     * Opens (creating if needed) and migrates the database of {@code dataDir}, encrypted with the
     * installation's 32-byte file key. A database file from an earlier Lotse, still in plain form,
     * is encrypted first ({@link #encryptInPlace}); a file this key does not open is refused with
     * {@link StoreProblem.KeyMismatch} and left as it is.
     */
    public static Database open(Path dataDir, byte[] fileKey) {
        return open(dataDir, Cipher.of(fileKey), List.of(MIGRATIONS));
    }

    /**
     * Opens the database of {@code dataDir} in plain form, only to measure what encryption costs
     * (the start-up benchmark compares both). Lotse itself never stores data this way.
     */
    public static Database openWithoutEncryptionForBenchmark(Path dataDir) {
        return open(dataDir, Cipher.NONE, List.of(MIGRATIONS));
    }

    /** As {@link #open(Path, byte[])}, with the Flyway locations given (tests add failing migrations). */
    static Database open(Path dataDir, byte[] fileKey, List<String> migrationLocations) {
        return open(dataDir, Cipher.of(fileKey), migrationLocations);
    }

    private static Database open(Path dataDir, Cipher cipher, List<String> migrationLocations) {
        InstanceLock lock = InstanceLock.acquire(dataDir);
        try {
            try {
                cipher.unlock(Files.createDirectories(dataDir.resolve(DB_FOLDER)));
            } catch (IOException e) {
                throw StoreErrors.translate(dataDir, e);
            }
            Path dbFile = databaseFile(dataDir);
            if (Files.exists(dbFile) && !Files.isWritable(dbFile)) {
                throw new StoreException(new StoreProblem.ReadOnly(dbFile), null);
            }
            if (cipher.encrypts()) {
                encryptInPlace(dataDir, cipher);
            }
            Migrated migrated = migrate(dataDir, cipher, migrationLocations);
            return new Database(dataDir, lock, migrated.pool(), migrated.version(), cipher.encrypts());
        } catch (RuntimeException e) {
            EncryptedFilePath.lock(dataDir.resolve(DB_FOLDER));
            lock.close();
            throw e instanceof StoreException ? e : StoreErrors.translate(dataDir, databaseFile(dataDir), e);
        }
    }

    /** Whether {@code dbFile} is a plain H2 file; one that is not a database at all is refused as corrupt. */
    private static boolean isPlain(Path dataDir, Path dbFile) {
        try {
            if (!DatabaseFiles.isDatabase(dbFile)) {
                throw new StoreException(new StoreProblem.Corrupt(dbFile), null);
            }
            return !DatabaseFiles.isEncrypted(dbFile);
        } catch (IOException e) {
            throw StoreErrors.translate(dataDir, dbFile, e);
        }
    }

    /**
     * Encrypts what is still plain: the database file of an earlier Lotse and every plain copy in
     * {@code backups/}, losing nothing. The plain file is first copied to the backups, then
     * converted as a copy, checked, and moved over the original in one step; then the plain
     * backups are converted the same way. The backups are looked at on every open, so a process
     * killed between the steps leaves no plain copy behind for good.
     */
    private static void encryptInPlace(Path dataDir, Cipher cipher) {
        Path dbFile = databaseFile(dataDir);
        try {
            if (Files.exists(dbFile) && Files.size(dbFile) == 0) {
                Files.delete(dbFile); // left by a first start killed at once: it holds nothing
            }
            boolean plainDatabase = Files.exists(dbFile) && isPlain(dataDir, dbFile);
            List<Path> plainBefore = plainBackups(dataDir);
            if (plainDatabase) {
                // an attempt killed before keeps its plain copy, which is enough
                if (plainBefore.stream().noneMatch(p -> p.getFileName().toString().contains("-before-encryption-"))) {
                    copyToBackups(dataDir, "before-encryption");
                }
                DatabaseFiles.encrypt(dbFile, cipher.fileKey());
            }
            int encrypted = plainDatabase ? 1 : 0;
            for (Path backup : plainBackups(dataDir)) {
                try {
                    DatabaseFiles.encrypt(backup, cipher.fileKey());
                    encrypted++;
                } catch (IOException | RuntimeException e) {
                    // the database itself is encrypted and checked by now: a plain copy that cannot be
                    // encrypted (damaged) goes, for no plain copy may stay behind
                    Log.LOG.warn("A plain backup could not be encrypted and was deleted: {}", Failures.describe(e));
                    Files.deleteIfExists(backup);
                }
            }
            if (encrypted > 0) {
                Log.LOG.info("Encrypted {} plain database file(s) of an earlier version", encrypted);
            }
        } catch (IOException e) {
            throw StoreErrors.translate(dataDir, dbFile, e);
        }
    }

    private static List<Path> plainBackups(Path dataDir) throws IOException {
        Path folder = dataDir.resolve(BACKUP_FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (var files = Files.list(folder)) {
            List<Path> plain = new ArrayList<>();
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(DB_SUFFIX)).toList()) {
                if (DatabaseFiles.isDatabase(file) && !DatabaseFiles.isEncrypted(file)) {
                    plain.add(file);
                }
            }
            return plain;
        }
    }

    /** The H2 file of a data folder. */
    public static Path databaseFile(Path dataDir) {
        return dataDir.resolve(DB_FOLDER).resolve(DB_FILE_NAME);
    }

    /**
     * Whether the folder holds an encrypted database: one whose key is gone when the key file is,
     * so that a set-up must not begin on it with a new key.
     */
    public static boolean isEncrypted(Path dataDir) {
        Path file = databaseFile(dataDir);
        try {
            return Files.exists(file) && DatabaseFiles.isEncrypted(file);
        } catch (IOException e) {
            throw new StoreException(new StoreProblem.Corrupt(file), e);
        }
    }

    static String jdbcUrl(Path dataDir, Cipher cipher) {
        return DatabaseFiles.jdbcUrl(dataDir.resolve(DB_FOLDER).resolve(DB_NAME), cipher.encrypts());
    }

    private static JdbcConnectionPool connect(Path dataDir, Cipher cipher) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(jdbcUrl(dataDir, cipher), DatabaseFiles.USER, "");
        pool.setMaxConnections(8);
        try (Connection probe = pool.getConnection()) {
            probe.isValid(1);
        } catch (SQLException e) {
            pool.dispose();
            throw StoreErrors.translate(dataDir, databaseFile(dataDir), e);
        }
        return pool;
    }

    /** The open connections to a migrated database, and its schema version. */
    private record Migrated(JdbcConnectionPool pool, String version) { }

    /**
     * Brings the database to the latest schema. The pool it returns stays open: closing H2 and
     * opening it again would cost a second file open (and maybe a compaction) on every start.
     */
    private static Migrated migrate(Path dataDir, Cipher cipher, List<String> locations) {
        Path dbFile = databaseFile(dataDir);
        boolean existed = Files.exists(dbFile);
        JdbcConnectionPool pool = connect(dataDir, cipher);
        if (existed && locations.equals(List.of(MIGRATIONS)) && isAtLatestSchema(pool)) {
            return new Migrated(pool, LATEST_SCHEMA);
        }
        MigrationInfoService info;
        try {
            info = flyway(pool, locations).info();
            // applied migrations this version has no script for come from a newer Lotse
            boolean newer = Arrays.stream(info.all()).anyMatch(migration ->
                    migration.getState() == MigrationState.FUTURE_SUCCESS
                            || migration.getState() == MigrationState.FUTURE_FAILED);
            if (newer) {
                String known = Arrays.stream(info.all()).filter(migration -> !migration.getState().name()
                                .startsWith("FUTURE") && migration.getVersion() != null)
                        .map(migration -> migration.getVersion().getVersion()).reduce((a, b) -> b).orElse("0");
                throw new StoreException(new StoreProblem.NewerSchema(dbFile,
                        info.current().getVersion().getVersion(), known), null);
            }
        } catch (RuntimeException e) {
            pool.dispose();
            throw e instanceof StoreException ? e : StoreErrors.translate(dataDir, dbFile, e);
        }
        if (info.pending().length == 0) {
            return new Migrated(pool, info.current().getVersion().getVersion());
        }
        pool.dispose(); // the file must be closed to copy it
        Path backup = existed ? backupBeforeMigration(dataDir, dbFile) : null;
        JdbcConnectionPool migrating = connect(dataDir, cipher);
        try {
            Flyway flyway = flyway(migrating, locations);
            flyway.migrate();
            return new Migrated(migrating, flyway.info().current().getVersion().getVersion());
        } catch (RuntimeException e) {
            migrating.dispose();
            Log.LOG.warn("Migration failed, putting the database back as it was: {}", Failures.describe(e));
            putBack(dataDir, dbFile, backup, e);
            throw new StoreException(new StoreProblem.MigrationFailed(dbFile, backup), e);
        }
    }

    /** Whether Flyway's history shows every migration up to {@link #LATEST_SCHEMA}, all successful, and none later. */
    private static boolean isAtLatestSchema(JdbcConnectionPool pool) {
        try (Connection connection = pool.getConnection();
                var result = connection.createStatement().executeQuery(
                        "SELECT \"version\", \"success\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL")) {
            int rows = 0;
            boolean latestSeen = false;
            while (result.next()) {
                rows++;
                latestSeen |= LATEST_SCHEMA.equals(result.getString(1));
                if (!result.getBoolean(2) || Integer.parseInt(result.getString(1)) > Integer.parseInt(LATEST_SCHEMA)) {
                    return false;
                }
            }
            return latestSeen && rows == Integer.parseInt(LATEST_SCHEMA);
        } catch (SQLException | NumberFormatException e) {
            return false; // no history yet, or an odd one: Flyway decides
        }
    }

    private static Flyway flyway(JdbcConnectionPool pool, List<String> locations) {
        return Flyway.configure().dataSource(pool).locations(locations.toArray(String[]::new)).load();
    }

    /**
     * Copies the database file to {@code backups/lotse-<reason>-<time>.mv.db}, the folder's
     * automatic backups, and returns the copy.
     */
    static Path copyToBackups(Path dataDir, String reason) throws IOException {
        Path folder = Files.createDirectories(dataDir.resolve(BACKUP_FOLDER));
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"));
        Path backup = folder.resolve(DB_NAME + "-" + reason + "-" + stamp + DB_SUFFIX);
        for (int n = 2; Files.exists(backup); n++) {
            backup = folder.resolve(DB_NAME + "-" + reason + "-" + stamp + "-" + n + DB_SUFFIX);
        }
        Files.copy(databaseFile(dataDir), backup, StandardCopyOption.COPY_ATTRIBUTES);
        return backup;
    }

    private static Path backupBeforeMigration(Path dataDir, Path dbFile) {
        try {
            return copyToBackups(dataDir, "before-migration");
        } catch (IOException e) {
            // without a backup no migration runs
            throw StoreErrors.translate(dataDir, dbFile, e);
        }
    }

    private static void putBack(Path dataDir, Path dbFile, Path backup, RuntimeException failure) {
        try {
            if (backup == null) {
                Files.deleteIfExists(dbFile);
            } else {
                Files.copy(backup, dbFile, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            failure.addSuppressed(e);
            throw StoreErrors.translate(dataDir, dbFile, failure);
        }
    }

    /** The newest automatic backups first. */
    public List<Path> automaticBackups() {
        Path folder = dataDir.resolve(BACKUP_FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (var files = Files.list(folder)) {
            return files.sorted(Comparator.comparing(Path::getFileName).reversed()).toList();
        } catch (IOException e) {
            throw StoreErrors.translate(dataDir, e);
        }
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The Flyway version of the schema, e.g. {@code "1"}. */
    public String schemaVersion() {
        return schemaVersion;
    }

    DSLContext dsl() {
        return dsl;
    }

    /**
     * Writes a consistent copy of the database file, encrypted as it lies on disk, to {@code out}
     * while the database stays open, the way H2's own BACKUP does (which would write the plain
     * bytes H2 sees): written out, then copied while H2 only appends to the file.
     *
     * @return false, writing nothing, when the file is not encrypted (only benchmarks open one so)
     */
    boolean copyEncryptedFileTo(OutputStream out) throws IOException, SQLException {
        if (!encrypted) {
            return false;
        }
        // never H2's BACKUP for an encrypted database: it would write the plain bytes
        EncryptedFile file = EncryptedFilePath.openForWriting(databaseFile(dataDir))
                .orElseThrow(() -> new IOException("the encrypted database file is not open for writing"));
        try (Connection connection = pool.getConnection()) {
            Store store = ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession()).getDatabase().getStore();
            store.flush();
            FileStore<?> fileStore = store.getMvStore().getFileStore();
            boolean reused = fileStore.isSpaceReused();
            fileStore.setReuseSpace(false);
            try {
                file.copyEncryptedTo(out);
            } finally {
                fileStore.setReuseSpace(reused);
            }
        }
        return true;
    }

    /**
     * Closes the database. Many small commits leave the file mostly made of dead pages (a
     * 100,000-person register grew to ten times its size); when less than half of it is alive,
     * closing rewrites it compactly, which takes a few seconds once.
     */
    @Override
    public void close() {
        try {
            Connection connection = pool.getConnection();
            String fillRate;
            try (var result = connection.createStatement().executeQuery("SELECT SETTING_VALUE FROM"
                    + " INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'info.CHUNKS_FILL_RATE'")) {
                fillRate = result.next() ? result.getString(1) : null;
            }
            boolean compact = fillRate != null && Integer.parseInt(fillRate.trim()) < 50;
            // SHUTDOWN closes the connection with the database: it is not closed again
            connection.createStatement().execute(compact ? "SHUTDOWN COMPACT" : "SHUTDOWN");
        } catch (SQLException | NumberFormatException e) {
            Log.LOG.warn("Database did not shut down cleanly: {}", e.getClass().getSimpleName());
        } finally {
            pool.dispose();
            EncryptedFilePath.lock(dataDir.resolve(DB_FOLDER));
            lock.close();
        }
    }
}
