package de.lotse.persistence;

import static de.lotse.persistence.jooq.Tables.HOUSEHOLD;
import static de.lotse.persistence.jooq.Tables.HOUSEHOLD_MEMBER;
import static de.lotse.persistence.jooq.Tables.PERSON;
import static de.lotse.persistence.jooq.Tables.PERSON_NATIONALITY;

import de.lotse.core.id.Ids;
import de.lotse.core.person.Address;
import de.lotse.core.person.Contact;
import de.lotse.core.person.DatePrecision;
import de.lotse.core.person.HouseholdRole;
import de.lotse.core.person.HouseholdView;
import de.lotse.core.person.Household;
import de.lotse.core.person.PartialDate;
import de.lotse.core.person.Person;
import de.lotse.core.person.PersonDetail;
import de.lotse.core.person.PersonDraft;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.TableField;

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
                writer.insertAll(slice.stream().flatMap(person -> nationalityRecords(person.id(),
                        person.nationalities()).stream()).toList());
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
        PersonRecord record = new PersonRecord();
        record.setId(person.id());
        record.setFamilyName(person.familyName());
        record.setGivenName(person.givenName());
        setBirthDate(record, person.birthDate());
        record.setSex(person.sex().name());
        record.setArrivalInTown(person.arrivalInTown());
        record.setCreatedAt(now);
        return record;
    }

    private static void setBirthDate(PersonRecord record, PartialDate birth) {
        record.setBirthDate(birth == null ? null : birth.date());
        record.setBirthDatePrecision(birth == null ? null : birth.precision().name());
    }

    /** All in one transaction (nothing is kept when anything fails), in JDBC batches of {@value #BATCH}. */
    @Override
    public void addAll(List<PersonDetail> persons) {
        OffsetDateTime now = OffsetDateTime.now(wall);
        store.writeAll(writer -> {
            for (List<PersonDetail> slice : slices(persons)) {
                writer.insertAll(slice.stream().map(detail -> {
                    PersonRecord record = new PersonRecord();
                    record.setId(detail.id());
                    record.setCreatedAt(now);
                    fill(record, detail.person());
                    return record;
                }).toList());
                writer.insertAll(slice.stream().flatMap(detail -> nationalityRecords(detail.id(),
                        detail.person().nationalities()).stream()).toList());
            }
        });
    }

    @Override
    public void add(UUID id, PersonDraft person) {
        PersonRecord record = new PersonRecord();
        record.setId(id);
        record.setCreatedAt(OffsetDateTime.now(wall));
        fill(record, person);
        store.writeAll(writer -> {
            writer.insert(record);
            writer.insertAll(nationalityRecords(id, person.nationalities()));
        });
    }

    @Override
    public boolean update(UUID id, PersonDraft person) {
        return store.write(writer -> {
            PersonRecord current = writer.query().selectFrom(PERSON).where(PERSON.ID.eq(id)).fetchOne();
            if (current == null) {
                return false;
            }
            PersonRecord wanted = current.copy();
            fill(wanted, person);
            Map<TableField<PersonRecord, ?>, Object> values = new LinkedHashMap<>();
            for (TableField<PersonRecord, ?> field : EDITABLE) {
                values.put(field, wanted.get(field));
            }
            writer.update(PERSON, id, values);
            List<String> stored = writer.query().select(PERSON_NATIONALITY.COUNTRY).from(PERSON_NATIONALITY)
                    .where(PERSON_NATIONALITY.PERSON_ID.eq(id)).fetch(PERSON_NATIONALITY.COUNTRY);
            for (String country : stored) {
                if (!person.nationalities().contains(country)) {
                    writer.delete(PERSON_NATIONALITY, Ids.derived(id, country));
                }
            }
            writer.insertAll(nationalityRecords(id,
                    person.nationalities().stream().filter(country -> !stored.contains(country)).toList()));
            return true;
        });
    }

    @Override
    public boolean delete(UUID id) {
        return store.write(writer -> {
            if (writer.query().fetchCount(PERSON, PERSON.ID.eq(id)) == 0) {
                return false;
            }
            for (UUID member : writer.query().select(HOUSEHOLD_MEMBER.ID).from(HOUSEHOLD_MEMBER)
                    .where(HOUSEHOLD_MEMBER.PERSON_ID.eq(id)).fetch(HOUSEHOLD_MEMBER.ID)) {
                writer.delete(HOUSEHOLD_MEMBER, member);
            }
            for (UUID nationality : writer.query().select(PERSON_NATIONALITY.ID).from(PERSON_NATIONALITY)
                    .where(PERSON_NATIONALITY.PERSON_ID.eq(id)).fetch(PERSON_NATIONALITY.ID)) {
                writer.delete(PERSON_NATIONALITY, nationality);
            }
            writer.delete(PERSON, id);
            return true;
        });
    }

    @Override
    public Optional<PersonDetail> find(UUID id) {
        return store.read(dsl -> {
            PersonRecord record = dsl.selectFrom(PERSON).where(PERSON.ID.eq(id)).fetchOne();
            if (record == null) {
                return Optional.empty();
            }
            List<String> nationalities = dsl.select(PERSON_NATIONALITY.COUNTRY).from(PERSON_NATIONALITY)
                    .where(PERSON_NATIONALITY.PERSON_ID.eq(id)).orderBy(PERSON_NATIONALITY.COUNTRY)
                    .fetch(PERSON_NATIONALITY.COUNTRY);
            return Optional.of(new PersonDetail(id, new PersonDraft(record.getFamilyName(), record.getGivenName(),
                    birthDate(record.getBirthDate(), record.getBirthDatePrecision()), Sex.valueOf(record.getSex()),
                    nationalities, new Contact(record.getPhone(), record.getEmail(), new Address(record.getStreet(),
                            record.getPostalCode(), record.getCity())))));
        });
    }

    @Override
    public Optional<HouseholdView> householdOf(UUID person) {
        return store.read(dsl -> {
            var household = dsl.select(HOUSEHOLD.ID, HOUSEHOLD.STREET, HOUSEHOLD.POSTAL_CODE, HOUSEHOLD.CITY)
                    .from(HOUSEHOLD).join(HOUSEHOLD_MEMBER).on(HOUSEHOLD_MEMBER.HOUSEHOLD_ID.eq(HOUSEHOLD.ID))
                    .where(HOUSEHOLD_MEMBER.PERSON_ID.eq(person)).limit(1).fetchOne();
            if (household == null) {
                return Optional.empty();
            }
            List<HouseholdView.Member> members = dsl.select(PERSON.ID, PERSON.FAMILY_NAME, PERSON.GIVEN_NAME,
                            PERSON.BIRTH_DATE, PERSON.BIRTH_DATE_PRECISION, HOUSEHOLD_MEMBER.ROLE)
                    .from(HOUSEHOLD_MEMBER).join(PERSON).on(PERSON.ID.eq(HOUSEHOLD_MEMBER.PERSON_ID))
                    .where(HOUSEHOLD_MEMBER.HOUSEHOLD_ID.eq(household.value1()))
                    .fetch(r -> new HouseholdView.Member(r.value1(), r.value2(), r.value3(),
                            birthDate(r.value4(), r.value5()), HouseholdRole.valueOf(r.value6())));
            List<HouseholdView.Member> ordered = members.stream()
                    .sorted(Comparator.comparing(HouseholdView.Member::role)
                            .thenComparing(m -> m.birthDate() == null ? java.time.LocalDate.MAX : m.birthDate().date()))
                    .toList();
            return Optional.of(new HouseholdView(household.value1(), new Address(household.value2(),
                    household.value3(), household.value4()), ordered));
        });
    }

    /** The fields a draft sets, in the order they are compared for an update. */
    private static final List<TableField<PersonRecord, ?>> EDITABLE = List.of(PERSON.FAMILY_NAME, PERSON.GIVEN_NAME,
            PERSON.BIRTH_DATE, PERSON.BIRTH_DATE_PRECISION, PERSON.SEX, PERSON.PHONE, PERSON.EMAIL, PERSON.STREET,
            PERSON.POSTAL_CODE, PERSON.CITY);

    private static void fill(PersonRecord record, PersonDraft person) {
        record.setFamilyName(person.familyName());
        record.setGivenName(person.givenName());
        setBirthDate(record, person.birthDate());
        record.setSex(person.sex().name());
        Contact contact = person.contact();
        record.setPhone(contact.phone());
        record.setEmail(contact.email());
        record.setStreet(contact.address().street());
        record.setPostalCode(contact.address().postalCode());
        record.setCity(contact.address().city());
    }

    private static List<PersonNationalityRecord> nationalityRecords(UUID person, List<String> countries) {
        return countries.stream().map(country -> new PersonNationalityRecord(Ids.derived(person, country), person,
                country)).toList();
    }

    private static PartialDate birthDate(java.time.LocalDate date, String precision) {
        return date == null ? null : new PartialDate(date, DatePrecision.valueOf(precision == null ? "DAY" : precision));
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
                            birthDate(r.value4(), r.value5()),
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
