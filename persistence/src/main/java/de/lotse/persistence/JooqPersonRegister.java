package de.lotse.persistence;

import static de.lotse.persistence.jooq.Tables.CHANGE_LOG;
import static de.lotse.persistence.jooq.Tables.HOUSEHOLD;
import static de.lotse.persistence.jooq.Tables.HOUSEHOLD_MEMBER;
import static de.lotse.persistence.jooq.Tables.PERSON;
import static de.lotse.persistence.jooq.Tables.PERSON_MERGE;
import static de.lotse.persistence.jooq.Tables.PERSON_NATIONALITY;
import static de.lotse.persistence.jooq.Tables.RESIDENCE_STATUS;
import static de.lotse.persistence.jooq.Tables.SYNC_CURSOR;

import de.lotse.core.id.Ids;
import de.lotse.core.person.Address;
import de.lotse.core.person.Contact;
import de.lotse.core.person.Household;
import de.lotse.core.person.HouseholdRole;
import de.lotse.core.person.HouseholdView;
import de.lotse.core.person.MergeRecord;
import de.lotse.core.person.PartialDate;
import de.lotse.core.person.Person;
import de.lotse.core.person.PersonDetail;
import de.lotse.core.person.PersonDraft;
import de.lotse.core.person.PersonNames;
import de.lotse.core.person.PersonProfile;
import de.lotse.core.person.PersonRegister;
import de.lotse.core.person.PersonRow;
import de.lotse.core.person.ResidenceKind;
import de.lotse.core.person.ResidenceStatus;
import de.lotse.core.person.Sex;
import de.lotse.core.task.Progress;
import de.lotse.core.text.GermanOrder;
import de.lotse.persistence.SyncedTables.OnDelete;
import de.lotse.persistence.SyncedTables.OnMerge;
import de.lotse.persistence.SyncedTables.Reference;
import de.lotse.persistence.SyncedTables.Synced;
import de.lotse.persistence.jooq.tables.records.HouseholdMemberRecord;
import de.lotse.persistence.jooq.tables.records.HouseholdRecord;
import de.lotse.persistence.jooq.tables.records.PersonMergeRecord;
import de.lotse.persistence.jooq.tables.records.PersonNationalityRecord;
import de.lotse.persistence.jooq.tables.records.PersonRecord;
import de.lotse.persistence.jooq.tables.records.ResidenceStatusRecord;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.TableRecord;
import org.jooq.impl.DSL;

/** The person register in H2. */
public final class JooqPersonRegister implements PersonRegister {

    private static final int BATCH = 5_000;

    /** Separates the items of a list kept in one text column; names and language codes hold no line breaks. */
    private static final String LIST_SEPARATOR = "\n";

    private final Store store;
    private final Clock wall;
    private final Ids ids;

    public JooqPersonRegister(Store store, Clock wall) {
        this.store = store;
        this.wall = wall;
        this.ids = new Ids(wall);
    }

    /** All in one transaction (nothing is kept when anything fails), in JDBC batches of {@value #BATCH}. */
    @Override
    public void addAll(List<Person> persons, List<Household> households, List<ResidenceStatus> residences) {
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
            for (List<ResidenceStatus> slice : slices(residences)) {
                writer.insertAll(slice.stream().map(JooqPersonRegister::record).toList());
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
        setProfile(record, person.profile());
        record.setCreatedAt(now);
        return record;
    }

    private static void setBirthDate(PersonRecord record, PartialDate birth) {
        record.setBirthDate(birth == null ? null : birth.date());
        record.setBirthDatePrecision(birth == null ? null : birth.precision().name());
    }

    /** All in one transaction (nothing is kept when anything fails), in JDBC batches of {@value #BATCH}. */
    @Override
    public void addAll(List<PersonDetail> persons, Progress progress) {
        OffsetDateTime now = OffsetDateTime.now(wall);
        store.writeAll(writer -> {
            int written = 0;
            for (List<PersonDetail> slice : slices(persons)) {
                progress.stopIfCancelled();
                writer.insertAll(slice.stream().map(detail -> {
                    PersonRecord record = new PersonRecord();
                    record.setId(detail.id());
                    record.setCreatedAt(now);
                    fill(record, detail.person());
                    return record;
                }).toList());
                writer.insertAll(slice.stream().flatMap(detail -> nationalityRecords(detail.id(),
                        detail.person().nationalities()).stream()).toList());
                written += slice.size();
                progress.report(written, persons.size());
            }
            // a cancel that came during the last batch still undoes them all: the commit has not happened
            progress.stopIfCancelled();
        });
    }

    @Override
    public void add(UUID id, PersonDraft person) {
        addAll(List.of(new PersonDetail(id, person)));
    }

    @Override
    public boolean update(UUID id, PersonDraft base, PersonDraft person) {
        return store.write(writer -> update(writer, id, base, person));
    }

    private static boolean update(ChangeWriter writer, UUID id, PersonDraft person) {
        return update(writer, id, null, person);
    }

    private static boolean update(ChangeWriter writer, UUID id, PersonDraft base, PersonDraft person) {
        PersonRecord current = writer.query().selectFrom(PERSON).where(PERSON.ID.eq(id)).fetchOne();
        if (current == null) {
            return false;
        }
        // only what the person changed in the form: a field left alone keeps what sync brought meanwhile
        writer.save(base == null ? null : filled(current, base), filled(current, person));
        List<String> stored = writer.query().select(PERSON_NATIONALITY.COUNTRY).from(PERSON_NATIONALITY)
                .where(PERSON_NATIONALITY.PERSON_ID.eq(id)).fetch(PERSON_NATIONALITY.COUNTRY);
        for (String country : stored) {
            boolean removedInForm = base == null || base.nationalities().contains(country);
            if (!person.nationalities().contains(country) && removedInForm) {
                writer.delete(PERSON_NATIONALITY, Ids.derived(id, country));
            }
        }
        writer.insertAll(nationalityRecords(id,
                person.nationalities().stream().filter(country -> !stored.contains(country)).toList()));
        return true;
    }

    /**
     * Deletes the person with every record declared to go with them; refused while a record
     * declared to keep them exists (see {@link SyncedTables}).
     */
    @Override
    public boolean delete(UUID id) {
        return store.write(writer -> {
            if (writer.query().fetchCount(PERSON, PERSON.ID.eq(id)) == 0) {
                return false;
            }
            List<String> keeping = keptBy(writer.query(), PERSON, id);
            if (!keeping.isEmpty()) {
                throw new IllegalStateException("person " + id + " is still referred to by " + keeping);
            }
            for (Reference reference : SyncedTables.referencesTo(PERSON)) {
                if (reference.requireOnDelete() == OnDelete.DELETE_WITH) {
                    deleteReferring(writer, reference, id);
                }
            }
            writer.delete(PERSON, id);
            return true;
        });
    }

    /** The tables whose records keep {@code id} from being deleted: references declared {@link OnDelete#REFUSE}. */
    private static List<String> keptBy(DSLContext dsl, Table<?> target, UUID id) {
        List<String> keeping = new ArrayList<>();
        for (Reference reference : SyncedTables.referencesTo(target)) {
            if (reference.requireOnDelete() == OnDelete.REFUSE
                    && dsl.fetchExists(reference.column().getTable(), reference.column().eq(id))) {
                keeping.add(SyncedTables.of(reference.column().getTable()).entity());
            }
        }
        return keeping;
    }

    /** Deletes the records whose {@code reference} names {@code id}. */
    @SuppressWarnings("unchecked")
    private static <R extends TableRecord<R>> void deleteReferring(ChangeWriter writer, Reference reference, UUID id) {
        Table<R> table = (Table<R>) reference.column().getTable();
        TableField<?, UUID> key = SyncedTables.of(table).id();
        for (UUID referring : writer.query().select(key).from(table).where(reference.column().eq(id)).fetch(key)) {
            writer.delete(table, referring);
        }
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
                            record.getPostalCode(), record.getCity())), profile(record))));
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

    /** The stored row with the fields of {@code person}: what a draft does not set stays as stored. */
    private static PersonRecord filled(PersonRecord current, PersonDraft person) {
        PersonRecord record = current.copy();
        record.setId(current.getId()); // a copy drops its key
        fill(record, person);
        return record;
    }

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
        setProfile(record, person.profile());
    }

    private static void setProfile(PersonRecord record, PersonProfile profile) {
        record.setNameOriginal(profile.nameOriginal());
        record.setOtherNames(joined(profile.otherNames()));
        record.setLanguages(joined(profile.languages()));
        record.setInterpreterNeeded(profile.interpreterNeeded());
        record.setArrivalInGermany(profile.arrivalInGermany());
        record.setArrivalInTown(profile.arrivalInTown());
        record.setFileNumberAbh(profile.fileNumberAbh());
        record.setFileNumberBamf(profile.fileNumberBamf());
        record.setNotes(profile.notes());
    }

    private static PersonProfile profile(PersonRecord record) {
        return new PersonProfile(record.getNameOriginal(), split(record.getOtherNames()), split(record.getLanguages()),
                Boolean.TRUE.equals(record.getInterpreterNeeded()), record.getArrivalInGermany(),
                record.getArrivalInTown(), record.getFileNumberAbh(), record.getFileNumberBamf(), record.getNotes());
    }

    private static String joined(List<String> items) {
        return items.isEmpty() ? null : String.join(LIST_SEPARATOR, items);
    }

    private static List<String> split(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split(LIST_SEPARATOR));
    }

    private static List<PersonNationalityRecord> nationalityRecords(UUID person, List<String> countries) {
        return countries.stream().map(country -> new PersonNationalityRecord(Ids.derived(person, country), person,
                country)).toList();
    }

    private static PartialDate birthDate(java.time.LocalDate date, String precision) {
        return PartialDate.stored(date, precision);
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
                            PERSON.BIRTH_DATE_PRECISION, PERSON.SEX, PERSON.NAME_ORIGINAL, PERSON.OTHER_NAMES).from(PERSON)
                    .forEach(r -> rows.add(new PersonRow(r.value1(), r.value2(), r.value3(),
                            birthDate(r.value4(), r.value5()),
                            Sex.valueOf(r.value6()), nationalities.getOrDefault(r.value1(), ""),
                            cities.getOrDefault(r.value1(), ""), otherNames(r.value7(), r.value8()))));
            return GermanOrder.sortBy(rows, PersonRow::familyName, PersonRow::givenName);
        });
    }

    private static List<String> otherNames(String original, String others) {
        if (original == null) {
            return split(others);
        }
        List<String> names = new ArrayList<>(split(others));
        names.add(original);
        return names;
    }

    /** Derived from the references declared to refuse a person's delete (today cases and appointments). */
    @Override
    public boolean hasCasesOrAppointments(UUID person) {
        return store.read(dsl -> !keptBy(dsl, PERSON, person).isEmpty());
    }

    @Override
    public UUID createHousehold(Address address, UUID head) {
        UUID id = ids.next();
        store.writeAll(writer -> {
            writer.insert(new HouseholdRecord(id, address.street(), address.postalCode(), address.city(),
                    OffsetDateTime.now(wall)));
            writer.insert(new HouseholdMemberRecord(Ids.derived(id, head.toString()), id, head,
                    HouseholdRole.HEAD.name()));
        });
        return id;
    }

    @Override
    public void setMember(UUID household, UUID person, HouseholdRole role) {
        store.writeAll(writer -> {
            for (HouseholdMemberRecord elsewhere : writer.query().selectFrom(HOUSEHOLD_MEMBER)
                    .where(HOUSEHOLD_MEMBER.PERSON_ID.eq(person)).and(HOUSEHOLD_MEMBER.HOUSEHOLD_ID.ne(household))
                    .fetch()) {
                removeMember(writer, elsewhere.getHouseholdId(), person);
            }
            if (role == HouseholdRole.HEAD) {
                for (UUID head : writer.query().select(HOUSEHOLD_MEMBER.ID).from(HOUSEHOLD_MEMBER)
                        .where(HOUSEHOLD_MEMBER.HOUSEHOLD_ID.eq(household))
                        .and(HOUSEHOLD_MEMBER.ROLE.eq(HouseholdRole.HEAD.name()))
                        .and(HOUSEHOLD_MEMBER.PERSON_ID.ne(person)).fetch(HOUSEHOLD_MEMBER.ID)) {
                    writer.update(HOUSEHOLD_MEMBER, head, Map.of(HOUSEHOLD_MEMBER.ROLE, HouseholdRole.RELATIVE.name()));
                }
            }
            writer.upsert(new HouseholdMemberRecord(Ids.derived(household, person.toString()), household, person,
                    role.name()));
        });
    }

    @Override
    public void removeMember(UUID household, UUID person) {
        store.writeAll(writer -> removeMember(writer, household, person));
    }

    /** Takes a person out; a household left without members goes too, unless a case (or what else keeps it) names it. */
    private static void removeMember(ChangeWriter writer, UUID household, UUID person) {
        for (UUID member : writer.query().select(HOUSEHOLD_MEMBER.ID).from(HOUSEHOLD_MEMBER)
                .where(HOUSEHOLD_MEMBER.HOUSEHOLD_ID.eq(household)).and(HOUSEHOLD_MEMBER.PERSON_ID.eq(person))
                .fetch(HOUSEHOLD_MEMBER.ID)) {
            writer.delete(HOUSEHOLD_MEMBER, member);
        }
        boolean empty = !writer.query().fetchExists(HOUSEHOLD_MEMBER, HOUSEHOLD_MEMBER.HOUSEHOLD_ID.eq(household));
        if (empty && keptBy(writer.query(), HOUSEHOLD, household).isEmpty()) {
            writer.delete(HOUSEHOLD, household);
        }
    }

    /**
     * A residence status's start for ordering the history, where one without a start counts as the
     * earliest. Not {@code LocalDate.MIN}: bound as a parameter, it arrives in H2 as the year
     * 169087565 and made an undated status the latest.
     */
    static Field<LocalDate> startForOrder(de.lotse.persistence.jooq.tables.ResidenceStatus status) {
        return DSL.coalesce(status.VALID_FROM, LocalDate.of(1, 1, 1));
    }

    @Override
    public List<ResidenceStatus> residenceHistory(UUID person) {
        return store.read(dsl -> dsl.selectFrom(RESIDENCE_STATUS).where(RESIDENCE_STATUS.PERSON_ID.eq(person))
                .orderBy(startForOrder(RESIDENCE_STATUS).desc(), RESIDENCE_STATUS.ID.desc())
                .fetch(r -> new ResidenceStatus(r.getId(), r.getPersonId(), ResidenceKind.valueOf(r.getKind()),
                        r.getValidFrom(), r.getValidUntil(), r.getNote())));
    }

    @Override
    public void save(ResidenceStatus status) {
        store.writeAll(writer -> writer.upsert(record(status)));
    }

    @Override
    public boolean deleteResidence(UUID id) {
        return store.write(writer -> {
            boolean exists = writer.query().fetchExists(RESIDENCE_STATUS, RESIDENCE_STATUS.ID.eq(id));
            writer.delete(RESIDENCE_STATUS, id);
            return exists;
        });
    }

    private static ResidenceStatusRecord record(ResidenceStatus status) {
        return new ResidenceStatusRecord(status.id(), status.personId(), status.kind().name(), status.validFrom(),
                status.validUntil(), status.note());
    }

    @Override
    public MergeRecord merge(UUID survivor, UUID merged, PersonDraft combined) {
        if (survivor.equals(merged)) {
            throw new IllegalArgumentException("a person cannot be merged into itself");
        }
        return store.write(writer -> {
            var dsl = writer.query();
            PersonRecord gone = dsl.selectFrom(PERSON).where(PERSON.ID.eq(merged)).fetchOne();
            if (gone == null || !dsl.fetchExists(PERSON, PERSON.ID.eq(survivor))) {
                throw new IllegalArgumentException("both persons must exist");
            }
            List<String> moved = new ArrayList<>();
            for (Reference reference : SyncedTables.referencesTo(PERSON)) {
                switch (reference.requireOnMerge()) {
                    case OnMerge.Move _ -> moved.addAll(moveReferring(writer, reference, merged, survivor));
                    case OnMerge.Drop _ -> deleteReferring(writer, reference, merged);
                    case OnMerge.Rejoin rejoin -> moved.addAll(rejoin(writer, reference, rejoin.group(), merged,
                            survivor));
                }
            }
            writer.delete(PERSON, merged);
            update(writer, survivor, combined);
            MergeRecord record = new MergeRecord(Ids.derived(survivor, "merge " + merged), survivor, merged,
                    wall.instant(), PersonNames.display(gone.getFamilyName(), gone.getGivenName()), moved);
            writer.insert(new PersonMergeRecord(record.id(), survivor, merged,
                    record.mergedAt().atOffset(java.time.ZoneOffset.UTC), record.mergedName(),
                    String.join(LIST_SEPARATOR, moved)));
            return record;
        });
    }

    /** Sets {@code reference} of the merged person's records to the survivor; the records moved as {@code entity:id}. */
    @SuppressWarnings("unchecked")
    private static <R extends TableRecord<R>> List<String> moveReferring(ChangeWriter writer, Reference reference,
            UUID merged, UUID survivor) {
        TableField<R, UUID> column = (TableField<R, UUID>) reference.column();
        Synced synced = SyncedTables.of(column.getTable());
        List<String> moved = new ArrayList<>();
        for (UUID id : writer.query().select(synced.id()).from(column.getTable()).where(column.eq(merged))
                .fetch(synced.id())) {
            writer.update(column.getTable(), id, Map.<TableField<R, ?>, Object>of(column, survivor));
            moved.add(synced.entity() + ":" + id);
        }
        return moved;
    }

    /**
     * A membership moves unless the survivor is in that group already; the survivor may then be in
     * two households, which the caseworker sees and settles, and no household loses its head.
     */
    @SuppressWarnings("unchecked")
    private static <R extends TableRecord<R>> List<String> rejoin(ChangeWriter writer, Reference reference,
            TableField<?, UUID> groupColumn, UUID merged, UUID survivor) {
        TableField<R, UUID> column = (TableField<R, UUID>) reference.column();
        TableField<R, UUID> group = (TableField<R, UUID>) groupColumn;
        Table<R> table = column.getTable();
        Synced synced = SyncedTables.of(table);
        var dsl = writer.query();
        Set<UUID> survivorGroups = Set.copyOf(dsl.select(group).from(table).where(column.eq(survivor)).fetch(group));
        List<String> moved = new ArrayList<>();
        for (R member : dsl.selectFrom(table).where(column.eq(merged)).fetch()) {
            writer.delete(table, member.get(synced.id()));
            if (!survivorGroups.contains(member.get(group))) {
                UUID id = Ids.derived(member.get(group), survivor.toString());
                R copy = member.into(table);
                copy.set(synced.id(), id);
                copy.set(column, survivor);
                writer.insert(copy);
                moved.add(synced.entity() + ":" + id);
            }
        }
        return moved;
    }

    @Override
    public List<MergeRecord> merges() {
        return store.read(dsl -> dsl.selectFrom(PERSON_MERGE).orderBy(PERSON_MERGE.MERGED_AT.desc())
                .fetch(r -> new MergeRecord(r.getId(), r.getSurvivorId(), r.getMergedId(), r.getMergedAt().toInstant(),
                        r.getMergedName(), split(r.getMoved()))));
    }

    /**
     * The newest outbox entry plus how far other devices' batches are applied: every write here
     * appends to the outbox in its transaction, and every import moves a cursor in its own, but
     * an import writes no outbox entry. Both only grow, so the sum moves whenever either does.
     */
    @Override
    public long version() {
        return store.read(dsl -> {
            Long newest = dsl.select(DSL.max(CHANGE_LOG.SEQ)).from(CHANGE_LOG).fetchOne(0, Long.class);
            Long applied = dsl.select(DSL.sum(SYNC_CURSOR.SEQ)).from(SYNC_CURSOR).fetchOne(0, Long.class);
            return (newest == null ? 0L : newest) + (applied == null ? 0L : applied);
        });
    }

    @Override
    public long countPersons() {
        return store.read(dsl -> (long) dsl.fetchCount(PERSON));
    }
}
