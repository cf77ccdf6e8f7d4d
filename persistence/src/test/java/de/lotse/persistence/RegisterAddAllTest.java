package de.lotse.persistence;

import static de.lotse.persistence.jooq.Tables.CHANGE_LOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lotse.core.account.Access;
import de.lotse.core.id.Ids;
import de.lotse.core.importing.ColumnMapping;
import de.lotse.core.importing.CsvReader;
import de.lotse.core.importing.CsvTable;
import de.lotse.core.importing.PersonImport;
import de.lotse.core.person.Address;
import de.lotse.core.person.Contact;
import de.lotse.core.person.PartialDate;
import de.lotse.core.person.PersonDetail;
import de.lotse.core.person.PersonDraft;
import de.lotse.core.person.PersonService;
import de.lotse.core.person.Sex;
import de.lotse.core.task.CancelledException;
import de.lotse.core.task.Progress;
import de.lotse.core.validation.Validated;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Many new persons from drafts (a CSV import) in one transaction: all of them, or none when one fails or the person cancels. */
class RegisterAddAllTest {

    @TempDir
    Path dataDir;

    private static PersonDetail person(String family, String... nationalities) {
        return new PersonDetail(UUID.randomUUID(), new PersonDraft(family, "Anna",
                PartialDate.of(LocalDate.of(1990, 3, 7)), Sex.FEMALE, List.of(nationalities),
                new Contact("02331 123456", "anna@example.org", new Address("Lange Straße 3", "58095", "Hagen"))));
    }

    @Test
    void draftsAreStoredWithContactAndNationalitiesThroughTheWritePath() {
        Store store = TestStores.open(dataDir);
        JooqPersonRegister register = new JooqPersonRegister(store, Clock.systemUTC());
        List<PersonDetail> persons = new ArrayList<>();
        for (int i = 0; i < 6_000; i++) {
            persons.add(i % 2 == 0 ? person("Müller" + i, "DE") : person("Özdemir" + i, "DE", "TR"));
        }

        register.addAll(persons);

        assertThat(register.find(persons.get(1).id())).contains(persons.get(1));
        assertThat(register.find(persons.getLast().id())).as("also from the last batch").contains(persons.getLast());
        assertThat(TableCounts.of(store)).containsEntry("person", 6_000L).containsEntry("person_nationality", 9_000L);
        long outbox = store.read(dsl -> (long) dsl.fetchCount(CHANGE_LOG));
        assertThat(outbox).as("one outbox row per stored row").isEqualTo(15_000L);
        store.database().close();
    }

    @Test
    void nothingIsStoredWhenOnePersonFails() {
        Store store = TestStores.open(dataDir);
        JooqPersonRegister register = new JooqPersonRegister(store, Clock.systemUTC());
        PersonDetail first = person("Müller", "DE");
        PersonDetail sameId = new PersonDetail(first.id(), person("Schmidt").person());

        assertThatThrownBy(() -> register.addAll(List.of(person("Weber", "AT"), first, sameId)))
                .isInstanceOf(RuntimeException.class);

        assertThat(TableCounts.of(store)).containsEntry("person", 0L).containsEntry("person_nationality", 0L);
        long outbox = store.read(dsl -> (long) dsl.fetchCount(CHANGE_LOG));
        assertThat(outbox).as("no outbox rows either").isZero();
        store.database().close();
    }

    /** Keeps what is reported done in {@code reports}, and cancels once {@code cancelWhen} says so of them. */
    private static Progress recording(List<Long> reports, Predicate<List<Long>> cancelWhen) {
        return new Progress() {
            @Override
            public void report(long done, long total) {
                reports.add(done);
            }

            @Override
            public boolean isCancelled() {
                return cancelWhen.test(reports);
            }
        };
    }

    private static long outbox(Store store) {
        return store.read(dsl -> (long) dsl.fetchCount(CHANGE_LOG));
    }

    @Test
    void aCancelBetweenBatchesOrBeforeTheCommitRollsEveryBatchBack() {
        Store store = TestStores.open(dataDir);
        JooqPersonRegister register = new JooqPersonRegister(store, Clock.systemUTC());
        List<PersonDetail> persons = new ArrayList<>();
        for (int i = 0; i < 6_000; i++) {
            persons.add(person("Müller" + i, "DE"));
        }
        List<Long> written = new ArrayList<>();
        // the person cancels once the first batch of 5,000 is written; then, the second time, after the last
        for (int cancelAfter : List.of(1, 2)) {
            written.clear();
            Progress cancelling = recording(written, reports -> reports.size() >= cancelAfter);

            assertThatThrownBy(() -> register.addAll(persons, cancelling)).isInstanceOf(CancelledException.class);

            assertThat(written).as("batches written before the cancel").hasSize(cancelAfter);
            assertThat(TableCounts.of(store)).containsEntry("person", 0L).containsEntry("person_nationality", 0L);
            assertThat(outbox(store)).as("no outbox rows").isZero();
        }
        assertThat(written).containsExactly(5_000L, 6_000L);
        store.database().close();
    }

    @Test
    void aCancelledCsvImportStoresNobody() {
        Store store = TestStores.open(dataDir);
        PersonService people = new PersonService(new JooqPersonRegister(store, Clock.systemUTC()),
                new Ids(Clock.systemUTC()), Clock.fixed(TestStores.TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(),
                        ZoneOffset.UTC), Access::system);
        StringBuilder csv = new StringBuilder("Nachname;Vorname;Geburtsjahr\n");
        for (int i = 0; i < 6_000; i++) {
            csv.append("Müller").append(i).append(";Anna;").append(1950 + i % 60).append('\n');
        }
        CsvTable table = CsvReader.read(csv.toString().getBytes(StandardCharsets.UTF_8));
        ColumnMapping mapping = ((Validated.Valid<ColumnMapping>) ColumnMapping.of(
                Map.of("Nachname", "familyName", "Vorname", "givenName", "Geburtsjahr", "birthDate"),
                table.header())).value();
        List<Long> reports = new ArrayList<>();
        // past the duplicate check (700 of 1,000): the first batch is written
        Progress cancelWhileSaving = recording(reports, done -> !done.isEmpty() && done.getLast() > 700);

        assertThatThrownBy(() -> PersonImport.run(table, mapping, PersonImport.into(people),
                new PersonImport.Options(false, false), cancelWhileSaving)).isInstanceOf(CancelledException.class);

        assertThat(reports.getLast()).as("stopped while saving").isBetween(701L, 999L);
        assertThat(TableCounts.of(store)).containsEntry("person", 0L);
        assertThat(outbox(store)).as("no outbox rows").isZero();
        assertThat(PersonImport.run(table, mapping, PersonImport.into(people), new PersonImport.Options(false, false),
                Progress.NONE).imported()).as("the same import, not cancelled").isEqualTo(6_000);
        assertThat(TableCounts.of(store)).containsEntry("person", 6_000L);
        store.database().close();
    }
}
