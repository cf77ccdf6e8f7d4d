package de.lotse.persistence.sync;

import static de.lotse.persistence.jooq.Tables.PERSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lotse.core.sync.Conflict;
import de.lotse.core.sync.Resolution;
import de.lotse.core.sync.SyncRefusedException;
import de.lotse.core.sync.SyncReport;
import de.lotse.persistence.jooq.tables.records.PersonRecord;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.jooq.TableField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShareSyncTest {

    @TempDir
    Path temp;

    private Path share() {
        return temp.resolve("share");
    }

    private Path dir(String name) {
        return temp.resolve(name);
    }

    /** A founding device and one that joined, on one share. */
    private SyncDevice[] pair() throws Exception {
        java.nio.file.Files.createDirectories(share());
        return new SyncDevice[] {SyncDevice.founder(dir("a"), share()),
            SyncDevice.member(dir("b"), share(), "Laptop 1")};
    }

    /**
     * A person made on {@code a} and synced to {@code b}; then each device sets fields of it
     * without having seen the other's, and both sync until each saw the other's change.
     */
    private static UUID changedOnBoth(SyncDevice a, SyncDevice b, Map<TableField<PersonRecord, ?>, Object> onA,
            Map<TableField<PersonRecord, ?>, Object> onB) throws Exception {
        UUID id = a.addPerson("Haddad", "Amina");
        a.sync();
        b.sync();
        a.setPerson(id, onA);
        b.setPerson(id, onB);
        a.sync();
        b.sync();
        a.sync();
        return id;
    }

    @Test
    void aPersonMadeOnOneDeviceReachesTheOther() throws Exception {
        SyncDevice[] devices = pair();
        try (SyncDevice a = devices[0]; SyncDevice b = devices[1]) {
            UUID id = a.addPerson("Haddad", "Amina");
            SyncReport exported = a.sync();
            assertThat(exported.exported()).isEqualTo(1);
            SyncReport imported = b.sync();
            assertThat(imported.imported()).isEqualTo(1);
            assertThat(imported.skipped()).isEmpty();
            assertThat(b.person(id).getGivenName()).isEqualTo("Amina");
            assertThat(b.sync().imported()).as("reading again changes nothing").isZero();
        }
    }

    @Test
    void anImportMovesTheRegistersVersionSoThatCachedListsAndSearchesReadItAnew() throws Exception {
        SyncDevice[] devices = pair();
        try (SyncDevice a = devices[0]; SyncDevice b = devices[1]) {
            var register = new de.lotse.persistence.JooqPersonRegister(b.store, java.time.Clock.systemUTC());
            long before = register.version();
            a.addPerson("Haddad", "Amina");
            a.sync();
            b.sync();
            assertThat(register.version()).isGreaterThan(before);
        }
    }

    @Test
    void twoDevicesChangingOneFieldOpenTheSameConflictAndAResolutionClosesItEverywhere() throws Exception {
        SyncDevice[] devices = pair();
        try (SyncDevice a = devices[0]; SyncDevice b = devices[1]) {
            UUID id = changedOnBoth(a, b, Map.of(PERSON.CITY, "Hagen"),
                    Map.of(PERSON.CITY, "Iserlohn", PERSON.PHONE, "0176 1234567"));
            assertThat(a.sync.openConflicts()).singleElement().satisfies(c -> {
                assertThat(c.kind()).isEqualTo(Conflict.FIELD);
                assertThat(c.field()).isEqualTo("city");
                assertThat(c.recordLabel()).isEqualTo("Haddad, Amina");
                assertThat(c.values()).extracting(Conflict.Value::value)
                        .containsExactlyInAnyOrder("\"Hagen\"", "\"Iserlohn\"");
            });
            assertThat(b.sync.openConflicts()).isEqualTo(a.sync.openConflicts().stream()
                    .map(c -> new Conflict(c.id(), c.kind(), c.entity(), c.recordId(), c.recordLabel(), c.field(),
                            c.values().stream().map(v -> new Conflict.Value(v.value(), v.device(),
                                    b.sync.openConflicts().getFirst().values().stream()
                                            .filter(w -> w.device().equals(v.device())).findFirst().orElseThrow()
                                            .deviceName(), v.at())).toList())).toList());
            assertThat(a.person(id).getCity()).isEqualTo(b.person(id).getCity());
            assertThat(a.person(id).getPhone()).as("other fields merge silently").isEqualTo("0176 1234567");

            Conflict conflict = a.sync.openConflicts().getFirst();
            int hagen = conflict.values().stream().map(Conflict.Value::value).toList().indexOf("\"Hagen\"") + 1;
            a.sync.resolve(conflict.id(), new Resolution.Pick(hagen));
            assertThat(a.sync.openConflicts()).isEmpty();
            a.sync();
            b.sync();
            assertThat(b.sync.openConflicts()).isEmpty();
            assertThat(b.person(id).getCity()).isEqualTo("Hagen");
        }
    }

    @Test
    void aDayTypedToResolveAConflictIsReadAsEveryFormReadsIt() throws Exception {
        SyncDevice[] devices = pair();
        try (SyncDevice a = devices[0]; SyncDevice b = devices[1]) {
            UUID id = changedOnBoth(a, b, Map.of(PERSON.ARRIVAL_IN_TOWN, java.time.LocalDate.of(2024, 4, 1)),
                    Map.of(PERSON.ARRIVAL_IN_TOWN, java.time.LocalDate.of(2024, 4, 2)));
            Conflict conflict = a.sync.openConflicts().getFirst();
            assertThatThrownBy(() -> a.sync.resolve(conflict.id(), new Resolution.NewValue("31.04.2024")))
                    .as("no such day").isInstanceOf(SyncRefusedException.class);
            a.sync.resolve(conflict.id(), new Resolution.NewValue("3.4.2024"));
            assertThat(a.sync.openConflicts()).isEmpty();
            assertThat(a.person(id).getArrivalInTown()).isEqualTo(java.time.LocalDate.of(2024, 4, 3));
        }
    }

    @Test
    void equalValuesAreNoConflict() throws Exception {
        SyncDevice[] devices = pair();
        try (SyncDevice a = devices[0]; SyncDevice b = devices[1]) {
            changedOnBoth(a, b, Map.of(PERSON.CITY, "Hagen"), Map.of(PERSON.CITY, "Hagen"));
            assertThat(a.sync.openConflicts()).isEmpty();
            assertThat(b.sync.openConflicts()).isEmpty();
        }
    }

    @Test
    void aWrongPassphraseIsRefused() throws Exception {
        java.nio.file.Files.createDirectories(share());
        try (SyncDevice a = SyncDevice.founder(dir("a"), share());
             SyncDevice b = new SyncDevice(dir("b"))) {
            assertThatThrownBy(() -> b.sync.join(share(), "falsch-falsch".toCharArray(), "Laptop"))
                    .isInstanceOfSatisfying(SyncRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(SyncRefusedException.Reason.WRONG_PASSPHRASE));
        }
    }

    @Test
    void aRetiredDeviceIsRefusedAndWhatItExportedStays() throws Exception {
        java.nio.file.Files.createDirectories(share());
        try (SyncDevice a = SyncDevice.founder(dir("a"), share());
             SyncDevice lost = SyncDevice.member(dir("b"), share(), "Laptop verloren")) {
            UUID id = lost.addPerson("Haddad", "Amina");
            lost.sync();
            assertThat(a.sync.retire("laptop verloren")).contains("Laptop verloren");
            assertThat(a.sync.retire("nobody")).isEmpty();
            assertThat(a.sync().imported()).isEqualTo(1);
            assertThat(a.person(id)).isNotNull();
            assertThatThrownBy(lost::sync).isInstanceOfSatisfying(SyncRefusedException.class,
                    e -> assertThat(e.reason()).isEqualTo(SyncRefusedException.Reason.RETIRED));
        }
    }
}
