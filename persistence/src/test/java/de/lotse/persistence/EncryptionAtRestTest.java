package de.lotse.persistence;

import static de.lotse.persistence.jooq.Tables.PERSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lotse.core.store.StoreException;
import de.lotse.core.store.StoreProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The database file and its copies are encrypted at rest; a plain file of an earlier Lotse is encrypted losing nothing. */
class EncryptionAtRestTest {

    /** A name no demo data holds, looked for in every byte written. */
    private static final String PLANTED = "Quxwellbrandt";

    @TempDir
    Path dataDir;

    @TempDir
    Path elsewhere;

    @Test
    void databaseFileAndBackupHoldNoPlainPersonalData() throws Exception {
        Store store = TestStores.open(dataDir);
        plant(store);
        Path zip = elsewhere.resolve("backup.zip");
        Backups.backup(store.database(), zip);
        store.database().close();

        assertThat(Files.readString(Database.databaseFile(dataDir), StandardCharsets.ISO_8859_1)).startsWith("Lotse-AES-XTS-1");
        assertThat(filesHolding(dataDir, PLANTED)).isEmpty();
        try (ZipFile backup = new ZipFile(zip.toFile())) {
            byte[] inside = backup.getInputStream(backup.getEntry(Database.DB_FILE_NAME)).readAllBytes();
            assertThat(new String(inside, StandardCharsets.ISO_8859_1)).startsWith("Lotse-AES-XTS-1").doesNotContain(PLANTED);
        }
        assertThat(filesHolding(elsewhere, HexFormat.of().formatHex(TestStores.FILE_KEY))).as("the key is in no file").isEmpty();
    }

    @Test
    void aDataFolderReachedThroughALinkOpensAndBacksUpEncrypted() throws Exception {
        // H2 names its files by their real path (macOS temp folders, a linked home): the key must be found all the same
        Path real = Files.createDirectories(elsewhere.resolve("real"));
        Path linked = Files.createSymbolicLink(elsewhere.resolve("linked"), real);
        Store store = TestStores.open(linked);
        plant(store);
        Path zip = elsewhere.resolve("linked.zip");
        Backups.backup(store.database(), zip);
        store.database().close();

        try (ZipFile backup = new ZipFile(zip.toFile())) {
            byte[] inside = backup.getInputStream(backup.getEntry(Database.DB_FILE_NAME)).readAllBytes();
            assertThat(new String(inside, StandardCharsets.ISO_8859_1)).startsWith("Lotse-AES-XTS-1").doesNotContain(PLANTED);
        }
        Store again = TestStores.open(linked);
        assertThat(again.<Integer>read(dsl -> dsl.fetchCount(PERSON, PERSON.FAMILY_NAME.eq(PLANTED)))).isEqualTo(1);
        again.database().close();
    }

    @Test
    void aFileThisKeyDoesNotOpenIsRefusedAndLeftAsItWas() throws Exception {
        TestStores.open(dataDir).database().close();
        Path dbFile = Database.databaseFile(dataDir);
        String before = digest(dbFile);
        byte[] otherKey = TestStores.FILE_KEY.clone();
        otherKey[0] ^= 1;

        assertThatThrownBy(() -> Database.open(dataDir, otherKey))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.problem()).isEqualTo(new StoreProblem.KeyMismatch(dbFile)));
        assertThat(digest(dbFile)).isEqualTo(before);
        assertThat(Database.open(dataDir, TestStores.FILE_KEY).schemaVersion()).isEqualTo(Database.LATEST_SCHEMA);
    }

    @Test
    void aLargeResultStaysInMemoryInsteadOfAPlainTempFile() throws Exception {
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        long started = System.currentTimeMillis() - 1_000;
        Store store = TestStores.open(dataDir);
        try {
            List<Path> spilled = store.read(dsl -> {
                // H2 writes a result of more rows than MAX_MEMORY_ROWS to a temp file beside java.io.tmpdir,
                // outside the encrypted file system, in plain
                try (var rows = dsl.resultQuery("SELECT X, 'Quxwellbrandt' || X FROM SYSTEM_RANGE(1, 400000) ORDER BY X DESC")
                        .fetchLazy()) {
                    rows.fetchNext();
                    try (var files = Files.list(temp)) {
                        return files.filter(f -> f.getFileName().toString().startsWith("h2tmp")
                                && f.toFile().lastModified() >= started).toList();
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            });
            assertThat(spilled).isEmpty();
        } finally {
            store.database().close();
        }
    }

    @Test
    void aTruncatedFileIsReportedAsDamagedNotAsAnotherKey() throws Exception {
        Store store = TestStores.open(dataDir);
        TestStores.addDemo(store, 50, 4);
        store.database().close();
        Path dbFile = Database.databaseFile(dataDir);
        Files.write(dbFile, Arrays.copyOf(Files.readAllBytes(dbFile), 1000));

        assertThatThrownBy(() -> Database.open(dataDir, TestStores.FILE_KEY))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.problem()).isEqualTo(new StoreProblem.Corrupt(dbFile)));
    }

    @Test
    void aBackupOfAnotherInstallationIsRestoredButThenRefused() throws Exception {
        Path other = elsewhere.resolve("other");
        byte[] otherKey = TestStores.FILE_KEY.clone();
        otherKey[5] ^= 1;
        Store foreign = Store.open(Database.open(other, otherKey), Clock.systemUTC());
        Path zip = elsewhere.resolve("foreign.zip");
        Backups.backup(foreign.database(), zip);
        foreign.database().close();

        Backups.restore(dataDir, zip);
        assertThatThrownBy(() -> Database.open(dataDir, TestStores.FILE_KEY))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.problem()).isInstanceOf(StoreProblem.KeyMismatch.class));
    }

    @Test
    void aPlainFolderOfAnEarlierLotseIsEncryptedWithEveryRowAndItsPlainBackups() throws Exception {
        plainFolder(dataDir, 300, 7);
        Files.createDirectories(dataDir.resolve(Database.BACKUP_FOLDER));
        Files.copy(Database.databaseFile(dataDir),
                dataDir.resolve(Database.BACKUP_FOLDER).resolve("lotse-before-migration-20260101-000000-000.mv.db"));
        assertThat(filesHolding(dataDir, PLANTED)).hasSize(2);

        Store encrypted = TestStores.open(dataDir);
        assertThat(encrypted.<Integer>read(dsl -> dsl.fetchCount(PERSON))).isEqualTo(301);
        assertThat(encrypted.<Integer>read(dsl -> dsl.fetchCount(PERSON, PERSON.FAMILY_NAME.eq(PLANTED)))).isEqualTo(1);
        encrypted.database().close();

        assertThat(filesHolding(dataDir, PLANTED)).isEmpty();
        try (var backups = Files.list(dataDir.resolve(Database.BACKUP_FOLDER))) {
            List<Path> copies = backups.toList();
            assertThat(copies).hasSize(2).allSatisfy(copy ->
                    assertThat(DatabaseFiles.isEncrypted(copy)).as(copy.getFileName().toString()).isTrue());
        }
        try (var db = Files.list(dataDir.resolve(Database.DB_FOLDER))) {
            assertThat(db.map(p -> p.getFileName().toString())).containsExactly(Database.DB_FILE_NAME);
        }
    }

    @Test
    void aPlainBackupLeftBehindByAKilledUpgradeIsEncryptedOnTheNextOpen() throws Exception {
        Path old = elsewhere.resolve("old");
        plainFolder(old, 0, 0);
        TestStores.open(dataDir).database().close();
        Path backups = Files.createDirectories(dataDir.resolve(Database.BACKUP_FOLDER));
        // the upgrade was killed after the database was encrypted, before its backups were
        Files.copy(Database.databaseFile(old), backups.resolve("lotse-before-encryption-20260101-000000-000.mv.db"));
        Files.writeString(backups.resolve("notes.mv.db"), "not a database");
        Path damaged = backups.resolve("lotse-before-migration-20250101-000000-000.mv.db");
        Files.writeString(damaged, "H:2,block:1,blockSize:1000 " + PLANTED + " and then nothing readable");

        TestStores.open(dataDir).database().close();

        assertThat(filesHolding(dataDir, PLANTED)).isEmpty();
        assertThat(DatabaseFiles.isEncrypted(damaged)).as("a damaged plain copy is encrypted as it is").isTrue();
        assertThat(Files.readString(backups.resolve("notes.mv.db"))).as("what is no database is left alone")
                .isEqualTo("not a database");
    }

    @Test
    void anEncryptionKilledHalfWayIsDoneAgainFromThePlainFileOnTheNextOpen() throws Exception {
        plainFolder(dataDir, 100, 5);
        Path dbFile = Database.databaseFile(dataDir);
        // what a process killed while writing the encrypted copy leaves: the plain file, half a copy beside it
        Path work = Files.createDirectories(dbFile.resolveSibling(".encrypting"));
        Files.write(work.resolve(dbFile.getFileName()), Arrays.copyOf(Files.readAllBytes(dbFile), 20_000));

        Store encrypted = TestStores.open(dataDir);
        assertThat(encrypted.<Integer>read(dsl -> dsl.fetchCount(PERSON))).isEqualTo(101);
        encrypted.database().close();

        assertThat(DatabaseFiles.isEncrypted(dbFile)).isTrue();
        assertThat(work).as("the half copy is gone").doesNotExist();
        assertThat(filesHolding(dataDir, PLANTED)).isEmpty();
    }

    @Test
    void aFailedEncryptionLeavesThePlainFileAsItWas() throws Exception {
        plainFolder(dataDir, 0, 0);
        Path dbFile = Database.databaseFile(dataDir);
        String before = digest(dbFile);
        // the converter's work folder cannot be made: a file is in its way
        Files.writeString(dbFile.resolveSibling(".encrypting"), "in the way");

        assertThatThrownBy(() -> TestStores.open(dataDir)).isInstanceOf(StoreException.class);
        assertThat(digest(dbFile)).isEqualTo(before);
        Files.delete(dbFile.resolveSibling(".encrypting"));
        Store encrypted = TestStores.open(dataDir);
        assertThat(encrypted.<Integer>read(dsl -> dsl.fetchCount(PERSON, PERSON.FAMILY_NAME.eq(PLANTED)))).isEqualTo(1);
        encrypted.database().close();
    }

    /** A plain folder of an earlier Lotse at {@code folder}: {@code persons} demo persons (seed {@code seed}) and the planted name. */
    private static void plainFolder(Path folder, int persons, long seed) {
        Store plain = Store.open(Database.openWithoutEncryptionForBenchmark(folder), Clock.systemUTC());
        if (persons > 0) {
            TestStores.addDemo(plain, persons, seed);
        }
        plant(plain);
        plain.database().close();
    }

    private static void plant(Store store) {
        store.exclusively(dsl -> dsl.insertInto(PERSON).set(PERSON.ID, java.util.UUID.randomUUID())
                .set(PERSON.FAMILY_NAME, PLANTED).set(PERSON.SEX, "F")
                .set(PERSON.CREATED_AT, java.time.OffsetDateTime.now()).execute());
    }

    /** Every file under {@code folder} whose bytes hold {@code text} (as UTF-8). */
    static List<Path> filesHolding(Path folder, String text) throws IOException {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        List<Path> found = new ArrayList<>();
        try (var files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (indexOf(Files.readAllBytes(file), needle) >= 0) {
                    found.add(file);
                }
            }
        }
        return found;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static String digest(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
