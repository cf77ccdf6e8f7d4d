package de.lotse.persistence;

import static de.lotse.persistence.jooq.Tables.CHANGE_LOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lotse.core.account.Access;
import de.lotse.core.account.Permission;
import de.lotse.core.account.Refusal;
import de.lotse.core.account.RefusedException;
import de.lotse.core.account.Role;
import de.lotse.core.account.User;
import de.lotse.core.agenda.AgendaService;
import de.lotse.core.agenda.Appointment;
import de.lotse.core.cases.CaseFile;
import de.lotse.core.cases.CaseService;
import de.lotse.core.cases.CaseStatus;
import de.lotse.core.cases.IntegrationStep;
import de.lotse.core.cases.JournalEntry;
import de.lotse.core.cases.StepStatus;
import de.lotse.core.cases.TargetGroup;
import de.lotse.core.directory.Caseworker;
import de.lotse.core.directory.Organisation;
import de.lotse.core.directory.OrganisationKind;
import de.lotse.core.directory.PlanTemplate;
import de.lotse.core.directory.PlanTemplates;
import de.lotse.core.directory.StepCategory;
import de.lotse.core.id.Ids;
import de.lotse.core.overview.Attention;
import de.lotse.core.person.Address;
import de.lotse.core.person.HouseholdRole;
import de.lotse.core.person.PartialDate;
import de.lotse.core.person.PersonDraft;
import de.lotse.core.person.ResidenceKind;
import de.lotse.core.person.ResidenceStatus;
import de.lotse.core.person.Sex;
import de.lotse.core.validation.Validated;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Case files, plans, the journal and the Start view's attention lists against a real H2 file. */
class CasesTest {

    private static final Clock CLOCK = Clock.fixed(TestStores.TODAY.atTime(10, 0).atZone(ZoneId.of("Europe/Berlin"))
            .toInstant(), ZoneId.of("Europe/Berlin"));

    @TempDir
    Path dataDir;

    private final List<Store> stores = new ArrayList<>();

    @AfterEach
    void close() {
        stores.forEach(store -> store.database().close());
    }

    private Store store(Path dir) {
        Store store = Store.open(Database.open(dir, TestStores.FILE_KEY), CLOCK);
        stores.add(store);
        return store;
    }

    private static CaseService service(Store store, String deviceCode) {
        return new CaseService(new JooqCaseRegister(store), new JooqDirectory(store), new Ids(CLOCK), CLOCK,
                () -> deviceCode, Access::system);
    }

    private static UUID person(Store store, String family) {
        UUID id = UUID.randomUUID();
        new JooqPersonRegister(store, CLOCK).add(id, new PersonDraft(family, "Amira", PartialDate.ofYear(1990),
                Sex.FEMALE, List.of("SY"), null));
        return id;
    }

    @Test
    void aConfidentialEntryIsReadOnlyByTheResponsibleCaseworkerAndTheHeadOfOffice() {
        Store store = store(dataDir);
        Caseworker responsible = new Caseworker(UUID.randomUUID(), "Katrin Schmidt");
        Caseworker colleague = new Caseworker(UUID.randomUUID(), "Jonas Weber");
        new JooqDirectory(store).addAll(List.of(), List.of(), List.of(responsible, colleague), List.of());
        AtomicReference<Access> access = new AtomicReference<>(Access.system());
        CaseService cases = new CaseService(new JooqCaseRegister(store), new JooqDirectory(store), new Ids(CLOCK),
                CLOCK, () -> "K7QM", access::get);
        UUID caseId = cases.open(person(store, "Haddad"), null, responsible.id(), TargetGroup.REFUGEES, null)
                .orElseThrow().id();
        User katrin = new User(UUID.randomUUID(), "k.schmidt", "Katrin Schmidt", Set.of(Role.CASEWORKER),
                responsible.id());
        User jonas = new User(UUID.randomUUID(), "j.weber", "Jonas Weber", Set.of(Role.CASEWORKER), colleague.id());
        User head = new User(UUID.randomUUID(), "leitung", "Leitung", Set.of(Role.HEAD_OF_OFFICE), null);

        access.set(Access.of(katrin));
        cases.write(caseId, null, "Termin beim Jobcenter vereinbart.", null).orElseThrow();
        JournalEntry health = cases.write(caseId, null, "Behandlung nach Trauma, Arzt in Hagen.", null, true)
                .orElseThrow();
        JournalEntry correction = cases.write(caseId, null, "Behandlung nach Trauma, Ärztin in Hagen.",
                health.id(), false).orElseThrow();
        assertThat(correction.confidential()).as("a correction is as confidential as what it corrects").isTrue();
        assertThat(cases.journal(caseId)).hasSize(3).allMatch(entry -> entry.author().equals("Katrin Schmidt"));

        access.set(Access.of(jonas));
        assertThat(cases.journal(caseId)).extracting(JournalEntry::text).containsExactly(
                "Termin beim Jobcenter vereinbart.");
        access.set(Access.of(head));
        assertThat(cases.journal(caseId)).hasSize(3);
        access.set(Access.of(new User(UUID.randomUUID(), "admin", "Administration", Set.of(Role.ADMINISTRATOR),
                null)));
        assertThatThrownBy(() -> cases.journal(caseId)).isInstanceOfSatisfying(RefusedException.class,
                refused -> assertThat(refused.refusal()).isEqualTo(new Refusal.NotPermitted(Permission.JOURNAL_READ)));
    }

    @Test
    void aStepCarriesWhoChangedItLastAndTheDay() {
        Store store = store(dataDir);
        PlanTemplate template = PlanTemplates.shipped().get(3);
        new JooqDirectory(store).addAll(List.of(), List.of(), List.of(), List.of(template));
        AtomicReference<Access> access = new AtomicReference<>(Access.of(new User(UUID.randomUUID(), "k.schmidt",
                "Katrin Schmidt", Set.of(Role.CASEWORKER), null)));
        CaseService cases = new CaseService(new JooqCaseRegister(store), new JooqDirectory(store), new Ids(CLOCK),
                CLOCK, () -> "K7QM", access::get);
        UUID caseId = cases.open(person(store, "Kovalenko"), null, null, TargetGroup.UKRAINE, template.id())
                .orElseThrow().id();
        assertThat(cases.steps(caseId)).as("the plan is the opener's").isNotEmpty()
                .allMatch(step -> "k.schmidt".equals(step.changedBy()));

        access.set(Access.of(new User(UUID.randomUUID(), "j.weber", "Jonas Weber", Set.of(Role.CASEWORKER), null)));
        IntegrationStep first = cases.steps(caseId).getFirst();
        IntegrationStep done = new IntegrationStep(first.id(), caseId, first.title(), first.category(),
                first.priority(), StepStatus.DONE, first.dueOn(), first.organisationId(), "Termin wahrgenommen",
                first.lastChange(), "jemand.anderes");
        cases.save(first, done).orElseThrow();

        IntegrationStep stored = cases.steps(caseId).stream().filter(step -> step.id().equals(first.id()))
                .findFirst().orElseThrow();
        assertThat(stored.changedBy()).as("the service signs, whatever the form passed").isEqualTo("j.weber");
        assertThat(stored.lastChange()).isEqualTo(TestStores.TODAY);
        assertThat(cases.steps(caseId).stream().filter(step -> !step.id().equals(first.id())))
                .allMatch(step -> "k.schmidt".equals(step.changedBy()));
    }

    @Test
    void caseNumbersMadeOfflineOnTwoDevicesNeverCollide(@TempDir Path otherDir) {
        Store laptop = store(dataDir);
        Store office = store(otherDir);
        Set<String> numbers = new HashSet<>();
        for (int i = 0; i < 30; i++) {
            numbers.add(service(laptop, "K7QM").open(person(laptop, "A" + i), null, null, TargetGroup.REFUGEES, null)
                    .orElseThrow().number());
            numbers.add(service(office, "ACDE").open(person(office, "B" + i), null, null, TargetGroup.UKRAINE, null)
                    .orElseThrow().number());
        }
        assertThat(numbers).hasSize(60).contains("K7QM-26-0001", "K7QM-26-0030", "ACDE-26-0001", "ACDE-26-0030");
    }

    @Test
    void aPlanStartsFromTheTemplateWithDueDatesAndResponsibleOrganisations() {
        Store store = store(dataDir);
        var directory = new JooqDirectory(store);
        PlanTemplate template = PlanTemplates.shipped().get(3);
        Organisation authority = new Organisation(UUID.randomUUID(), "Ausländerbehörde Hagen",
                OrganisationKind.FOREIGNERS_AUTHORITY, EnumSet.of(StepCategory.RESIDENCE), new Address(null, null,
                        "Hagen"), null, null);
        Organisation unrelated = new Organisation(UUID.randomUUID(), "Ausländerbehörde Altbestand",
                OrganisationKind.FOREIGNERS_AUTHORITY, EnumSet.noneOf(StepCategory.class), null, null, null);
        directory.addAll(List.of(unrelated, authority), List.of(), List.of(), List.of(template));

        CaseFile caseFile = service(store, "K7QM").open(person(store, "Kovalenko"), null, null, TargetGroup.UKRAINE,
                template.id()).orElseThrow();

        List<IntegrationStep> steps = service(store, "K7QM").steps(caseFile.id());
        assertThat(steps).hasSize(template.steps().size()).allMatch(step -> step.status() == StepStatus.OPEN);
        IntegrationStep permit = steps.stream().filter(step -> step.category() == StepCategory.RESIDENCE)
                .findFirst().orElseThrow();
        assertThat(permit.dueOn()).isEqualTo(TestStores.TODAY.plusDays(14));
        assertThat(permit.organisationId()).as("the organisation responsible for the topic").isEqualTo(authority.id());
        assertThat(steps.getFirst().priority()).as("most urgent first")
                .isEqualTo(de.lotse.core.directory.StepPriority.IMMEDIATE);
    }

    @Test
    void aNewCaseNeedsATargetGroupAndWhileTheOfficeHasCaseworkersOneOfThemAndNothingHalfIsStored() {
        Store store = store(dataDir);
        CaseService cases = service(store, "K7QM");
        UUID amira = person(store, "Haddad");
        assertThat(cases.open(amira, null, null, null, null)).isEqualTo(new Validated.Invalid<CaseFile>(
                List.of(de.lotse.core.validation.FieldProblem.of("targetGroup", "required"))));

        Caseworker krueger = new Caseworker(UUID.randomUUID(), "Sabine Krüger");
        new JooqDirectory(store).addAll(List.of(), List.of(), List.of(krueger), List.of());
        var refused = (Validated.Invalid<CaseFile>) cases.open(amira, null, null, TargetGroup.REFUGEES,
                UUID.randomUUID());
        assertThat(refused.problems()).extracting(problem -> problem.field() + ":" + problem.code())
                .containsExactly("caseworker:required", "template:templateGone");
        assertThat(cases.open(amira, null, UUID.randomUUID(), TargetGroup.REFUGEES, null))
                .isEqualTo(new Validated.Invalid<CaseFile>(List.of(
                        de.lotse.core.validation.FieldProblem.of("caseworker", "caseworkerGone"))));
        assertThat(cases.open(null, null, krueger.id(), TargetGroup.REFUGEES, null))
                .isInstanceOf(Validated.Invalid.class);
        assertThat(cases.listAll()).as("nothing is stored while a problem is left").isEmpty();

        CaseFile opened = cases.open(amira, null, krueger.id(), TargetGroup.REFUGEES, null).orElseThrow();
        assertThat(cases.casesOf(amira)).extracting(summary -> summary.id()).containsExactly(opened.id());
    }

    @Test
    void theSuggestedTargetGroupAndTemplateFollowNationalityAndHousehold() {
        assertThat(CaseService.suggestedGroup(List.of("SY", "UA"))).isEqualTo(TargetGroup.UKRAINE);
        assertThat(CaseService.suggestedGroup(List.of("BG"))).isEqualTo(TargetGroup.SOUTH_EAST_EUROPE);
        assertThat(CaseService.suggestedGroup(List.of())).isEqualTo(TargetGroup.REFUGEES);
        List<PlanTemplate> shipped = PlanTemplates.shipped();
        assertThat(CaseService.suggestedTemplate(shipped, TargetGroup.UKRAINE, false).orElseThrow().name())
                .contains("§ 24");
        assertThat(CaseService.suggestedTemplate(shipped, TargetGroup.REFUGEES, true).orElseThrow().name())
                .startsWith("Familie");
        assertThat(CaseService.suggestedTemplate(shipped, TargetGroup.REFUGEES, false).orElseThrow().name())
                .contains("Neu angekommene erwachsene Person");
        assertThat(CaseService.suggestedTemplate(List.of(), TargetGroup.REFUGEES, false)).isEmpty();
    }

    @Test
    void statusFollowsTheWorkflowAndClosingNeedsAReason() {
        Store store = store(dataDir);
        CaseService cases = service(store, "K7QM");
        CaseFile opened = cases.open(person(store, "Haddad"), null, null, TargetGroup.REFUGEES, null).orElseThrow();

        assertThat(cases.changeStatus(opened.id(), CaseStatus.CLOSED, " ")).isInstanceOf(Validated.Invalid.class);
        assertThat(cases.find(opened.id()).orElseThrow().status()).isEqualTo(CaseStatus.OPEN);
        var closed = (Validated.Valid<CaseFile>) cases.changeStatus(opened.id(), CaseStatus.CLOSED, "Ziele erreicht");
        assertThat(closed.value().closedOn()).isEqualTo(TestStores.TODAY);
        assertThat(cases.find(opened.id()).orElseThrow().closeReason()).isEqualTo("Ziele erreicht");
        assertThat(cases.changeStatus(opened.id(), CaseStatus.PAUSED, null)).isInstanceOf(Validated.Invalid.class);
        var reopened = (Validated.Valid<CaseFile>) cases.changeStatus(opened.id(), CaseStatus.ACTIVE, null);
        assertThat(reopened.value().closeReason()).isNull();
    }

    @Test
    void theJournalOnlyGrowsAndACorrectionRefersToTheEntryItCorrects() {
        Store store = store(dataDir);
        CaseService cases = service(store, "K7QM");
        CaseFile caseFile = cases.open(person(store, "Haddad"), null, null, TargetGroup.REFUGEES, null).orElseThrow();
        var first = (Validated.Valid<de.lotse.core.cases.JournalEntry>) cases.write(caseFile.id(), "Krüger",
                "Termin am 3.12. vereinbart", null);
        cases.write(caseFile.id(), "Krüger", "Korrektur: Termin am 4.12.", first.value().id());

        assertThat(cases.write(caseFile.id(), "Krüger", "  ", null)).isInstanceOf(Validated.Invalid.class);
        var journal = cases.journal(caseFile.id());
        assertThat(journal).hasSize(2).contains(first.value());
        assertThat(journal).filteredOn(entry -> first.value().id().equals(entry.correctsId()))
                .extracting(de.lotse.core.cases.JournalEntry::text).containsExactly("Korrektur: Termin am 4.12.");
        long updates = store.read(dsl -> (long) dsl.fetchCount(CHANGE_LOG, CHANGE_LOG.ENTITY.eq("journal_entry")
                .and(CHANGE_LOG.OPERATION.ne("INSERT"))));
        assertThat(updates).as("no journal entry is ever changed or deleted").isZero();
    }

    @Test
    void theStartViewListsWhatNeedsAttentionForTheChosenCaseworker() {
        Store store = store(dataDir);
        CaseService cases = service(store, "K7QM");
        var agenda = new AgendaService(new JooqAgenda(store), new Ids(CLOCK), CLOCK, Access::system);
        var directory = new JooqDirectory(store);
        Caseworker krueger = new Caseworker(UUID.randomUUID(), "Sabine Krüger");
        Caseworker becker = new Caseworker(UUID.randomUUID(), "Thomas Becker");
        directory.addAll(List.of(), List.of(), List.of(krueger, becker), List.of(PlanTemplates.shipped().getFirst()));
        LocalDate today = TestStores.TODAY;

        UUID amira = person(store, "Haddad");
        CaseFile mine = cases.open(amira, null, krueger.id(), TargetGroup.REFUGEES, PlanTemplates.shipped().getFirst().id())
                .orElseThrow();
        IntegrationStep step = cases.steps(mine.id()).getFirst();
        new JooqCaseRegister(store).save(null, new IntegrationStep(step.id(), step.caseId(), step.title(),
                step.category(), step.priority(), StepStatus.OPEN, today.minusDays(3), null, null, today));
        agenda.save(null, new Appointment(UUID.randomUUID(), amira, mine.id(), krueger.id(),
                today.atTime(LocalTime.of(14, 0)), 30, "Beratung", "Raum 2.14", null, "ar", 30));
        agenda.save(null, new Appointment(UUID.randomUUID(), amira, mine.id(), becker.id(),
                today.atTime(LocalTime.of(9, 0)), 30, "Beratung bei Becker", null, null, null, null));
        new JooqPersonRegister(store, CLOCK).save(new ResidenceStatus(UUID.randomUUID(), amira,
                ResidenceKind.AUFENTHALTSERLAUBNIS, today.minusYears(2), today.plusWeeks(5), null));
        UUID expired = person(store, "Abgelaufen");
        new JooqPersonRegister(store, CLOCK).save(new ResidenceStatus(UUID.randomUUID(), expired,
                ResidenceKind.DULDUNG, today.minusMonths(6), today.minusDays(3), null));
        cases.open(expired, null, krueger.id(), TargetGroup.REFUGEES, null);
        UUID renewed = person(store, "Verlaengert");
        new JooqPersonRegister(store, CLOCK).save(new ResidenceStatus(UUID.randomUUID(), renewed,
                ResidenceKind.AUFENTHALTSERLAUBNIS, today.minusYears(3), today.plusWeeks(2), null));
        new JooqPersonRegister(store, CLOCK).save(new ResidenceStatus(UUID.randomUUID(), renewed,
                ResidenceKind.AUFENTHALTSERLAUBNIS, today.plusWeeks(2), today.plusYears(3), null));
        cases.open(renewed, null, krueger.id(), TargetGroup.REFUGEES, null);
        UUID renewedFromUndated = person(store, "Ohnedatum");
        new JooqPersonRegister(store, CLOCK).save(new ResidenceStatus(UUID.randomUUID(), renewedFromUndated,
                ResidenceKind.GESTATTUNG, null, today.minusYears(1), null));
        new JooqPersonRegister(store, CLOCK).save(new ResidenceStatus(UUID.randomUUID(), renewedFromUndated,
                ResidenceKind.AUFENTHALTSERLAUBNIS, today.minusYears(1), today.plusYears(2), null));
        cases.open(renewedFromUndated, null, krueger.id(), TargetGroup.REFUGEES, null);
        UUID stale = person(store, "Darwish");
        new JooqCaseRegister(store).addAll(new de.lotse.core.cases.CaseData(List.of(new CaseFile(UUID.randomUUID(),
                "K7QM-25-0001", stale, null, krueger.id(), TargetGroup.REFUGEES, CaseStatus.ACTIVE, null,
                today.minusDays(45), null)), List.of(), List.of(), List.of(), List.of(), List.of(), List.of()));
        UUID nobody = person(store, "Ohnefall");
        // a household's case covers every member, the head and a child alike
        UUID father = person(store, "Haushalt");
        UUID child = person(store, "Haushalt");
        var register = new JooqPersonRegister(store, CLOCK);
        UUID household = register.createHousehold(new Address("Lange Straße 1", "58095", "Hagen"), father);
        register.setMember(household, child, HouseholdRole.CHILD);
        cases.open(null, household, becker.id(), TargetGroup.REFUGEES, null);

        Attention attention = new JooqAttentionQueries(store).attention(krueger.id(), today, 20);

        assertThat(attention.overdueSteps().lines()).extracting(Attention.Line::caseId).containsExactly(mine.id());
        assertThat(attention.appointmentsToday().lines()).extracting(Attention.Line::what).containsExactly("Beratung");
        assertThat(attention.expiringPermits().lines())
                .as("expired first; a renewed permit not at all, also when the old one had no start")
                .extracting(Attention.Line::personId).containsExactly(expired, amira);
        assertThat(attention.inactiveCases().lines()).extracting(Attention.Line::personId).containsExactly(stale);
        assertThat(attention.personsWithoutCase().lines()).extracting(Attention.Line::personId).containsExactly(nobody);
        assertThat(attention.personsWithoutCase().total()).isOne();
        assertThat(attention.overdueSteps().total()).isOne();
        assertThat(new JooqAttentionQueries(store).attention(null, today, 20).appointmentsToday().total()).isEqualTo(2);
    }
}
