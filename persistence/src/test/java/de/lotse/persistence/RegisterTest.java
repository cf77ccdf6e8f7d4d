package de.lotse.persistence;

import static de.lotse.persistence.jooq.Tables.CHANGE_LOG;
import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.core.demo.DemoGenerator;
import de.lotse.core.person.Address;
import de.lotse.core.person.Contact;
import de.lotse.core.person.Household;
import de.lotse.core.person.HouseholdRole;
import de.lotse.core.person.PartialDate;
import de.lotse.core.person.PersonDetail;
import de.lotse.core.person.PersonDraft;
import de.lotse.core.person.Person;
import de.lotse.core.person.PersonRow;
import de.lotse.core.person.Sex;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegisterTest {

    @TempDir
    Path dataDir;

    @Test
    void figuresCountWhatWasStored() {
        Store store = TestStores.open(dataDir);
        var data = new DemoGenerator(5, TestStores.TODAY).generate(500);
        new JooqPersonRegister(store, Clock.systemUTC()).addAll(data.persons(), data.households());

        var figures = new JooqOverviewQueries(store).figures(TestStores.TODAY, 3);
        assertThat(figures.persons()).isEqualTo(500);
        assertThat(figures.households()).isEqualTo(data.households().size());
        assertThat(figures.minors()).isEqualTo(data.persons().stream()
                .filter(p -> p.birthDate() != null && p.birthDate().date().isAfter(TestStores.TODAY.minusYears(18)))
                .count());
        assertThat(figures.arrivalsLast90Days()).isEqualTo(data.persons().stream()
                .filter(p -> p.profile().arrivalInTown() != null && !p.profile().arrivalInTown().isBefore(TestStores.TODAY.minusDays(90)))
                .count());
        assertThat(figures.topNationalities()).hasSize(3);
        assertThat(figures.topNationalities().getFirst().persons())
                .isGreaterThanOrEqualTo(figures.topNationalities().get(1).persons());
        long outbox = store.read(dsl -> (long) dsl.fetchCount(CHANGE_LOG));
        long rows = TableCounts.of(store).entrySet().stream()
                .filter(e -> !e.getKey().equals("change_log") && !e.getKey().equals("device_identity"))
                .mapToLong(java.util.Map.Entry::getValue).sum();
        assertThat(outbox).as("one outbox row per stored business row").isEqualTo(rows);
        store.database().close();
    }

    @Test
    void listIsInGermanOrderWithNationalitiesAndCity() {
        Store store = TestStores.open(dataDir);
        List<Person> persons = List.of(
                person("Zimmermann", "Anna", "DE"),
                person("Özdemir", "Ayşe", "TR"),
                person("Oz", "Leyla", "TR"),
                person("Abbas", "Ali", "IQ", "SY"),
                person("Ärmel", "Jonas", "DE"));
        Household household = new Household(UUID.randomUUID(), new Address("Lange Straße 1", "58095", "Hagen"),
                List.of(new Household.Member(persons.get(3).id(), HouseholdRole.HEAD)));
        new JooqPersonRegister(store, Clock.systemUTC()).addAll(persons, List.of(household));

        List<PersonRow> rows = new JooqPersonRegister(store, Clock.systemUTC()).listAll();
        assertThat(rows).extracting(PersonRow::familyName)
                .containsExactly("Abbas", "Ärmel", "Oz", "Özdemir", "Zimmermann");
        assertThat(rows.getFirst().nationalities()).isEqualTo("IQ, SY");
        assertThat(rows.getFirst().city()).isEqualTo("Hagen");
        assertThat(rows.get(1).city()).isEmpty();
        assertThat(rows.getFirst().birthDate()).isEqualTo(PartialDate.ofYear(1990));
        store.database().close();
    }

    @Test
    void singlePersonRoundTripUpdateAndDeleteAreRecorded() {
        Store store = TestStores.open(dataDir);
        JooqPersonRegister register = new JooqPersonRegister(store, Clock.systemUTC());
        UUID id = UUID.randomUUID();
        PersonDraft draft = new PersonDraft("Özdemir", "Ayşe", PartialDate.ofYear(1985), Sex.FEMALE, List.of("TR"),
                new Contact("0171 1234567", "ayse@example.org", new Address("Lange Straße 3", "58095", "Hagen")));
        register.add(id, draft);
        assertThat(register.find(id)).contains(new PersonDetail(id, draft));

        PersonDraft changed = new PersonDraft("Özdemir", "Ayşe", PartialDate.ofYear(1985), Sex.FEMALE,
                List.of("DE", "TR"), new Contact("0171 1234567", null, new Address("Lange Straße 3", "58095", "Hagen")));
        assertThat(register.update(id, changed)).isTrue();
        assertThat(register.find(id)).contains(new PersonDetail(id, changed));
        var outbox = store.read(dsl -> dsl.selectFrom(CHANGE_LOG).orderBy(CHANGE_LOG.SEQ).fetch());
        assertThat(outbox).extracting(c -> c.getEntity() + " " + c.getOperation())
                .containsExactly("person INSERT", "person_nationality INSERT", "person UPDATE",
                        "person_nationality INSERT");
        assertThat(outbox.get(2).getFields()).as("only the changed field").isEqualTo("{\"email\":null}");

        Household household = new Household(UUID.randomUUID(), new Address("Lange Straße 3", "58095", "Hagen"),
                List.of(new Household.Member(id, HouseholdRole.HEAD)));
        register.addAll(List.of(), List.of(household));
        assertThat(register.delete(id)).isTrue();
        assertThat(register.find(id)).isEmpty();
        assertThat(register.delete(id)).isFalse();
        assertThat(register.update(id, changed)).isFalse();
        assertThat(TableCounts.of(store)).containsEntry("person", 0L).containsEntry("person_nationality", 0L)
                .containsEntry("household_member", 0L);
        var tombstones = store.read(dsl -> dsl.selectFrom(CHANGE_LOG).where(CHANGE_LOG.OPERATION.eq("DELETE")).fetch());
        assertThat(tombstones).extracting(c -> c.getEntity()).containsExactlyInAnyOrder("household_member",
                "person_nationality", "person_nationality", "person");
        store.database().close();
    }

    private static Person person(String family, String given, String... nationalities) {
        return new Person(UUID.randomUUID(), family, given, PartialDate.ofYear(1990), Sex.UNKNOWN,
                List.of(nationalities), null);
    }
}
