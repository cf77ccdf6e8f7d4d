package de.lotse.persistence;

import static de.lotse.persistence.jooq.Tables.BENEFIT;
import static de.lotse.persistence.jooq.Tables.CASEWORKER;
import static de.lotse.persistence.jooq.Tables.CASE_FILE;
import static de.lotse.persistence.jooq.Tables.CONSENT;
import static de.lotse.persistence.jooq.Tables.HOUSEHOLD_MEMBER;
import static de.lotse.persistence.jooq.Tables.INTEGRATION_STEP;
import static de.lotse.persistence.jooq.Tables.JOURNAL_ENTRY;
import static de.lotse.persistence.jooq.Tables.PERSON;
import static de.lotse.persistence.jooq.Tables.REFERRAL;
import static org.jooq.impl.DSL.max;

import de.lotse.core.cases.Benefit;
import de.lotse.core.cases.BenefitKind;
import de.lotse.core.cases.CaseData;
import de.lotse.core.cases.CaseFile;
import de.lotse.core.cases.CaseNumber;
import de.lotse.core.cases.CaseRegister;
import de.lotse.core.cases.CaseStatus;
import de.lotse.core.cases.CaseSummary;
import de.lotse.core.cases.Consent;
import de.lotse.core.cases.IntegrationStep;
import de.lotse.core.cases.JournalEntry;
import de.lotse.core.cases.Referral;
import de.lotse.core.cases.ReferralStatus;
import de.lotse.core.cases.StepStatus;
import de.lotse.core.cases.TargetGroup;
import de.lotse.core.clock.OfficeTime;
import de.lotse.core.directory.StepCategory;
import de.lotse.core.directory.StepPriority;
import de.lotse.core.person.PersonNames;
import de.lotse.persistence.jooq.tables.records.BenefitRecord;
import de.lotse.persistence.jooq.tables.records.CaseFileRecord;
import de.lotse.persistence.jooq.tables.records.ConsentRecord;
import de.lotse.persistence.jooq.tables.records.IntegrationStepRecord;
import de.lotse.persistence.jooq.tables.records.JournalEntryRecord;
import de.lotse.persistence.jooq.tables.records.ReferralRecord;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Case files, their journal, consents, benefits, referrals and plans in H2. */
public final class JooqCaseRegister implements CaseRegister {

    private final Store store;

    public JooqCaseRegister(Store store) {
        this.store = store;
    }

    @Override
    public CaseFile open(NewCase newCase, String deviceCode, List<IntegrationStep> plan) {
        return store.write(writer -> {
            String prefix = CaseNumber.prefix(deviceCode, newCase.openedOn().getYear());
            List<String> taken = writer.query().select(CASE_FILE.NUMBER).from(CASE_FILE)
                    .where(CASE_FILE.NUMBER.startsWith(prefix)).fetch(CASE_FILE.NUMBER);
            CaseNumber number = CaseNumber.next(deviceCode, newCase.openedOn().getYear(), taken);
            CaseFile caseFile = new CaseFile(newCase.id(), number.toString(), newCase.personId(), newCase.householdId(),
                    newCase.caseworkerId(), newCase.targetGroup(), CaseStatus.OPEN, null, newCase.openedOn(), null);
            writer.insert(record(caseFile));
            writer.insertAll(plan.stream().map(JooqCaseRegister::record).toList());
            return caseFile;
        });
    }

    @Override
    public void addAll(CaseData data) {
        store.writeAll(writer -> {
            writer.insertAll(data.cases().stream().map(JooqCaseRegister::record).toList());
            writer.insertAll(data.steps().stream().map(JooqCaseRegister::record).toList());
            writer.insertAll(data.journal().stream().map(JooqCaseRegister::record).toList());
            writer.insertAll(data.consents().stream().map(JooqCaseRegister::record).toList());
            writer.insertAll(data.benefits().stream().map(JooqCaseRegister::record).toList());
            writer.insertAll(data.referrals().stream().map(JooqCaseRegister::record).toList());
            writer.insertAll(data.appointments().stream().map(JooqAgenda::record).toList());
        });
    }

    @Override
    public void update(CaseFile base, CaseFile changed) {
        store.writeAll(writer -> writer.save(base, changed, JooqCaseRegister::record));
    }

    @Override
    public Optional<CaseFile> find(UUID id) {
        return store.read(dsl -> dsl.selectFrom(CASE_FILE).where(CASE_FILE.ID.eq(id)).fetchOptional()
                .map(JooqCaseRegister::caseFile));
    }

    @Override
    public List<CaseSummary> casesOf(UUID personId) {
        return store.read(dsl -> summaries(dsl, CASE_FILE.PERSON_ID.eq(personId).or(CASE_FILE.HOUSEHOLD_ID.in(
                DSL.select(HOUSEHOLD_MEMBER.HOUSEHOLD_ID).from(HOUSEHOLD_MEMBER)
                        .where(HOUSEHOLD_MEMBER.PERSON_ID.eq(personId))))));
    }

    @Override
    public List<CaseSummary> listAll() {
        return store.read(dsl -> summaries(dsl, DSL.trueCondition()));
    }

    @Override
    public Optional<CaseSummary> summary(UUID caseId) {
        return store.read(dsl -> summaries(dsl, CASE_FILE.ID.eq(caseId))).stream().findFirst();
    }

    /**
     * Cases with their subject's name (a household case is named after its head) and the day of
     * their last activity: the latest of opening, journal entry and step change.
     */
    static List<CaseSummary> summaries(DSLContext dsl, Condition which) {
        Map<UUID, LocalDate> lastJournal = new HashMap<>();
        dsl.select(JOURNAL_ENTRY.CASE_ID, max(JOURNAL_ENTRY.WRITTEN_AT)).from(JOURNAL_ENTRY)
                .join(CASE_FILE).on(CASE_FILE.ID.eq(JOURNAL_ENTRY.CASE_ID)).where(which)
                .groupBy(JOURNAL_ENTRY.CASE_ID)
                .forEach(r -> lastJournal.put(r.value1(),
                        r.value2().atZoneSameInstant(OfficeTime.ZONE).toLocalDate()));
        Map<UUID, LocalDate> lastStep = new HashMap<>();
        dsl.select(INTEGRATION_STEP.CASE_ID, max(INTEGRATION_STEP.LAST_CHANGE)).from(INTEGRATION_STEP)
                .join(CASE_FILE).on(CASE_FILE.ID.eq(INTEGRATION_STEP.CASE_ID)).where(which)
                .groupBy(INTEGRATION_STEP.CASE_ID).forEach(r -> lastStep.put(r.value1(), r.value2()));
        var head = HOUSEHOLD_MEMBER.as("head");
        var subject = PERSON.as("subject");
        return dsl.select(CASE_FILE.ID, CASE_FILE.NUMBER, subject.ID, CASE_FILE.HOUSEHOLD_ID,
                        subject.FAMILY_NAME, subject.GIVEN_NAME, CASEWORKER.NAME, CASE_FILE.TARGET_GROUP,
                        CASE_FILE.STATUS, CASE_FILE.OPENED_ON, CASE_FILE.CASEWORKER_ID)
                .from(CASE_FILE)
                .leftJoin(head).on(theHead(head))
                .leftJoin(subject).on(subject.ID.eq(DSL.coalesce(CASE_FILE.PERSON_ID, head.PERSON_ID)))
                .leftJoin(CASEWORKER).on(CASEWORKER.ID.eq(CASE_FILE.CASEWORKER_ID))
                .where(which)
                .fetch(r -> {
                    LocalDate last = latest(r.value10(), lastJournal.get(r.value1()), lastStep.get(r.value1()));
                    return new CaseSummary(r.value1(), r.value2(), r.value3(), r.value4(),
                            PersonNames.display(r.value5(), r.value6()), r.value11(), r.value7(),
                            TargetGroup.valueOf(r.value8()),
                            CaseStatus.valueOf(r.value9()), r.value10(), last);
                })
                .stream().sorted(Comparator.comparing(CaseSummary::openedOn).reversed()
                        .thenComparing(CaseSummary::number, Comparator.reverseOrder()))
                .toList();
    }

    /**
     * Joins one head per household case, also if a household was left with two (sync may bring
     * that about): the member with the lowest id among its heads.
     */
    static Condition theHead(de.lotse.persistence.jooq.tables.HouseholdMember head) {
        var heads = HOUSEHOLD_MEMBER.as("heads");
        return head.ID.eq(DSL.select(DSL.min(heads.ID)).from(heads).where(heads.HOUSEHOLD_ID.eq(CASE_FILE.HOUSEHOLD_ID))
                .and(heads.ROLE.eq("HEAD")).asField());
    }

    private static LocalDate latest(LocalDate first, LocalDate... others) {
        LocalDate latest = first;
        for (LocalDate other : others) {
            if (other != null && other.isAfter(latest)) {
                latest = other;
            }
        }
        return latest;
    }

    @Override
    public void append(JournalEntry entry) {
        store.writeAll(writer -> writer.insert(record(entry)));
    }

    @Override
    public List<JournalEntry> journal(UUID caseId) {
        return store.read(dsl -> dsl.selectFrom(JOURNAL_ENTRY).where(JOURNAL_ENTRY.CASE_ID.eq(caseId))
                .orderBy(JOURNAL_ENTRY.WRITTEN_AT, JOURNAL_ENTRY.ID).fetch(r -> new JournalEntry(r.getId(),
                        r.getCaseId(), r.getWrittenAt().toInstant(), r.getAuthor(), r.getText(), r.getCorrectsId(),
                        r.getConfidential())));
    }

    @Override
    public void save(Consent base, Consent edited) {
        store.writeAll(writer -> writer.save(base, edited, JooqCaseRegister::record));
    }

    @Override
    public void save(Benefit base, Benefit edited) {
        store.writeAll(writer -> writer.save(base, edited, JooqCaseRegister::record));
    }

    @Override
    public void save(Referral base, Referral edited) {
        store.writeAll(writer -> writer.save(base, edited, JooqCaseRegister::record));
    }

    @Override
    public void save(IntegrationStep base, IntegrationStep edited) {
        store.writeAll(writer -> writer.save(base, edited, JooqCaseRegister::record));
    }

    @Override
    public List<Consent> consents(UUID caseId) {
        return store.read(dsl -> dsl.selectFrom(CONSENT).where(CONSENT.CASE_ID.eq(caseId))
                .orderBy(CONSENT.GIVEN_ON, CONSENT.PURPOSE).fetch(r -> new Consent(r.getId(), r.getCaseId(),
                        r.getPurpose(), r.getGivenOn(), r.getWithdrawnOn())));
    }

    @Override
    public List<Benefit> benefits(UUID caseId) {
        return store.read(dsl -> dsl.selectFrom(BENEFIT).where(BENEFIT.CASE_ID.eq(caseId))
                .orderBy(BENEFIT.FROM_DATE.desc()).fetch(r -> new Benefit(r.getId(), r.getCaseId(),
                        BenefitKind.valueOf(r.getKind()), r.getFromDate(), r.getToDate(), r.getAmount())));
    }

    @Override
    public List<Referral> referrals(UUID caseId) {
        return store.read(dsl -> dsl.selectFrom(REFERRAL).where(REFERRAL.CASE_ID.eq(caseId))
                .orderBy(REFERRAL.REFERRED_ON.desc()).fetch(r -> new Referral(r.getId(), r.getCaseId(),
                        r.getOrganisationId(), r.getSubject(), ReferralStatus.valueOf(r.getStatus()),
                        r.getReferredOn())));
    }

    @Override
    public List<IntegrationStep> steps(UUID caseId) {
        return store.read(dsl -> dsl.selectFrom(INTEGRATION_STEP).where(INTEGRATION_STEP.CASE_ID.eq(caseId))
                .fetch(JooqCaseRegister::step)).stream().sorted(IntegrationStep.PLAN_ORDER).toList();
    }

    static IntegrationStep step(IntegrationStepRecord r) {
        return new IntegrationStep(r.getId(), r.getCaseId(), r.getTitle(), StepCategory.valueOf(r.getCategory()),
                StepPriority.valueOf(r.getPriority()), StepStatus.valueOf(r.getStatus()), r.getDueOn(),
                r.getOrganisationId(), r.getOutcome(), r.getLastChange(), r.getChangedBy());
    }

    static CaseFile caseFile(CaseFileRecord r) {
        return new CaseFile(r.getId(), r.getNumber(), r.getPersonId(), r.getHouseholdId(), r.getCaseworkerId(),
                TargetGroup.valueOf(r.getTargetGroup()), CaseStatus.valueOf(r.getStatus()), r.getCloseReason(),
                r.getOpenedOn(), r.getClosedOn());
    }

    private static CaseFileRecord record(CaseFile c) {
        return new CaseFileRecord(c.id(), c.number(), c.personId(), c.householdId(), c.caseworkerId(),
                c.targetGroup().name(), c.status().name(), c.closeReason(), c.openedOn(), c.closedOn());
    }

    private static IntegrationStepRecord record(IntegrationStep s) {
        return new IntegrationStepRecord(s.id(), s.caseId(), s.title(), s.category().name(), s.priority().name(),
                s.status().name(), s.dueOn(), s.organisationId(), s.outcome(), s.lastChange(), s.changedBy());
    }

    private static JournalEntryRecord record(JournalEntry e) {
        return new JournalEntryRecord(e.id(), e.caseId(), e.writtenAt().atOffset(ZoneOffset.UTC), e.author(), e.text(),
                e.correctsId(), e.confidential());
    }

    private static ConsentRecord record(Consent c) {
        return new ConsentRecord(c.id(), c.caseId(), c.purpose(), c.givenOn(), c.withdrawnOn());
    }

    private static BenefitRecord record(Benefit b) {
        return new BenefitRecord(b.id(), b.caseId(), b.kind().name(), b.from(), b.to(), b.amount());
    }

    private static ReferralRecord record(Referral r) {
        return new ReferralRecord(r.id(), r.caseId(), r.organisationId(), r.subject(), r.status().name(),
                r.referredOn());
    }
}
