package de.lotse.persistence.sync;

import static de.lotse.persistence.jooq.Tables.CHANGE_LOG;
import static de.lotse.persistence.jooq.Tables.SYNC_REALM;
import static de.lotse.persistence.jooq.Tables.SYNC_RECORD;
import static de.lotse.persistence.sync.ShareFiles.batch;
import static de.lotse.persistence.sync.ShareFiles.familyNames;
import static de.lotse.persistence.sync.ShareFiles.stateIds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lotse.core.sync.SyncRefusedException;
import de.lotse.core.sync.SyncRefusedException.Reason;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sync fails loudly, and never skips, on a table this version does not declare: an outbox row for
 * one is a bug that stops the export before a batch no device can apply reaches the share; a
 * snapshot holding one (a newer Lotse's records) is refused whole, and the join stays due. Batches
 * naming one are in {@link CorruptFilesTest}.
 */
class UndeclaredTablesTest {

    @TempDir
    Path temp;

    @Test
    void anOutboxRowOfAnUndeclaredTableStopsTheExportNamingTheTable() throws Exception {
        Path share = Files.createDirectories(temp.resolve("share"));
        try (SyncDevice a = SyncDevice.founder(temp.resolve("a"), share)) {
            a.addPerson("Haddad", "Amina");
            // written around ChangeWriter, which refuses it (ChangeWriterTest)
            a.store.exclusively(tx -> tx.insertInto(CHANGE_LOG).set(CHANGE_LOG.STAMP, a.store.clock().next().encode())
                    .set(CHANGE_LOG.ENTITY, "bed").set(CHANGE_LOG.RECORD_ID, UUID.randomUUID())
                    .set(CHANGE_LOG.OPERATION, "INSERT").set(CHANGE_LOG.FIELDS, "{}").execute());

            for (int attempt = 1; attempt <= 2; attempt++) {
                assertThatThrownBy(a::sync).as("attempt %d", attempt).isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("Table bed is neither synced nor local");
                assertThat(Files.exists(batch(share, a.store.device().id(), 1))).as("no batch on the share").isFalse();
                assertThat(a.store.<Long>read(dsl -> dsl.select(SYNC_REALM.ABSORBED_SEQ).from(SYNC_REALM)
                        .fetchOne(SYNC_REALM.ABSORBED_SEQ))).as("nothing of the outbox taken in").isZero();
            }
        }
    }

    @Test
    void aSnapshotHoldingAnUnknownTableIsRefusedAndTheJoinFinishesOnceItIsGone() throws Exception {
        Path share = Files.createDirectories(temp.resolve("share"));
        try (SyncDevice a = SyncDevice.founder(temp.resolve("a"), share)) {
            UUID amina = a.addPerson("Haddad", "Amina");
            a.sync();
            // a state as a newer Lotse's batch leaves it: a record of a table this version lacks
            UUID bed = UUID.randomUUID();
            a.store.exclusively(tx -> {
                var person = tx.selectFrom(SYNC_RECORD).where(SYNC_RECORD.RECORD_ID.eq(amina)).fetchOne();
                return tx.insertInto(SYNC_RECORD).set(SYNC_RECORD.RECORD_ID, bed).set(SYNC_RECORD.ENTITY, "bed")
                        .set(SYNC_RECORD.ORIGIN, person.getOrigin()).set(SYNC_RECORD.STATE, person.getState()).execute();
            });
            a.sync.snapshot();

            try (SyncDevice fresh = new SyncDevice(temp.resolve("fresh"))) {
                assertThatThrownBy(() -> fresh.sync.join(share, SyncDevice.PASSPHRASE.clone(), "Neuer Laptop"))
                        .isInstanceOfSatisfying(SyncRefusedException.class,
                                e -> assertThat(e.reason()).isEqualTo(Reason.NEWER_FORMAT))
                        .hasMessageContaining("bed");
                assertThatThrownBy(fresh::sync).as("tried again at the next sync")
                        .isInstanceOfSatisfying(SyncRefusedException.class,
                                e -> assertThat(e.reason()).isEqualTo(Reason.NEWER_FORMAT));
                assertThat(familyNames(fresh)).as("nothing of the snapshot taken in").isEmpty();
                assertThat(stateIds(fresh)).isEmpty();

                // what an update of Lotse would do on the fresh device, done here on the share's side
                a.store.exclusively(tx -> tx.deleteFrom(SYNC_RECORD).where(SYNC_RECORD.RECORD_ID.eq(bed)).execute());
                a.sync.snapshot();
                assertThat(fresh.sync().skipped()).isEmpty();
                assertThat(familyNames(fresh)).containsExactly("Haddad");
            }
        }
    }
}
