package de.lotse.core.cases;

import static de.lotse.core.validation.Checks.blankToNull;
import static de.lotse.core.validation.Checks.invalid;
import static de.lotse.core.validation.Checks.required;
import static de.lotse.core.validation.Checks.saved;

import de.lotse.core.account.Access;
import de.lotse.core.account.Permission;
import de.lotse.core.account.User;
import de.lotse.core.clock.OfficeTime;
import de.lotse.core.directory.Caseworker;
import de.lotse.core.directory.Directory;
import de.lotse.core.directory.PlanTemplate;
import de.lotse.core.id.Ids;
import de.lotse.core.validation.Checks;
import de.lotse.core.validation.FieldProblem;
import de.lotse.core.validation.Validated;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Case management's rules in one place: opening a case under a number no other device gives
 * out, the status workflow, the append-only journal, and the checks before consents, benefits,
 * referrals and steps are saved. Errors a person can cause come back as values.
 */
public final class CaseService {

    private static final int MAX_JOURNAL = 10_000;
    private static final Set<String> SOUTH_EAST_EUROPE = Set.of("RO", "BG");

    private final CaseRegister cases;
    private final Directory directory;
    private final Ids ids;
    private final Clock clock;
    private final Supplier<String> deviceCode;
    private final Supplier<Access> access;

    /**
     * {@code directory} gives the templates and organisations a new case's plan is made from;
     * {@code access}: who works now, every call is checked against their roles.
     */
    public CaseService(CaseRegister cases, Directory directory, Ids ids, Clock clock, Supplier<String> deviceCode,
            Supplier<Access> access) {
        this.access = access;
        this.cases = cases;
        this.directory = directory;
        this.ids = ids;
        this.clock = clock;
        this.deviceCode = deviceCode;
    }

    public LocalDate today() {
        return OfficeTime.today(clock);
    }

    public UUID newId() {
        return ids.next();
    }

    /**
     * Opens a case for a person or a household ({@code personId} or {@code householdId}), with the
     * template's steps as its first plan (none when {@code templateId} is null). It needs a target
     * group, and a responsible caseworker while the office has any; a caseworker or template that
     * is gone is refused. Nothing is stored when a problem is found.
     */
    public Validated<CaseFile> open(UUID personId, UUID householdId, UUID caseworkerId, TargetGroup group,
            UUID templateId) {
        access.get().require(Permission.CASES_WRITE);
        if (personId != null && householdId != null) {
            throw new IllegalArgumentException("a case is for a person or for a household, not both");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Checks.present(personId == null ? "household" : "person", personId == null ? householdId : personId,
                problems);
        Checks.present("targetGroup", group, problems);
        List<Caseworker> caseworkers = directory.caseworkers();
        if (caseworkerId == null && !caseworkers.isEmpty()) {
            problems.add(FieldProblem.of("caseworker", "required"));
        } else if (caseworkerId != null && caseworkers.stream().noneMatch(c -> c.id().equals(caseworkerId))) {
            problems.add(FieldProblem.of("caseworker", "caseworkerGone"));
        }
        Optional<PlanTemplate> template = templateId == null ? Optional.empty()
                : directory.templates().stream().filter(t -> t.id().equals(templateId)).findFirst();
        if (templateId != null && template.isEmpty()) {
            problems.add(FieldProblem.of("template", "templateGone"));
        }
        if (!problems.isEmpty()) {
            return new Validated.Invalid<>(problems);
        }
        UUID id = ids.next();
        LocalDate today = today();
        String author = access.get().user().map(User::userName).orElse(null);
        List<IntegrationStep> plan = template
                .map(chosen -> Plans.fromTemplate(chosen, id, today, directory.organisations(), ids::next))
                .orElse(List.<IntegrationStep>of()).stream().map(step -> step.changed(today, author)).toList();
        return new Validated.Valid<>(cases.open(
                new CaseRegister.NewCase(id, personId, householdId, caseworkerId, group, today), deviceCode.get(),
                plan));
    }

    /** The target group a new case of a person of these nationalities most likely has. */
    public static TargetGroup suggestedGroup(List<String> nationalities) {
        if (nationalities.contains("UA")) {
            return TargetGroup.UKRAINE; // counted under § 24
        }
        if (nationalities.stream().anyMatch(SOUTH_EAST_EUROPE::contains)) {
            return TargetGroup.SOUTH_EAST_EUROPE;
        }
        return TargetGroup.REFUGEES;
    }

    /**
     * The template that fits the target group and the household: § 24 for Ukraine, the EU template
     * for South-East Europe, the family template for a household with children, else the one for
     * a newly arrived adult. Templates are the office's own data: one renamed is simply not found.
     */
    public static Optional<PlanTemplate> suggestedTemplate(List<PlanTemplate> templates, TargetGroup group,
            boolean householdWithChildren) {
        Predicate<PlanTemplate> fits;
        if (group == TargetGroup.UKRAINE) {
            fits = named("§ 24");
        } else if (group == TargetGroup.SOUTH_EAST_EUROPE) {
            fits = named("EU-Zuwanderung");
        } else if (householdWithChildren) {
            fits = template -> template.name().startsWith("Familie");
        } else {
            fits = named("Neu angekommene erwachsene Person");
        }
        return templates.stream().filter(fits).findFirst();
    }

    private static Predicate<PlanTemplate> named(String part) {
        return template -> template.name().contains(part);
    }

    public Optional<CaseFile> find(UUID caseId) {
        access.get().require(Permission.CASES_READ);
        return cases.find(caseId);
    }

    public List<CaseSummary> casesOf(UUID personId) {
        access.get().require(Permission.CASES_READ);
        return cases.casesOf(personId);
    }

    public List<CaseSummary> listAll() {
        access.get().require(Permission.CASES_READ);
        return cases.listAll();
    }

    /** One case as a case list shows it; empty when there is none. */
    public Optional<CaseSummary> summary(UUID caseId) {
        access.get().require(Permission.CASES_READ);
        return cases.summary(caseId);
    }

    /** Moves a case to another status; closing needs a reason, and only the workflow's moves are allowed. */
    public Validated<CaseFile> changeStatus(UUID caseId, CaseStatus next, String reason) {
        access.get().require(Permission.CASES_WRITE);
        CaseFile current = cases.find(caseId).orElseThrow(() -> new IllegalArgumentException("no case " + caseId));
        if (!current.status().next().contains(next)) {
            return invalid("status", "statusMove");
        }
        String why = blankToNull(reason);
        if (next == CaseStatus.CLOSED && why == null) {
            return invalid("closeReason", "required");
        }
        if (why != null && why.length() > 500) {
            return invalid("closeReason", "tooLong", 500);
        }
        boolean closed = next == CaseStatus.CLOSED;
        CaseFile changed = new CaseFile(current.id(), current.number(), current.personId(), current.householdId(),
                current.caseworkerId(), current.targetGroup(), next, closed ? why : null, current.openedOn(),
                closed ? today() : null);
        cases.update(current, changed);
        return new Validated.Valid<>(changed);
    }

    /**
     * Gives a case to another caseworker (none: null); only that field is written, so a target
     * group another device changed meanwhile stays.
     */
    public CaseFile assignCaseworker(UUID caseId, UUID caseworkerId) {
        access.get().require(Permission.CASES_WRITE);
        return change(caseId, current -> new CaseFile(current.id(), current.number(), current.personId(),
                current.householdId(), caseworkerId, current.targetGroup(), current.status(), current.closeReason(),
                current.openedOn(), current.closedOn()));
    }

    /** Counts a case for another target group; only that field is written. */
    public CaseFile assignTargetGroup(UUID caseId, TargetGroup group) {
        access.get().require(Permission.CASES_WRITE);
        return change(caseId, current -> new CaseFile(current.id(), current.number(), current.personId(),
                current.householdId(), current.caseworkerId(), Objects.requireNonNull(group, "group"),
                current.status(), current.closeReason(), current.openedOn(), current.closedOn()));
    }

    /** The stored case with one change applied, written over the case as read (its other fields stay). */
    private CaseFile change(UUID caseId, UnaryOperator<CaseFile> change) {
        CaseFile current = cases.find(caseId).orElseThrow(() -> new IllegalArgumentException("no case " + caseId));
        CaseFile changed = change.apply(current);
        cases.update(current, changed);
        return changed;
    }

    /**
     * The case's journal, oldest first. Confidential entries are left out for whoever may not read
     * them: every user but the case's responsible caseworker and the head of office.
     */
    public List<JournalEntry> journal(UUID caseId) {
        Access now = access.get();
        now.require(Permission.JOURNAL_READ);
        List<JournalEntry> all = cases.journal(caseId);
        if (all.stream().noneMatch(JournalEntry::confidential)) {
            return all;
        }
        UUID responsible = cases.find(caseId).map(CaseFile::caseworkerId).orElse(null);
        return now.mayReadConfidential(responsible) ? all
                : all.stream().filter(entry -> !entry.confidential()).toList();
    }

    /** Appends an entry that is not confidential ({@link #write(UUID, String, String, UUID, boolean)}). */
    public Validated<JournalEntry> write(UUID caseId, String author, String text, UUID corrects) {
        return write(caseId, author, text, corrects, false);
    }

    /**
     * Appends an entry; {@code corrects} names the entry it corrects, or is null; a
     * {@code confidential} one is read only by the responsible caseworker and the head of office.
     * The logged-in user signs it with their name; {@code author} signs only what no user writes
     * (an import).
     */
    public Validated<JournalEntry> write(UUID caseId, String author, String text, UUID corrects,
            boolean confidential) {
        Access now = access.get();
        now.require(Permission.JOURNAL_WRITE);
        String signed = now.user().map(user -> user.displayName()).filter(name -> name != null && !name.isBlank())
                .orElse(author);
        String body = blankToNull(text);
        if (body == null) {
            return invalid("journalText", "required");
        }
        if (body.length() > MAX_JOURNAL) {
            return invalid("journalText", "tooLong", MAX_JOURNAL);
        }
        // the correction of a confidential entry says what it says: it is as confidential
        boolean hidden = confidential || corrects != null && cases.journal(caseId).stream()
                .anyMatch(entry -> entry.id().equals(corrects) && entry.confidential());
        JournalEntry entry = new JournalEntry(ids.next(), caseId, clock.instant(),
                signed == null || signed.isBlank() ? "?" : signed.strip(), body, corrects, hidden);
        cases.append(entry);
        return new Validated.Valid<>(entry);
    }

    public List<Consent> consents(UUID caseId) {
        access.get().require(Permission.CONSENTS_READ);
        return cases.consents(caseId);
    }

    /**
     * Saves a consent when it is good: a new one ({@code base} null), or of a stored one the fields
     * in which {@code consent} differs from {@code base}, the consent as the form showed it.
     */
    public Validated<Consent> save(Consent base, Consent consent) {
        access.get().require(Permission.CONSENTS_WRITE);
        List<FieldProblem> problems = new ArrayList<>();
        required("purpose", consent.purpose(), problems);
        if (consent.givenOn() == null) {
            problems.add(FieldProblem.of("givenOn", "required"));
        } else if (consent.withdrawnOn() != null && consent.withdrawnOn().isBefore(consent.givenOn())) {
            problems.add(FieldProblem.of("withdrawnOn", "beforeStart"));
        }
        return saved(problems, consent, () -> cases.save(base, consent));
    }

    public List<Benefit> benefits(UUID caseId) {
        access.get().require(Permission.BENEFITS_READ);
        return cases.benefits(caseId);
    }

    /** Saves a benefit when it is good, as {@link #save(Consent, Consent)}. */
    public Validated<Benefit> save(Benefit base, Benefit benefit) {
        access.get().require(Permission.BENEFITS_WRITE);
        List<FieldProblem> problems = new ArrayList<>();
        if (benefit.kind() == null) {
            problems.add(FieldProblem.of("benefitKind", "required"));
        }
        if (benefit.from() == null) {
            problems.add(FieldProblem.of("from", "required"));
        } else if (benefit.to() != null && benefit.to().isBefore(benefit.from())) {
            problems.add(FieldProblem.of("to", "beforeStart"));
        }
        if (benefit.amount() != null && (benefit.amount().signum() < 0
                || benefit.amount().compareTo(new BigDecimal("99999999.99")) > 0 || benefit.amount().scale() > 2)) {
            problems.add(FieldProblem.of("amount", "amount"));
        }
        return saved(problems, benefit, () -> cases.save(base, benefit));
    }

    public List<Referral> referrals(UUID caseId) {
        access.get().require(Permission.REFERRALS_READ);
        return cases.referrals(caseId);
    }

    /** Saves a referral when it is good, as {@link #save(Consent, Consent)}. */
    public Validated<Referral> save(Referral base, Referral referral) {
        access.get().require(Permission.REFERRALS_WRITE);
        List<FieldProblem> problems = new ArrayList<>();
        if (referral.organisationId() == null) {
            problems.add(FieldProblem.of("organisation", "required"));
        }
        required("subject", referral.subject(), problems);
        if (referral.referredOn() == null) {
            problems.add(FieldProblem.of("referredOn", "required"));
        }
        return saved(problems, referral, () -> cases.save(base, referral));
    }

    public List<IntegrationStep> steps(UUID caseId) {
        access.get().require(Permission.STEPS_READ);
        return cases.steps(caseId);
    }

    /**
     * Saves a step when it is good, as {@link #save(Consent, Consent)}, marking today as its last
     * change and the logged-in user as who made it.
     */
    public Validated<IntegrationStep> save(IntegrationStep base, IntegrationStep step) {
        Access now = access.get();
        now.require(Permission.STEPS_WRITE);
        List<FieldProblem> problems = new ArrayList<>();
        required("title", step.title(), problems);
        if (step.outcome() != null && step.outcome().length() > 1000) {
            problems.add(FieldProblem.of("outcome", "tooLong", 1000));
        }
        if (!problems.isEmpty()) {
            return new Validated.Invalid<>(problems);
        }
        // the base cleaned alike, so that a field the form left alone is equal in both
        IntegrationStep shown = base == null ? null : cleaned(base).changed(base.lastChange(), base.changedBy());
        IntegrationStep touched = cleaned(step).changed(today(), now.user().map(User::userName)
                .orElse(step.changedBy()));
        return saved(problems, touched, () -> cases.save(shown, touched));
    }

    private static IntegrationStep cleaned(IntegrationStep step) {
        return new IntegrationStep(step.id(), step.caseId(), step.title().strip(), step.category(), step.priority(),
                step.status(), step.dueOn(), step.organisationId(), blankToNull(step.outcome()), step.lastChange(),
                step.changedBy());
    }

}
