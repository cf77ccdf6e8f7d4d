package de.lotse.persistence;

import static de.lotse.persistence.jooq.Tables.HOUSEHOLD;
import static de.lotse.persistence.jooq.Tables.HOUSEHOLD_MEMBER;
import static de.lotse.persistence.jooq.Tables.PERSON;
import static de.lotse.persistence.jooq.Tables.PERSON_NATIONALITY;

import de.lotse.core.id.Ids;
import de.lotse.core.person.DatePrecision;
import de.lotse.core.person.Household;
import de.lotse.core.person.PartialDate;
import de.lotse.core.person.Person;
import de.lotse.core.person.PersonRegister;
import de.lotse.core.person.PersonRow;
import de.lotse.core.person.Sex;
import de.lotse.core.text.GermanOrder;
import de.lotse.persistence.jooq.tables.records.HouseholdMemberRecord;
import de.lotse.persistence.jooq.tables.records.HouseholdRecord;
import de.lotse.persistence.jooq.tables.records.PersonNationalityRecord;
import de.lotse.persistence.jooq.tables.records.PersonRecord;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The person register in H2. */
public final class JooqPersonRegister implements PersonRegister {

    private static final int BATCH = 5_000;

    private final Store store;
    private final Clock wall;

    public JooqPersonRegister(Store store, Clock wall) {
        this.store = store;
        this.wall = wall;
    }

    /** All in one transaction (nothing is kept when anything fails), in JDBC batches of {@value #BATCH}. */
    @Override
    public void addAll(List<Person> persons, List<Household> households) {
        OffsetDateTime now = OffsetDateTime.now(wall);
        store.writeAll(writer -> {
            for (List<Person> slice : slices(persons)) {
                writer.insertAll(slice.stream().map(person -> personRecord(person, now)).toList());
                writer.insertAll(slice.stream().flatMap(person -> person.nationalities().stream()
                        .map(country -> new PersonNationalityRecord(
                                Ids.derived(person.id(), country), person.id(), country))).toList());
            }
            for (List<Household> slice : slices(households)) {
                writer.insertAll(slice.stream().map(household -> new HouseholdRecord(household.id(),
                        household.address().street(), household.address().postalCode(),
                        household.address().city(), now)).toList());
                writer.insertAll(slice.stream().flatMap(household -> household.members().stream()
                        .map(member -> new HouseholdMemberRecord(Ids.derived(household.id(), member.personId().toString()),
                                household.id(), member.personId(), member.role().name()))).toList());
            }
        });
    }

    private static <T> List<List<T>> slices(List<T> items) {
        List<List<T>> slices = new ArrayList<>();
        for (int from = 0; from < items.size(); from += BATCH) {
            slices.add(items.subList(from, Math.min(items.size(), from + BATCH)));
        }
        return slices;
    }

    private static PersonRecord personRecord(Person person, OffsetDateTime now) {
        PartialDate birth = person.birthDate();
        return new PersonRecord(person.id(), person.familyName(), person.givenName(),
                birth == null ? null : birth.date(), birth == null ? null : birth.precision().name(),
                person.sex().name(), person.arrivalInTown(), now);
    }

    @Override
    public List<PersonRow> listAll() {
        return store.read(dsl -> {
            Map<UUID, String> nationalities = new HashMap<>();
            dsl.select(PERSON_NATIONALITY.PERSON_ID, PERSON_NATIONALITY.COUNTRY).from(PERSON_NATIONALITY)
                    .orderBy(PERSON_NATIONALITY.COUNTRY)
                    .forEach(r -> nationalities.merge(r.value1(), r.value2(), (a, b) -> a + ", " + b));
            Map<UUID, String> cities = dsl.select(HOUSEHOLD_MEMBER.PERSON_ID, HOUSEHOLD.CITY)
                    .from(HOUSEHOLD_MEMBER).join(HOUSEHOLD).on(HOUSEHOLD.ID.eq(HOUSEHOLD_MEMBER.HOUSEHOLD_ID))
                    .fetch().stream()
                    .collect(Collectors.toMap(r -> r.value1(), r -> r.value2() == null ? "" : r.value2(), (a, b) -> a));
            List<PersonRow> rows = new ArrayList<>();
            dsl.select(PERSON.ID, PERSON.FAMILY_NAME, PERSON.GIVEN_NAME, PERSON.BIRTH_DATE,
                            PERSON.BIRTH_DATE_PRECISION, PERSON.SEX).from(PERSON)
                    .forEach(r -> rows.add(new PersonRow(r.value1(), r.value2(), r.value3(),
                            r.value4() == null ? null : new PartialDate(r.value4(),
                                    DatePrecision.valueOf(r.value5() == null ? "DAY" : r.value5())),
                            Sex.valueOf(r.value6()), nationalities.getOrDefault(r.value1(), ""),
                            cities.getOrDefault(r.value1(), ""))));
            return GermanOrder.sortBy(rows, PersonRow::familyName, PersonRow::givenName);
        });
    }

    @Override
    public long countPersons() {
        return store.read(dsl -> (long) dsl.fetchCount(PERSON));
    }
}
