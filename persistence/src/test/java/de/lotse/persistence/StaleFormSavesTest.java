package de.lotse.persistence;

import static de.lotse.persistence.jooq.Tables.APPOINTMENT;
import static de.lotse.persistence.jooq.Tables.BENEFIT;
import static de.lotse.persistence.jooq.Tables.CASEWORKER;
import static de.lotse.persistence.jooq.Tables.CASE_FILE;
import static de.lotse.persistence.jooq.Tables.CONSENT;
import static de.lotse.persistence.jooq.Tables.INTEGRATION_STEP;
import static de.lotse.persistence.jooq.Tables.ORGANISATION;
import static de.lotse.persistence.jooq.Tables.ORGANISATION_CONTACT;
import static de.lotse.persistence.jooq.Tables.PERSON;
import static de.lotse.persistence.jooq.Tables.PLAN_TEMPLATE;
import static de.lotse.persistence.jooq.Tables.PLAN_TEMPLATE_STEP;
import static de.lotse.persistence.jooq.Tables.REFERRAL;
import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.core.account.Access;
import de.lotse.core.agenda.AgendaService;
import de.lotse.core.agenda.Appointment;
import de.lotse.core.cases.Benefit;
import de.lotse.core.cases.BenefitKind;
import de.lotse.core.cases.CaseService;
import de.lotse.core.cases.Consent;
import de.lotse.core.cases.IntegrationStep;
import de.lotse.core.cases.Referral;
import de.lotse.core.cases.ReferralStatus;
import de.lotse.core.cases.StepStatus;
import de.lotse.core.cases.TargetGroup;
import de.lotse.core.directory.Caseworker;
import de.lotse.core.directory.DirectoryService;
import de.lotse.core.directory.Organisation;
import de.lotse.core.directory.OrganisationContact;
import de.lotse.core.directory.OrganisationKind;
import de.lotse.core.directory.PlanTemplate;
import de.lotse.core.directory.StepCategory;
import de.lotse.core.directory.StepPriority;
import de.lotse.core.id.Ids;
import de.lotse.core.person.Address;
import de.lotse.core.person.Contact;
import de.lotse.core.person.PartialDate;
import de.lotse.core.person.PersonDraft;
import de.lotse.core.person.PersonService;
import de.lotse.core.person.Sex;
import de.lotse.core.validation.Validated;
import de.lotse.persistence.jooq.tables.records.PlanTemplateStepRecord;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.TableRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every save path a form uses, through its service into a real H2 file: a form opened before
 * another device's change to one field (as sync writes it) saves a change to another field over
 * its stale base, and the other device's change stays. A new form adds one test of this shape:
 * save the record, then {@link #staleSave}.
 */
class StaleFormSavesTest {

    private static final Clock CLOCK = Clock.systemUTC();
    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);
    private static final LocalDate MARCH_20 = LocalDate.of(2026, 3, 20);

    @TempDir
    Path dataDir;

    private Store store;
    private final Ids ids = new Ids(CLOCK);
    private CaseService cases;
    private DirectoryService directory;
    private AgendaService agenda;
    private PersonService people;
    private UUID personId;
    private UUID caseId;
    private Organisation jobcenter;

    @BeforeEach
    void open() {
        store = TestStores.open(dataDir);
        JooqDirectory directoryPort = new JooqDirectory(store);
        cases = new CaseService(new JooqCaseRegister(store), directoryPort, ids, CLOCK, () -> "K7QM", Access::system);
        directory = new DirectoryService(directoryPort, ids, Access::system);
        agenda = new AgendaService(new JooqAgenda(store), ids, CLOCK, Access::system);
        people = new PersonService(new JooqPersonRegister(store, CLOCK), ids, CLOCK, Access::system);
        personId = stored(people.add(new PersonDraft("Haddad", "Amira", PartialDate.ofYear(1985), Sex.FEMALE,
                List.of("SY"), new Contact(null, null, new Address("Marktstraße 1", "58095", "Hagen")))));
        caseId = stored(cases.open(personId, null, null, TargetGroup.REFUGEES, null)).id();
        jobcenter = stored(directory.save(null, new Organisation(ids.next(), "Jobcenter Hagen",
                OrganisationKind.JOB_CENTRE, Set.of(StepCategory.WORK), new Address(null, "58095", "Hagen"), null,
                null)));
    }

    @AfterEach
    void close() {
        store.database().close();
    }

    private static <T> T stored(Validated<T> saved) {
        return saved.orElseThrow();
    }

    /**
     * Another device sets {@code theirs} of the record {@code id} to {@code theirValue}, as sync
     * writes it; then the form saves (with the base it was opened with), which changes
     * {@code mine} to {@code myValue}. Both changes must be in the stored row.
     */
    private <R extends TableRecord<R>> void staleSave(Table<R> table, UUID id, TableField<R, ?> theirs,
            Object theirValue, Supplier<Validated<?>> formSave, TableField<R, ?> mine, Object myValue) {
        store.writeAll(writer -> writer.update(table, id, Map.of(theirs, theirValue)));
        assertThat(formSave.get()).isInstanceOf(Validated.Valid.class);
        @SuppressWarnings("unchecked")
        TableField<R, UUID> idField = (TableField<R, UUID>) table.getPrimaryKey().getFields().getFirst();
        R row = store.read(dsl -> dsl.selectFrom(table).where(idField.eq(id)).fetchOne());
        assertThat(row.get(theirs)).as("left alone in the form: the other device's " + theirs.getName() + " stays")
                .isEqualTo(theirValue);
        assertThat(row.get(mine)).as("changed in the form: " + mine.getName()).isEqualTo(myValue);
    }

    @Test
    void caseHeaderCaseworker() {
        Caseworker krueger = stored(directory.save(null, new Caseworker(ids.next(), "Sabine Krüger")));
        staleSave(CASE_FILE, caseId, CASE_FILE.TARGET_GROUP, TargetGroup.UKRAINE.name(),
                () -> new Validated.Valid<>(cases.assignCaseworker(caseId, krueger.id())), CASE_FILE.CASEWORKER_ID,
                krueger.id());
    }

    @Test
    void caseHeaderTargetGroup() {
        Caseworker krueger = stored(directory.save(null, new Caseworker(ids.next(), "Sabine Krüger")));
        staleSave(CASE_FILE, caseId, CASE_FILE.CASEWORKER_ID, krueger.id(),
                () -> new Validated.Valid<>(cases.assignTargetGroup(caseId, TargetGroup.OTHER)),
                CASE_FILE.TARGET_GROUP, TargetGroup.OTHER.name());
    }

    @Test
    void consent() {
        Consent shown = stored(cases.save(null, new Consent(ids.next(), caseId, "Datenweitergabe an das Jobcenter",
                MARCH_2, null)));
        staleSave(CONSENT, shown.id(), CONSENT.PURPOSE, "Datenweitergabe an Jobcenter und Ausländerbehörde",
                () -> cases.save(shown, new Consent(shown.id(), caseId, shown.purpose(), shown.givenOn(), MARCH_20)),
                CONSENT.WITHDRAWN_ON, MARCH_20);
    }

    @Test
    void benefit() {
        Benefit shown = stored(cases.save(null, new Benefit(ids.next(), caseId, BenefitKind.SGB_II, MARCH_2, null,
                new BigDecimal("563.00"))));
        staleSave(BENEFIT, shown.id(), BENEFIT.AMOUNT, new BigDecimal("602.50"),
                () -> cases.save(shown, new Benefit(shown.id(), caseId, shown.kind(), shown.from(), MARCH_20,
                        shown.amount())),
                BENEFIT.TO_DATE, MARCH_20);
    }

    @Test
    void referral() {
        Referral shown = stored(cases.save(null, new Referral(ids.next(), caseId, jobcenter.id(), "Arbeitsvermittlung",
                ReferralStatus.PLANNED, MARCH_2)));
        staleSave(REFERRAL, shown.id(), REFERRAL.STATUS, ReferralStatus.ACCEPTED.name(),
                () -> cases.save(shown, new Referral(shown.id(), caseId, shown.organisationId(),
                        "Arbeitsvermittlung und Sprachkurs", shown.status(), shown.referredOn())),
                REFERRAL.SUBJECT, "Arbeitsvermittlung und Sprachkurs");
    }

    @Test
    void step() {
        IntegrationStep shown = stored(cases.save(null, new IntegrationStep(ids.next(), caseId, "Beim Jobcenter melden",
                StepCategory.WORK, StepPriority.ESSENTIAL, StepStatus.OPEN, MARCH_20, null, null, LocalDate.EPOCH)));
        staleSave(INTEGRATION_STEP, shown.id(), INTEGRATION_STEP.OUTCOME, "Termin am 12.03. vereinbart",
                () -> cases.save(shown, new IntegrationStep(shown.id(), caseId, shown.title(), shown.category(),
                        shown.priority(), StepStatus.DONE, shown.dueOn(), null, null, shown.lastChange())),
                INTEGRATION_STEP.STATUS, StepStatus.DONE.name());
    }

    @Test
    void organisation() {
        staleSave(ORGANISATION, jobcenter.id(), ORGANISATION.TOPICS, "WORK,LANGUAGE",
                () -> directory.save(jobcenter, new Organisation(jobcenter.id(), jobcenter.name(), jobcenter.kind(),
                        jobcenter.topics(), jobcenter.address(), "02331 207-0", null)),
                ORGANISATION.PHONE, "02331 207-0");
    }

    @Test
    void contact() {
        OrganisationContact shown = stored(directory.save(null, new OrganisationContact(ids.next(), jobcenter.id(),
                "Frau Yılmaz", "Arbeitsvermittlung", null, null)));
        staleSave(ORGANISATION_CONTACT, shown.id(), ORGANISATION_CONTACT.PHONE, "02331 207-1234",
                () -> directory.save(shown, new OrganisationContact(shown.id(), jobcenter.id(), shown.name(),
                        "Teamleitung Arbeitsvermittlung", null, null)),
                ORGANISATION_CONTACT.ROLE, "Teamleitung Arbeitsvermittlung");
    }

    @Test
    void caseworker() {
        // a caseworker's form has one field: saved unchanged, it keeps the other device's new name
        Caseworker shown = stored(directory.save(null, new Caseworker(ids.next(), "Krüger")));
        staleSave(CASEWORKER, shown.id(), CASEWORKER.NAME, "Krüger-Öztürk",
                () -> directory.save(shown, new Caseworker(shown.id(), " Krüger ")),
                CASEWORKER.NAME, "Krüger-Öztürk");
    }

    @Test
    void template() {
        PlanTemplate shown = stored(directory.save(null, new PlanTemplate(ids.next(), "Neu angekommene Person", null,
                List.of(new PlanTemplate.Step("Anmelden", StepCategory.RESIDENCE, StepPriority.IMMEDIATE, 7, null)))));
        UUID firstStep = store.read(dsl -> dsl.select(PLAN_TEMPLATE_STEP.ID).from(PLAN_TEMPLATE_STEP)
                .where(PLAN_TEMPLATE_STEP.TEMPLATE_ID.eq(shown.id())).fetchOne(PLAN_TEMPLATE_STEP.ID));
        store.writeAll(writer -> writer.update(PLAN_TEMPLATE_STEP, firstStep,
                Map.of(PLAN_TEMPLATE_STEP.TITLE, "Beim Bürgeramt anmelden")));
        staleSave(PLAN_TEMPLATE, shown.id(), PLAN_TEMPLATE.NAME, "Neu angekommene erwachsene Person",
                () -> directory.save(shown, new PlanTemplate(shown.id(), shown.name(), "Die ersten Wochen",
                        shown.steps())),
                PLAN_TEMPLATE.DESCRIPTION, "Die ersten Wochen");
        assertThat(directory.templates().getFirst().steps()).extracting(PlanTemplate.Step::title)
                .as("steps left as they were keep the other device's change")
                .containsExactly("Beim Bürgeramt anmelden");

        PlanTemplate now = directory.templates().getFirst();
        stored(directory.save(shown, new PlanTemplate(shown.id(), shown.name(), null, List.of(shown.steps().getFirst(),
                new PlanTemplate.Step("Sprachkurs", StepCategory.LANGUAGE, StepPriority.ESSENTIAL, 30, null)))));
        List<String> titles = store.read(dsl -> dsl.selectFrom(PLAN_TEMPLATE_STEP)
                .where(PLAN_TEMPLATE_STEP.TEMPLATE_ID.eq(shown.id())).orderBy(PLAN_TEMPLATE_STEP.POSITION)
                .fetch(PlanTemplateStepRecord::getTitle));
        assertThat(titles).as("steps the form changed are stored as the form has them")
                .containsExactly("Anmelden", "Sprachkurs");
        assertThat(directory.templates().getFirst().name()).isEqualTo(now.name());
    }

    @Test
    void appointment() {
        Appointment shown = stored(agenda.save(null, new Appointment(ids.next(), personId, caseId, null,
                MARCH_20.atTime(9, 30), 45, "Begleitung zum Jobcenter", null, null, null, null)));
        staleSave(APPOINTMENT, shown.id(), APPOINTMENT.PLACE, "Jobcenter, Eingang B",
                () -> agenda.save(shown, new Appointment(shown.id(), personId, caseId, null, shown.startsAt(), 60,
                        shown.title(), null, null, "ar", null)),
                APPOINTMENT.MINUTES, 60);
    }

    @Test
    void person() {
        PersonDraft shown = people.find(personId).orElseThrow().person();
        staleSave(PERSON, personId, PERSON.PHONE, "0176 1234567",
                () -> people.update(personId, shown, new PersonDraft(shown.familyName(), shown.givenName(),
                        shown.birthDate(), shown.sex(), shown.nationalities(), new Contact(null, "amira@example.org",
                                shown.contact().address()), shown.profile())),
                PERSON.EMAIL, "amira@example.org");
    }
}
