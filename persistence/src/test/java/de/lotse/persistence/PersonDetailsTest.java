package de.lotse.persistence;

import static de.lotse.persistence.jooq.Tables.CHANGE_LOG;
import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.core.account.Access;
import de.lotse.core.agenda.AgendaService;
import de.lotse.core.agenda.Appointment;
import de.lotse.core.cases.CaseFile;
import de.lotse.core.cases.CaseService;
import de.lotse.core.cases.TargetGroup;
import de.lotse.core.id.Ids;
import de.lotse.core.person.Address;
import de.lotse.core.person.Contact;
import de.lotse.core.person.HouseholdRole;
import de.lotse.core.person.HouseholdView;
import de.lotse.core.person.MergeRecord;
import de.lotse.core.person.PartialDate;
import de.lotse.core.person.PersonDraft;
import de.lotse.core.person.PersonProfile;
import de.lotse.core.person.PersonRow;
import de.lotse.core.person.PersonService;
import de.lotse.core.person.ResidenceKind;
import de.lotse.core.person.ResidenceStatus;
import de.lotse.core.person.Sex;
import de.lotse.core.validation.Validated;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The person's details, residence history, household editing and merges against a real H2 file. */
class PersonDetailsTest {

    private static final LocalDate TODAY = TestStores.TODAY;
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).toInstant(java.time.ZoneOffset.UTC),
            java.time.ZoneOffset.UTC);

    @TempDir
    Path dataDir;

    private Store store;
    private JooqPersonRegister register;
    private PersonService people;

    @BeforeEach
    void open() {
        store = Store.open(Database.open(dataDir, TestStores.FILE_KEY), CLOCK);
        register = new JooqPersonRegister(store, CLOCK);
        people = new PersonService(register, new Ids(CLOCK), CLOCK, Access::system);
    }

    @AfterEach
    void close() {
        store.database().close();
    }

    private UUID add(PersonDraft draft) {
        return ((Validated.Valid<UUID>) people.add(draft)).value();
    }

    private static PersonDraft draft(String family, String given, PersonProfile profile) {
        return new PersonDraft(family, given, PartialDate.ofYear(1988), Sex.MALE, List.of("SY"),
                new Contact(null, null, new Address("Bahnhofstraße 3", "58095", "Hagen")), profile);
    }

    @Test
    void everyDetailIsStoredAndReadBackAndAnUpdateRecordsOnlyWhatChanged() {
        PersonProfile profile = new PersonProfile("محمد الحسن", List.of("Al Hassan, Muhammad", "Alhasan"),
                List.of("ar", "ku"), true, TODAY.minusYears(2), TODAY.minusYears(1), "32.1-123456", "8123456-475",
                "Erste Zeile\nzweite Zeile");
        UUID id = add(draft("Al-Hassan", "Mohammed", profile));

        assertThat(people.find(id).orElseThrow().person().profile()).isEqualTo(profile);
        PersonRow row = people.search("Alhasan", 5).getFirst();
        assertThat(row.id()).as("another spelling finds the person").isEqualTo(id);
        assertThat(people.search("محمد", 5)).extracting(PersonRow::id).contains(id);

        PersonProfile changed = new PersonProfile(profile.nameOriginal(), profile.otherNames(), profile.languages(),
                false, profile.arrivalInGermany(), profile.arrivalInTown(), profile.fileNumberAbh(),
                profile.fileNumberBamf(), profile.notes());
        people.update(id, null, draft("Al-Hassan", "Mohammed", changed));
        String lastChange = store.read(dsl -> dsl.select(CHANGE_LOG.FIELDS).from(CHANGE_LOG)
                .orderBy(CHANGE_LOG.SEQ.desc()).limit(1).fetchOne(CHANGE_LOG.FIELDS));
        assertThat(lastChange).isEqualTo("{\"interpreter_needed\":false}");
    }

    @Test
    void searchReadsTheRegisterAgainOnlyAfterAWrite() {
        UUID first = add(draft("Haddad", "Omar", null));
        assertThat(people.search("Haddad", 5)).extracting(PersonRow::id).containsExactly(first);
        long version = register.version();
        assertThat(people.search("Hadad", 5)).extracting(PersonRow::id).containsExactly(first);
        assertThat(register.version()).as("reads write nothing").isEqualTo(version);

        UUID second = UUID.randomUUID();
        register.add(second, draft("Haddad", "Nour", null));
        assertThat(register.version()).isGreaterThan(version);
        assertThat(people.search("Haddad", 5)).extracting(PersonRow::id).containsExactlyInAnyOrder(first, second);
    }

    @Test
    void theResidenceHistoryIsKeptLatestFirstAndAnEndBeforeTheStartIsRefused() {
        UUID id = add(draft("Haddad", "Omar", null));
        ResidenceStatus first = new ResidenceStatus(UUID.randomUUID(), id, ResidenceKind.GESTATTUNG,
                TODAY.minusYears(2), TODAY.minusYears(1), null);
        ResidenceStatus second = new ResidenceStatus(UUID.randomUUID(), id, ResidenceKind.AUFENTHALTSERLAUBNIS,
                TODAY.minusYears(1), TODAY.plusYears(2), "§ 25 Abs. 2");
        people.save(first);
        people.save(second);
        assertThat(people.save(new ResidenceStatus(UUID.randomUUID(), id, ResidenceKind.DULDUNG, TODAY,
                TODAY.minusDays(1), null))).isInstanceOf(Validated.Invalid.class);

        assertThat(people.residenceHistory(id)).containsExactly(second, first);
        assertThat(people.deleteResidence(first.id())).isTrue();
        assertThat(people.residenceHistory(id)).containsExactly(second);
    }

    @Test
    void aStatusWithoutAStartCountsAsTheEarliest() {
        UUID id = add(draft("Haddad", "Omar", null));
        ResidenceStatus undated = new ResidenceStatus(UUID.randomUUID(), id, ResidenceKind.GESTATTUNG,
                null, TODAY.minusYears(1), null);
        ResidenceStatus dated = new ResidenceStatus(UUID.randomUUID(), id, ResidenceKind.AUFENTHALTSERLAUBNIS,
                TODAY.minusYears(1), TODAY.plusYears(2), null);
        people.save(dated);
        people.save(undated);

        assertThat(people.residenceHistory(id)).containsExactly(dated, undated);
    }

    @Test
    void householdsAreMadeFilledChangedAndEmptied() {
        UUID father = add(draft("Haddad", "Omar", null));
        UUID daughter = add(draft("Haddad", "Nour", null));
        UUID household = people.createHousehold(father);
        people.setMember(household, daughter, HouseholdRole.CHILD);

        HouseholdView view = people.householdOf(daughter).orElseThrow();
        assertThat(view.address().city()).isEqualTo("Hagen");
        assertThat(view.members()).extracting(HouseholdView.Member::personId, HouseholdView.Member::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(father, HouseholdRole.HEAD),
                        org.assertj.core.groups.Tuple.tuple(daughter, HouseholdRole.CHILD));

        UUID other = people.createHousehold(add(draft("Khalil", "Rania", null)));
        people.setMember(other, daughter, HouseholdRole.RELATIVE);
        assertThat(people.householdOf(father).orElseThrow().members()).as("one household per person").hasSize(1);

        people.removeMember(household, father);
        assertThat(people.householdOf(father)).isEmpty();
        long households = store.read(dsl -> (long) dsl.fetchCount(de.lotse.persistence.jooq.Tables.HOUSEHOLD));
        assertThat(households).as("the emptied household is gone").isEqualTo(1L);
    }

    @Test
    void aHouseholdKeepsOneHeadAndAPersonOneHousehold() {
        UUID father = add(draft("Haddad", "Omar", null));
        UUID mother = add(draft("Haddad", "Rania", null));
        UUID household = people.createHousehold(father);
        people.setMember(household, mother, HouseholdRole.HEAD);
        assertThat(people.householdOf(father).orElseThrow().members())
                .extracting(HouseholdView.Member::personId, HouseholdView.Member::role)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(mother, HouseholdRole.HEAD),
                        org.assertj.core.groups.Tuple.tuple(father, HouseholdRole.RELATIVE));
        UUID other = people.createHousehold(add(draft("Khalil", "Rania", null)));
        people.setMember(other, father, HouseholdRole.PARTNER);
        assertThat(people.householdOf(father).orElseThrow().id()).isEqualTo(other);
        assertThat(people.householdOf(mother).orElseThrow().members()).hasSize(1);
    }

    @Test
    void aPersonWithACaseIsNotDeleted() {
        UUID id = add(draft("Haddad", "Omar", null));
        new CaseService(new JooqCaseRegister(store), new JooqDirectory(store), new Ids(CLOCK), CLOCK, () -> "K7QM", Access::system)
                .open(id, null, null, TargetGroup.REFUGEES, null).orElseThrow();
        assertThat(people.delete(id)).isInstanceOf(Validated.Invalid.class);
        assertThat(people.find(id)).isPresent();
    }

    @Test
    void aMergeMovesEveryReferenceToTheSurvivorAndIsRecorded() {
        UUID survivor = add(draft("Al-Hassan", "Mohammed", null));
        UUID merged = add(new PersonDraft("Alhasan", "Muhammad", PartialDate.of(LocalDate.of(1988, 4, 2)), Sex.MALE,
                List.of("SY", "TR"), null, new PersonProfile(null, List.of(), List.of("ar"), false, null, null, null,
                        "8123456-475", null)));
        UUID wife = add(draft("Al-Hassan", "Fatima", null));
        UUID household = people.createHousehold(wife);
        people.setMember(household, merged, HouseholdRole.PARTNER);
        UUID survivorsOwn = people.createHousehold(survivor);
        ResidenceStatus permit = new ResidenceStatus(UUID.randomUUID(), merged, ResidenceKind.AUFENTHALTSERLAUBNIS,
                TODAY.minusYears(1), TODAY.plusYears(1), null);
        people.save(permit);
        CaseService cases = new CaseService(new JooqCaseRegister(store), new JooqDirectory(store), new Ids(CLOCK),
                CLOCK, () -> "K7QM", Access::system);
        AgendaService agenda = new AgendaService(new JooqAgenda(store), new Ids(CLOCK), CLOCK, Access::system);
        CaseFile caseFile = cases.open(merged, null, null, TargetGroup.REFUGEES, null).orElseThrow();
        Appointment appointment = new Appointment(UUID.randomUUID(), merged, caseFile.id(), null,
                TODAY.atTime(9, 0), 30, "Beratung", null, null, "ar", null);
        agenda.save(null, appointment);

        MergeRecord record = ((Validated.Valid<MergeRecord>) people.merge(survivor, merged)).value();

        assertThat(people.find(merged)).isEmpty();
        var kept = people.find(survivor).orElseThrow().person();
        assertThat(kept.nationalities()).containsExactly("SY", "TR");
        assertThat(kept.birthDate()).isEqualTo(PartialDate.of(LocalDate.of(1988, 4, 2)));
        assertThat(kept.profile().fileNumberBamf()).isEqualTo("8123456-475");
        assertThat(kept.profile().otherNames()).contains("Alhasan, Muhammad");
        assertThat(people.householdOf(wife).orElseThrow().members()).extracting(HouseholdView.Member::personId)
                .as("the merged person's household keeps the survivor").contains(survivor);
        assertThat(people.householdOf(survivor)).isPresent();
        assertThat(survivorsOwn).isNotNull();
        assertThat(people.residenceHistory(survivor)).extracting(ResidenceStatus::id).containsExactly(permit.id());
        assertThat(cases.find(caseFile.id()).orElseThrow().personId()).isEqualTo(survivor);
        assertThat(agenda.ofPerson(survivor)).extracting(Appointment::id).containsExactly(appointment.id());
        assertThat(people.search("Muhammad Alhasan", 3).getFirst().id()).isEqualTo(survivor);

        assertThat(record.survivorId()).isEqualTo(survivor);
        assertThat(record.mergedName()).isEqualTo("Alhasan, Muhammad");
        assertThat(record.moved()).contains("case_file:" + caseFile.id(), "appointment:" + appointment.id(),
                "residence_status:" + permit.id()).anyMatch(moved -> moved.startsWith("household_member:"));
        assertThat(people.merges()).containsExactly(record);
        long outbox = store.read(dsl -> (long) dsl.fetchCount(CHANGE_LOG, CHANGE_LOG.ENTITY.eq("person_merge")));
        assertThat(outbox).as("the merge travels through sync").isEqualTo(1);
    }
}
