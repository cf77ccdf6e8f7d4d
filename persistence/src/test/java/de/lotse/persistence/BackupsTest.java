package de.lotse.persistence;

import static de.lotse.persistence.jooq.Tables.PERSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lotse.core.store.StoreException;
import de.lotse.core.store.StoreProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path elsewhere;

    @Test
    void restoreBringsBackTheStateOfTheBackupAndKeepsTheReplacedDatabase() throws Exception {
        Path zip = elsewhere.resolve("sicherung.zip");
        Store store = TestStores.open(dataDir);
        TestStores.addDemo(store, 30, 1);
        Backups.backup(store.database(), zip);
        TestStores.addDemo(store, 40, 2);
        store.database().close();
        assertThat(zip).exists();
        assertThat(Files.list(elsewhere)).as("no partial file left").hasSize(1);

        Path kept = Backups.restore(dataDir, zip);

        assertThat(kept).exists();
        try (Database db = Database.open(dataDir, TestStores.FILE_KEY)) {
            assertThat(db.dsl().fetchCount(PERSON)).isEqualTo(30);
        }
    }

    @Test
    void aBackupTakenWhileAnotherThreadWritesOpensWithEveryRowCommittedBeforeIt() throws Exception {
        Store store = TestStores.open(dataDir);
        TestStores.addDemo(store, 200, 3);
        AtomicBoolean writing = new AtomicBoolean(true);
        Thread writer = Thread.ofPlatform().start(() -> {
            for (int seed = 10; writing.get(); seed++) {
                TestStores.addDemo(store, 5, seed);
            }
        });
        try {
            for (int round = 0; round < 5; round++) {
                int before = store.<Integer>read(dsl -> dsl.fetchCount(PERSON));
                Path zip = elsewhere.resolve("live-" + round + ".zip");
                Backups.backup(store.database(), zip);
                Path copy = elsewhere.resolve("copy-" + round);
                Backups.restore(copy, zip);
                try (Database db = Database.open(copy, TestStores.FILE_KEY)) {
                    assertThat(db.dsl().fetchCount(PERSON)).isGreaterThanOrEqualTo(before);
                }
            }
        } finally {
            writing.set(false);
            writer.join();
            store.database().close();
        }
    }

    @Test
    void restoreIsRefusedWhileTheFolderIsInUse() throws Exception {
        Path zip = elsewhere.resolve("sicherung.zip");
        Store store = TestStores.open(dataDir);
        Backups.backup(store.database(), zip);
        try {
            assertThatThrownBy(() -> Backups.restore(dataDir, zip))
                    .isInstanceOfSatisfying(StoreException.class,
                            e -> assertThat(e.problem()).isEqualTo(new StoreProblem.InUse(dataDir)));
        } finally {
            store.database().close();
        }
    }

    @Test
    void somethingElseIsNotRestoredAndChangesNothing() throws Exception {
        Store store = TestStores.open(dataDir);
        TestStores.addDemo(store, 10, 1);
        store.database().close();
        byte[] before = Files.readAllBytes(Database.databaseFile(dataDir));
        Path notZip = Files.writeString(elsewhere.resolve("notes.zip"), "not a zip");

        assertThatThrownBy(() -> Backups.restore(dataDir, notZip))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.problem()).isEqualTo(new StoreProblem.NotABackup(notZip)));
        assertThatThrownBy(() -> Backups.restore(dataDir, elsewhere.resolve("missing.zip")))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.problem()).isInstanceOf(StoreProblem.NotABackup.class));
        assertThat(Files.readAllBytes(Database.databaseFile(dataDir))).isEqualTo(before);
    }
}
