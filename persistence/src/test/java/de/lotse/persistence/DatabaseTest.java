package de.lotse.persistence;

import static de.lotse.persistence.jooq.Tables.PERSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.lotse.core.store.StoreException;
import de.lotse.core.store.StoreProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void freshFolderGetsMigratedDatabaseAndStableDeviceIdentity() {
        var first = TestStores.open(dataDir);
        var identity = first.device();
        assertThat(first.database().schemaVersion()).isEqualTo(Database.LATEST_SCHEMA);
        first.database().close();

        assertThat(Database.databaseFile(dataDir)).exists();
        var second = TestStores.open(dataDir);
        assertThat(second.device()).isEqualTo(identity);
        assertThat(second.database().automaticBackups()).as("no migration ran, so no backup").isEmpty();
        second.database().close();
    }

    @Test
    void latestSchemaConstantIsTheNewestMigrationScript() throws IOException {
        try (var scripts = Files.list(Path.of("src/main/resources/db/migration"))) {
            int newest = scripts.map(p -> p.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                    .max().orElseThrow();
            assertThat(Database.LATEST_SCHEMA).isEqualTo(String.valueOf(newest));
        }
        try (Database db = Database.open(dataDir, TestStores.FILE_KEY)) {
            assertThat(db.schemaVersion()).isEqualTo(Database.LATEST_SCHEMA);
        }
    }

    @Test
    void closingCompactsAFileOfManyCommitsAndWritesNoTraceFile() throws IOException {
        Store store = TestStores.open(dataDir);
        for (int i = 0; i < 40; i++) {
            TestStores.addDemo(store, 200, i);
        }
        store.database().close();
        long compacted = Files.size(Database.databaseFile(dataDir));

        Store again = TestStores.open(dataDir);
        assertThat(again.<Integer>read(dsl -> dsl.fetchCount(PERSON))).isEqualTo(8_000);
        again.database().close();
        assertThat(compacted).as("8,000 persons with their outbox, compacted").isLessThan(12L * 1024 * 1024);
        try (var files = Files.list(dataDir.resolve(Database.DB_FOLDER))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("lotse.mv.db");
        }
    }

    @Test
    void secondOpenOfSameFolderIsRefusedAsInUse() {
        try (Database first = Database.open(dataDir, TestStores.FILE_KEY)) {
            assertThatThrownBy(() -> Database.open(dataDir, TestStores.FILE_KEY))
                    .isInstanceOfSatisfying(StoreException.class,
                            e -> assertThat(e.problem()).isEqualTo(new StoreProblem.InUse(dataDir)));
            assertThat(InstanceLock.isHeld(dataDir)).isTrue();
        }
        assertThat(InstanceLock.isHeld(dataDir)).isFalse();
        Database.open(dataDir, TestStores.FILE_KEY).close();
    }

    @Test
    void corruptFileIsReportedAsCorrupt() throws IOException {
        Database.open(dataDir, TestStores.FILE_KEY).close();
        Path file = Database.databaseFile(dataDir);
        byte[] garbage = new byte[64 * 1024];
        new java.util.Random(7).nextBytes(garbage);
        Files.write(file, garbage);

        assertThatThrownBy(() -> Database.open(dataDir, TestStores.FILE_KEY))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.problem()).isEqualTo(new StoreProblem.Corrupt(file)));
        assertThat(InstanceLock.isHeld(dataDir)).as("a failed open releases the folder").isFalse();
    }

    @Test
    void databaseOfNewerLotseIsRefusedAndLeftUntouched() throws IOException {
        try (Database db = Database.open(dataDir, TestStores.FILE_KEY)) {
            db.dsl().execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\","
                    + " \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
                    + " VALUES (99, '99', 'future', 'SQL', 'V99__future.sql', 0, 'lotse', 1, TRUE)");
        }
        for (int attempt = 0; attempt < 2; attempt++) {
            assertThatThrownBy(() -> Database.open(dataDir, TestStores.FILE_KEY))
                    .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.problem())
                            .isEqualTo(new StoreProblem.NewerSchema(Database.databaseFile(dataDir), "99", Database.LATEST_SCHEMA)));
        }
        assertThat(dataDir.resolve(Database.BACKUP_FOLDER)).as("nothing was migrated").doesNotExist();
    }

    @Test
    void migrationCopiesDatabaseToBackupsFirst() {
        var store = TestStores.open(dataDir);
        TestStores.addDemo(store, 20, 1);
        store.database().close();

        try (Database db = Database.open(dataDir, TestStores.FILE_KEY, List.of(Database.MIGRATIONS, "classpath:db/testmigration/good"))) {
            assertThat(db.schemaVersion()).isEqualTo("90");
            assertThat(db.automaticBackups()).hasSize(1);
            assertThat(db.automaticBackups().getFirst().getFileName().toString())
                    .startsWith("lotse-before-migration-").endsWith(".mv.db");
        }
    }

    @Test
    void failedMigrationPutsTheDatabaseBackAsItWas() {
        var store = TestStores.open(dataDir);
        TestStores.addDemo(store, 20, 1);
        store.database().close();

        assertThatThrownBy(() -> Database.open(dataDir, TestStores.FILE_KEY,
                List.of(Database.MIGRATIONS, "classpath:db/testmigration/failing")))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.problem()).isInstanceOf(StoreProblem.MigrationFailed.class));

        try (Database db = Database.open(dataDir, TestStores.FILE_KEY)) {
            assertThat(db.schemaVersion()).isEqualTo(Database.LATEST_SCHEMA);
            assertThat(db.dsl().fetchCount(PERSON)).isEqualTo(20);
            assertThat(db.dsl().meta().getTables("HALF_DONE")).isEmpty();
            assertThat(db.dsl().fetchCount(DSL.table(DSL.name("INFORMATION_SCHEMA", "COLUMNS")),
                    DSL.field(DSL.name("COLUMN_NAME")).eq("HALF_COLUMN"))).isZero();
        }
    }

    @Test
    void readOnlyFolderIsReportedAsReadOnly() throws Exception {
        Path folder = Files.createDirectories(dataDir.resolve("locked"));
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            assumeTrue(run("chattr", "+i", folder.toString()) == 0, "chattr is needed to lock a folder for root");
        } else {
            assumeTrue(folder.toFile().setWritable(false, false));
        }
        try {
            assertThatThrownBy(() -> Database.open(folder, TestStores.FILE_KEY))
                    .isInstanceOfSatisfying(StoreException.class,
                            e -> assertThat(e.problem()).isEqualTo(new StoreProblem.ReadOnly(folder)));
        } finally {
            if (root) {
                run("chattr", "-i", folder.toString());
            } else {
                folder.toFile().setWritable(true, false);
            }
        }
    }

    private static int run(String... command) throws IOException, InterruptedException {
        return new ProcessBuilder(command).redirectErrorStream(true).start().waitFor();
    }
}
