package de.lotse.persistence;

import static de.lotse.persistence.jooq.Tables.CHANGE_LOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lotse.core.person.Address;
import de.lotse.core.person.Contact;
import de.lotse.core.person.PartialDate;
import de.lotse.core.person.PersonDetail;
import de.lotse.core.person.PersonDraft;
import de.lotse.core.person.Sex;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Many new persons from drafts (a CSV import) in one transaction. */
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
}
