package de.lotse.persistence;

import static de.lotse.persistence.jooq.Tables.CHANGE_LOG;
import static de.lotse.persistence.jooq.Tables.DEVICE_IDENTITY;
import static de.lotse.persistence.jooq.Tables.HOUSEHOLD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lotse.core.clock.Stamp;
import de.lotse.persistence.jooq.tables.records.ChangeLogRecord;
import de.lotse.persistence.jooq.tables.records.DeviceIdentityRecord;
import de.lotse.persistence.jooq.tables.records.HouseholdRecord;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangeWriterTest {

    @TempDir
    Path dataDir;

    private final UUID id = UUID.randomUUID();

    private static HouseholdRecord household(UUID id, String street) {
        return new HouseholdRecord(id, street, "58095", "Hagen", OffsetDateTime.now(ZoneOffset.UTC));
    }

    private List<ChangeLogRecord> changes(Store store) {
        return store.read(dsl -> dsl.selectFrom(CHANGE_LOG).orderBy(CHANGE_LOG.SEQ).fetch());
    }

    @Test
    void insertUpdateDeleteAreRecordedInTheOutbox() {
        Store store = TestStores.open(dataDir);
        store.writeAll(w -> w.insert(household(id, "Lange Straße 3")));
        store.writeAll(w -> w.update(HOUSEHOLD, id, Map.of(HOUSEHOLD.STREET, "Lange Straße 5",
                HOUSEHOLD.CITY, "Hagen")));
        store.writeAll(w -> w.delete(HOUSEHOLD, id));

        var changes = changes(store);
        assertThat(changes).extracting(ChangeLogRecord::getOperation).containsExactly("INSERT", "UPDATE", "DELETE");
        assertThat(changes).allSatisfy(c -> {
            assertThat(c.getEntity()).isEqualTo("household");
            assertThat(c.getRecordId()).isEqualTo(id);
        });
        assertThat(changes.get(0).getFields()).contains("\"street\":\"Lange Straße 3\"", "\"postal_code\":\"58095\"")
                .doesNotContain("\"id\"");
        assertThat(changes.get(1).getFields()).as("only the changed field")
                .isEqualTo("{\"street\":\"Lange Straße 5\"}");
        assertThat(changes.get(2).getFields()).isEqualTo("{}");
        assertThat(changes).extracting(c -> Stamp.decode(c.getStamp())).isSorted()
                .allSatisfy(s -> assertThat(s.device()).isEqualTo(store.device().id()));
        store.database().close();
    }

    @Test
    void updateWithoutChangeRecordsNothing() {
        Store store = TestStores.open(dataDir);
        store.writeAll(w -> w.insert(household(id, "Lange Straße 3")));
        store.writeAll(w -> w.update(HOUSEHOLD, id, Map.of(HOUSEHOLD.STREET, "Lange Straße 3")));
        assertThat(changes(store)).hasSize(1);
        store.database().close();
    }

    @Test
    void failedTransactionKeepsNeitherDataNorOutbox() {
        Store store = TestStores.open(dataDir);
        assertThatThrownBy(() -> store.writeAll(w -> {
            w.insert(household(id, "Lange Straße 3"));
            throw new IllegalStateException("boom");
        })).hasMessageContaining("boom");
        assertThat(store.<Integer>read(dsl -> dsl.fetchCount(HOUSEHOLD))).isZero();
        assertThat(changes(store)).isEmpty();
        store.database().close();
    }

    /** A local table in the outbox would travel in a batch that no device can apply: refused as the bug it is. */
    @Test
    void aWriteToALocalTableIsRefusedNamingTheTableAndNothingIsStored() {
        Store store = TestStores.open(dataDir);
        int identities = store.read(dsl -> dsl.fetchCount(DEVICE_IDENTITY));
        assertThatThrownBy(() -> store.writeAll(w -> {
            w.insert(household(id, "Lange Straße 3"));
            w.insert(new DeviceIdentityRecord(UUID.randomUUID(), "X9X9", OffsetDateTime.now(ZoneOffset.UTC)));
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("device_identity is local");
        assertThat(store.<Integer>read(dsl -> dsl.fetchCount(DEVICE_IDENTITY))).isEqualTo(identities);
        assertThat(store.<Integer>read(dsl -> dsl.fetchCount(HOUSEHOLD))).isZero();
        assertThat(changes(store)).isEmpty();
        store.database().close();
    }

    @Test
    void stampsKeepRisingWhenTheWallClockFallsBackAfterRestart() {
        Clock future = Clock.fixed(Instant.parse("2027-06-01T10:00:00Z"), ZoneOffset.UTC);
        Store first = Store.open(Database.open(dataDir, TestStores.FILE_KEY), future);
        first.writeAll(w -> w.insert(household(id, "Lange Straße 3")));
        Stamp last = Stamp.decode(changes(first).getLast().getStamp());
        first.database().close();

        Clock past = Clock.fixed(Instant.parse("2026-01-01T10:00:00Z"), ZoneOffset.UTC);
        Store second = Store.open(Database.open(dataDir, TestStores.FILE_KEY), past);
        second.writeAll(w -> w.delete(HOUSEHOLD, id));
        assertThat(Stamp.decode(changes(second).getLast().getStamp())).isGreaterThan(last);
        second.database().close();
    }

    @Test
    void aSaveOverAStaleBaseNeverUndoesAFieldItLeftAloneAndAChangedFieldWins() {
        Store store = TestStores.open(dataDir);
        HouseholdRecord shown = household(id, "Lange Straße 3");
        store.writeAll(w -> w.save(null, shown));
        assertThat(changes(store)).extracting(ChangeLogRecord::getOperation).as("a new record is inserted")
                .containsExactly("INSERT");
        // meanwhile another device moved the household's postal code and street
        store.writeAll(w -> w.update(HOUSEHOLD, id, Map.of(HOUSEHOLD.POSTAL_CODE, "58089",
                HOUSEHOLD.STREET, "Bahnhofstraße 1")));

        HouseholdRecord edited = shown.copy();
        edited.setId(id);
        edited.setStreet("Lange Straße 5");
        edited.setCity("Hagen-Haspe");
        store.writeAll(w -> w.save(shown, edited));

        HouseholdRecord stored = store.read(dsl -> dsl.selectFrom(HOUSEHOLD).where(HOUSEHOLD.ID.eq(id)).fetchOne());
        assertThat(stored.getPostalCode()).as("left alone in the form: the other device's value stays")
                .isEqualTo("58089");
        assertThat(stored.getStreet()).as("changed in the form: the form's value wins").isEqualTo("Lange Straße 5");
        assertThat(stored.getCity()).isEqualTo("Hagen-Haspe");
        assertThat(changes(store).getLast().getFields()).as("only what the form changed")
                .isEqualTo("{\"street\":\"Lange Straße 5\",\"city\":\"Hagen-Haspe\"}");

        store.writeAll(w -> w.save(edited, edited));
        assertThat(changes(store)).as("nothing changed, nothing recorded").hasSize(3);
        store.database().close();
    }

    @Test
    void aSaveWithoutABaseSetsEveryFieldAndABaseOfAnotherRecordIsRefused() {
        Store store = TestStores.open(dataDir);
        HouseholdRecord shown = household(id, "Lange Straße 3");
        store.writeAll(w -> w.insert(shown));
        store.writeAll(w -> w.update(HOUSEHOLD, id, Map.of(HOUSEHOLD.POSTAL_CODE, "58089")));
        HouseholdRecord edited = shown.copy();
        edited.setId(id);
        edited.setStreet("Lange Straße 5");
        store.writeAll(w -> w.save(null, edited));
        HouseholdRecord stored = store.read(dsl -> dsl.selectFrom(HOUSEHOLD).where(HOUSEHOLD.ID.eq(id)).fetchOne());
        assertThat(stored.getPostalCode()).isEqualTo("58095");
        assertThat(stored.getStreet()).isEqualTo("Lange Straße 5");

        assertThatThrownBy(() -> store.writeAll(w -> w.save(household(UUID.randomUUID(), "Markt 1"), edited)))
                .isInstanceOf(IllegalArgumentException.class);
        store.database().close();
    }
}
