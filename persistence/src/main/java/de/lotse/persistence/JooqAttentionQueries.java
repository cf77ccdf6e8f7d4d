package de.lotse.persistence;

import static de.lotse.persistence.jooq.Tables.APPOINTMENT;
import static de.lotse.persistence.jooq.Tables.CASE_FILE;
import static de.lotse.persistence.jooq.Tables.HOUSEHOLD_MEMBER;
import static de.lotse.persistence.jooq.Tables.INTEGRATION_STEP;
import static de.lotse.persistence.jooq.Tables.PERSON;
import static de.lotse.persistence.jooq.Tables.RESIDENCE_STATUS;

import de.lotse.core.cases.CaseStatus;
import de.lotse.core.cases.CaseSummary;
import de.lotse.core.cases.StepStatus;
import de.lotse.core.overview.Attention;
import de.lotse.core.overview.AttentionQueries;
import de.lotse.core.person.PersonNames;
import de.lotse.core.person.ResidenceKind;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The Start view's lists of what needs attention, read from H2 in one transaction. */
public final class JooqAttentionQueries implements AttentionQueries {

    private static final List<String> EXPIRING_KINDS = Arrays.stream(ResidenceKind.values())
            .filter(ResidenceKind::expires).map(Enum::name).toList();

    private final Store store;

    public JooqAttentionQueries(Store store) {
        this.store = store;
    }

    @Override
    public Attention attention(UUID caseworkerId, LocalDate today, int limit) {
        return store.read(dsl -> {
            Condition mine = caseworkerId == null ? DSL.trueCondition() : CASE_FILE.CASEWORKER_ID.eq(caseworkerId);
            Condition open = CASE_FILE.STATUS.ne(CaseStatus.CLOSED.name());
            var head = HOUSEHOLD_MEMBER.as("head");
            var subject = PERSON.as("subject");

            Condition overdueStep = mine.and(open)
                    .and(INTEGRATION_STEP.STATUS.in(StepStatus.OPEN.name(), StepStatus.IN_PROGRESS.name()))
                    .and(INTEGRATION_STEP.DUE_ON.lt(today));
            // counted without the names: joining them for every overdue step of a large office took most of the time
            int overdueTotal = dsl.fetchCount(dsl.selectOne().from(INTEGRATION_STEP).join(CASE_FILE)
                    .on(CASE_FILE.ID.eq(INTEGRATION_STEP.CASE_ID)).where(overdueStep));
            var overdue = dsl.select(subject.ID, CASE_FILE.ID, subject.FAMILY_NAME, subject.GIVEN_NAME,
                            INTEGRATION_STEP.TITLE, INTEGRATION_STEP.DUE_ON)
                    .from(INTEGRATION_STEP).join(CASE_FILE).on(CASE_FILE.ID.eq(INTEGRATION_STEP.CASE_ID))
                    .leftJoin(head).on(JooqCaseRegister.theHead(head))
                    .leftJoin(subject).on(subject.ID.eq(DSL.coalesce(CASE_FILE.PERSON_ID, head.PERSON_ID)))
                    .where(overdueStep);
            List<Attention.Line> overdueLines = overdue.orderBy(INTEGRATION_STEP.DUE_ON, INTEGRATION_STEP.ID)
                    .limit(limit).fetch(r -> new Attention.Line(r.value1(), r.value2(),
                            PersonNames.display(r.value3(), r.value4()), r.value5(), r.value6().atStartOfDay()));

            LocalDate weekEnd = today.with(TemporalAdjusters.next(java.time.DayOfWeek.MONDAY));
            Attention.Section todays = appointments(dsl, caseworkerId, today.atStartOfDay(),
                    today.plusDays(1).atStartOfDay(), limit);
            Attention.Section week = appointments(dsl, caseworkerId, today.plusDays(1).atStartOfDay(),
                    weekEnd.atStartOfDay(), limit);

            var later = RESIDENCE_STATUS.as("later");
            Condition ofMyCases = caseworkerId == null ? DSL.trueCondition()
                    : RESIDENCE_STATUS.PERSON_ID.in(DSL.select(CASE_FILE.PERSON_ID).from(CASE_FILE).where(mine).and(open))
                            .or(RESIDENCE_STATUS.PERSON_ID.in(DSL.select(HOUSEHOLD_MEMBER.PERSON_ID)
                                    .from(HOUSEHOLD_MEMBER).join(CASE_FILE)
                                    .on(CASE_FILE.HOUSEHOLD_ID.eq(HOUSEHOLD_MEMBER.HOUSEHOLD_ID)).where(mine).and(open)));
            var expiring = dsl.select(PERSON.ID, DSL.inline((UUID) null), PERSON.FAMILY_NAME, PERSON.GIVEN_NAME,
                            RESIDENCE_STATUS.KIND, RESIDENCE_STATUS.VALID_UNTIL)
                    .from(RESIDENCE_STATUS).join(PERSON).on(PERSON.ID.eq(RESIDENCE_STATUS.PERSON_ID))
                    .where(RESIDENCE_STATUS.VALID_UNTIL.le(today.plusWeeks(Attention.PERMIT_WEEKS)))
                    .and(RESIDENCE_STATUS.KIND.in(EXPIRING_KINDS))
                    .and(DSL.notExists(DSL.selectOne().from(later).where(later.PERSON_ID.eq(RESIDENCE_STATUS.PERSON_ID))
                            .and(DSL.row(JooqPersonRegister.startForOrder(later), later.ID)
                                    .gt(JooqPersonRegister.startForOrder(RESIDENCE_STATUS), RESIDENCE_STATUS.ID))))
                    .and(ofMyCases);
            int expiringTotal = dsl.fetchCount(expiring);
            List<Attention.Line> expiringLines = expiring.orderBy(RESIDENCE_STATUS.VALID_UNTIL, PERSON.ID).limit(limit)
                    .fetch(r -> new Attention.Line(r.value1(), null, PersonNames.display(r.value3(), r.value4()),
                            r.value5(), r.value6().atStartOfDay()));

            List<CaseSummary> inactive = JooqCaseRegister.summaries(dsl, DSL.and(mine, open)).stream()
                    .filter(summary -> summary.lastActivity().isBefore(today.minusDays(Attention.INACTIVE_DAYS)))
                    .sorted(Comparator.comparing(CaseSummary::lastActivity)).toList();
            List<Attention.Line> inactiveLines = inactive.stream().limit(limit).map(summary -> new Attention.Line(
                    summary.personId(), summary.id(), summary.subject(), summary.number(),
                    summary.lastActivity().atStartOfDay())).toList();

            // counted as the register less the persons some case covers (as its person or a member of its
            // household): far fewer than the register, so this beats asking that of every person
            var covered = DSL.select(CASE_FILE.PERSON_ID).from(CASE_FILE).where(CASE_FILE.PERSON_ID.isNotNull())
                    .union(DSL.select(HOUSEHOLD_MEMBER.PERSON_ID).from(HOUSEHOLD_MEMBER).join(CASE_FILE)
                            .on(CASE_FILE.HOUSEHOLD_ID.eq(HOUSEHOLD_MEMBER.HOUSEHOLD_ID)));
            int withoutTotal = dsl.fetchCount(PERSON) - dsl.fetchCount(covered);
            // the newest arrivals come first from their index, so the lines ask only a few persons
            var withoutCase = dsl.select(PERSON.ID, PERSON.FAMILY_NAME, PERSON.GIVEN_NAME, PERSON.ARRIVAL_IN_TOWN)
                    .from(PERSON)
                    .where(DSL.notExists(DSL.selectOne().from(CASE_FILE).where(CASE_FILE.PERSON_ID.eq(PERSON.ID))))
                    .and(DSL.notExists(DSL.selectOne().from(HOUSEHOLD_MEMBER).join(CASE_FILE)
                            .on(CASE_FILE.HOUSEHOLD_ID.eq(HOUSEHOLD_MEMBER.HOUSEHOLD_ID))
                            .where(HOUSEHOLD_MEMBER.PERSON_ID.eq(PERSON.ID))));
            List<Attention.Line> withoutLines = withoutCase
                    .orderBy(PERSON.ARRIVAL_IN_TOWN.desc().nullsLast(), PERSON.ID).limit(limit)
                    .fetch(r -> new Attention.Line(r.value1(), null, PersonNames.display(r.value2(), r.value3()), "",
                            r.value4() == null ? null : r.value4().atStartOfDay()));

            return new Attention(new Attention.Section(overdueLines, overdueTotal), todays, week,
                    new Attention.Section(expiringLines, expiringTotal),
                    new Attention.Section(inactiveLines, inactive.size()),
                    new Attention.Section(withoutLines, withoutTotal));
        });
    }

    private static Attention.Section appointments(DSLContext dsl, UUID caseworkerId, LocalDateTime from,
            LocalDateTime to, int limit) {
        Condition when = APPOINTMENT.STARTS_AT.ge(from).and(APPOINTMENT.STARTS_AT.lt(to))
                .and(caseworkerId == null ? DSL.trueCondition() : APPOINTMENT.CASEWORKER_ID.eq(caseworkerId));
        List<Attention.Line> lines = dsl.select(APPOINTMENT.PERSON_ID, APPOINTMENT.CASE_ID, PERSON.FAMILY_NAME,
                        PERSON.GIVEN_NAME, APPOINTMENT.TITLE, APPOINTMENT.STARTS_AT)
                .from(APPOINTMENT).leftJoin(PERSON).on(PERSON.ID.eq(APPOINTMENT.PERSON_ID))
                .where(when).orderBy(APPOINTMENT.STARTS_AT, APPOINTMENT.ID).limit(limit)
                .fetch(r -> new Attention.Line(r.value1(), r.value2(),
                        r.value3() == null ? "" : PersonNames.display(r.value3(), r.value4()), r.value5(), r.value6()));
        return new Attention.Section(lines, dsl.fetchCount(APPOINTMENT, when));
    }
}
