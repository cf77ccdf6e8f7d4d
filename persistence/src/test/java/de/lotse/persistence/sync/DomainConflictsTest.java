package de.lotse.persistence.sync;

import static de.lotse.persistence.jooq.Tables.CASE_FILE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lotse.core.sync.Conflict;
import de.lotse.core.sync.Resolution;
import de.lotse.core.sync.SyncRefusedException;
import de.lotse.persistence.jooq.tables.records.CaseFileRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Conflicts that no single field shows: a person registered twice, a case number given twice. */
class DomainConflictsTest {

    @TempDir
    Path temp;

    private SyncDevice[] pair() throws Exception {
        Path share = Files.createDirectories(temp.resolve("share"));
        return new SyncDevice[] {SyncDevice.founder(temp.resolve("a"), share),
            SyncDevice.member(temp.resolve("b"), share, "Laptop Unterkunft")};
    }

    @Test
    void theSamePersonRegisteredOnTwoLaptopsIsOfferedForMergeEverywhere() throws Exception {
        SyncDevice[] devices = pair();
        try (SyncDevice a = devices[0]; SyncDevice b = devices[1]) {
            UUID onA = a.addPerson("Al-Hassan", "Mohammed");
            UUID onB = b.addPerson("Alhassan", "Mohammed");
            a.sync();
            b.sync();
            a.sync();
            for (SyncDevice device : devices) {
                assertThat(device.sync.openConflicts()).singleElement().satisfies(c -> {
                    assertThat(c.kind()).isEqualTo(Conflict.DUPLICATE_PERSON);
                    assertThat(c.values()).hasSize(3);
                });
            }
            Conflict conflict = b.sync.openConflicts().getFirst();
            int keepA = conflict.values().stream().map(Conflict.Value::value).toList().indexOf("\"" + onA + "\"") + 1;
            b.sync.resolve(conflict.id(), new Resolution.Pick(keepA));
            assertThat(b.sync.openConflicts()).isEmpty();
            b.sync();
            a.sync();
            assertThat(a.sync.openConflicts()).isEmpty();
            assertThat(a.person(onB)).as("merged away on every device").isNull();
            assertThat(a.person(onA).getOtherNames()).contains("Alhassan");
        }
    }

    @Test
    void twoPersonsDeclaredDifferentStayTwoOnEveryDevice() throws Exception {
        SyncDevice[] devices = pair();
        try (SyncDevice a = devices[0]; SyncDevice b = devices[1]) {
            UUID onA = a.addPerson("Petrenko", "Olena");
            UUID onB = b.addPerson("Petrenko", "Olena");
            a.sync();
            b.sync();
            Conflict conflict = b.sync.openConflicts().getFirst();
            b.sync.resolve(conflict.id(), new Resolution.Pick(3));
            b.sync();
            a.sync();
            assertThat(a.sync.openConflicts()).isEmpty();
            assertThat(b.sync.openConflicts()).isEmpty();
            assertThat(a.person(onA)).isNotNull();
            assertThat(a.person(onB)).isNotNull();
        }
    }

    @Test
    void aCaseNumberGivenTwiceIsResolvedByRenumberingTheOther() throws Exception {
        SyncDevice[] devices = pair();
        try (SyncDevice a = devices[0]; SyncDevice b = devices[1]) {
            UUID person = a.addPerson("Haddad", "Amina");
            a.sync();
            b.sync();
            UUID first = openCase(a, person, "K7QM-26-0001");
            UUID second = openCase(b, person, "K7QM-26-0001");
            a.sync();
            b.sync();
            a.sync();
            Conflict conflict = a.sync.openConflicts().stream().filter(c -> c.kind().equals(Conflict.CASE_NUMBER))
                    .findFirst().orElseThrow();
            assertThat(b.sync.openConflicts()).extracting(Conflict::id).contains(conflict.id());
            int keepFirst = conflict.values().stream().map(Conflict.Value::value).toList().indexOf("\"" + first + "\"") + 1;
            assertThatThrownBy(() -> a.sync.resolve(conflict.id(), new Resolution.NewValue("K7QM-26-0009")))
                    .isInstanceOf(SyncRefusedException.class);
            a.sync.resolve(conflict.id(), new Resolution.Pick(keepFirst));
            a.sync();
            b.sync();
            assertThat(b.sync.openConflicts()).isEmpty();
            List<String> numbers = b.store.read(dsl -> dsl.select(CASE_FILE.NUMBER).from(CASE_FILE)
                    .where(CASE_FILE.ID.in(first, second)).orderBy(CASE_FILE.ID.eq(first).desc()).fetch(CASE_FILE.NUMBER));
            assertThat(numbers.getFirst()).isEqualTo("K7QM-26-0001");
            assertThat(numbers.getLast()).isNotEqualTo("K7QM-26-0001");
        }
    }

    private static UUID openCase(SyncDevice device, UUID person, String number) {
        UUID id = UUID.randomUUID();
        device.store.writeAll(w -> w.insert(new CaseFileRecord(id, number, person, null, null, "ADULT", "OPEN", null,
                LocalDate.of(2026, 11, 1), null)));
        return id;
    }
}
