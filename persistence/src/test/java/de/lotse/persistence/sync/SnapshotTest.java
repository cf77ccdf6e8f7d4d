package de.lotse.persistence.sync;

import static de.lotse.persistence.jooq.Tables.PERSON;
import static de.lotse.persistence.jooq.Tables.SYNC_RECORD;
import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.core.sync.SkipReason;
import de.lotse.core.sync.SyncReport;
import de.lotse.persistence.SyncedTables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new device starts from a snapshot; old batches are cleared without anyone losing a change. */
class SnapshotTest {

    @TempDir
    Path temp;

    private static String rows(SyncDevice device) {
        StringBuilder rows = new StringBuilder();
        for (SyncedTables.Synced synced : SyncedTables.all()) {
            rows.append(device.store.<String>read(dsl -> dsl.selectFrom(synced.table()).orderBy(synced.id()).fetch()
                    .formatCSV()));
        }
        return rows + device.store.<String>read(dsl -> dsl.selectFrom(SYNC_RECORD).orderBy(SYNC_RECORD.RECORD_ID)
                .fetch().formatCSV());
    }

    private static long batchFiles(Path share) throws Exception {
        try (Stream<Path> files = Files.walk(share.resolve("lotse/log"))) {
            return files.filter(f -> f.toString().endsWith(".batch")).count();
        }
    }

    @Test
    void aDeviceStartedFromASnapshotEqualsOneThatLivedThroughTheWholeHistory() throws Exception {
        Path share = Files.createDirectories(temp.resolve("share"));
        try (SyncDevice a = SyncDevice.founder(temp.resolve("a"), share);
             SyncDevice lived = SyncDevice.member(temp.resolve("lived"), share, "Laptop 1")) {
            UUID amina = a.addPerson("Haddad", "Amina");
            UUID olena = lived.addPerson("Petrenko", "Olena");
            a.sync();
            lived.sync();
            a.sync();
            a.setPerson(amina, Map.of(PERSON.CITY, "Hagen"));
            lived.setPerson(amina, Map.of(PERSON.CITY, "Iserlohn"));
            lived.store.writeAll(w -> w.delete(PERSON, olena));
            a.sync();
            lived.sync();
            a.sync();
            String snapshot = a.sync.snapshot();
            // changes after the snapshot: the new device takes them from the batches that follow
            UUID karim = a.addPerson("Rahimi", "Karim");
            a.sync();
            lived.sync();

            try (SyncDevice fresh = SyncDevice.member(temp.resolve("fresh"), share, "Neuer Laptop")) {
                SyncReport report = fresh.sync();
                assertThat(report.skipped()).isEmpty();
                assertThat(report.imported()).as("only what followed the snapshot " + snapshot).isEqualTo(1);
                assertThat(fresh.person(karim)).isNotNull();
                assertThat(rows(fresh)).isEqualTo(rows(lived));
                assertThat(fresh.sync.openConflicts()).extracting(c -> c.id() + c.values().size())
                        .isEqualTo(lived.sync.openConflicts().stream().map(c -> c.id() + c.values().size()).toList())
                        .hasSize(1);
            }
        }
    }

    @Test
    void compactionClearsOnlyWhatEveryDeviceAppliedAndASnapshotCovers() throws Exception {
        Path share = Files.createDirectories(temp.resolve("share"));
        try (SyncDevice a = SyncDevice.founder(temp.resolve("a"), share);
             SyncDevice reader = SyncDevice.member(temp.resolve("b"), share, "Laptop 1")) {
            a.addPerson("Haddad", "Amina");
            a.sync();
            reader.sync();
            a.addPerson("Rahimi", "Karim");
            a.sync();
            assertThat(a.sync.compact()).as("no snapshot yet").isZero();
            a.sync.snapshot();
            // the reader has not applied batch 2 yet: it stays
            a.sync.compact();
            assertThat(batchFiles(share)).isEqualTo(1);
            UUID late = a.addPerson("Nowak", "Ewa");
            a.sync();
            SyncReport read = reader.sync();
            assertThat(read.skipped()).isEmpty();
            assertThat(reader.person(late)).isNotNull();
            a.sync();
            a.sync.snapshot();
            assertThat(a.sync.compact()).isPositive();
            assertThat(batchFiles(share)).as("every batch applied by the reader and covered").isZero();

            try (SyncDevice fresh = SyncDevice.member(temp.resolve("fresh"), share, "Neuer Laptop")) {
                SyncReport report = fresh.sync();
                assertThat(report.skipped()).extracting(SyncReport.Skipped::reason).doesNotContain(SkipReason.GAP);
                assertThat(fresh.store.<Integer>read(dsl -> dsl.fetchCount(PERSON))).isEqualTo(3);
            }
        }
    }

    @Test
    void aDeviceWithItsOwnRecordsJoiningAfterCompactionStartsFromTheSnapshotAndKeepsThem() throws Exception {
        Path share = Files.createDirectories(temp.resolve("share"));
        try (SyncDevice a = SyncDevice.founder(temp.resolve("a"), share)) {
            a.addPerson("Haddad", "Amina");
            a.sync();
            a.sync.snapshot();
            assertThat(a.sync.compact()).isPositive();
            try (SyncDevice late = new SyncDevice(temp.resolve("late"))) {
                UUID own = late.addPerson("Rahimi", "Karim");
                late.sync.join(share, SyncDevice.PASSPHRASE.clone(), "Laptop spät");
                SyncReport report = late.sync();
                assertThat(report.skipped()).isEmpty();
                assertThat(report.exported()).isEqualTo(1);
                assertThat(late.store.<Integer>read(dsl -> dsl.fetchCount(PERSON))).isEqualTo(2);
                a.sync();
                assertThat(a.person(own)).isNotNull();
            }
        }
    }
}
