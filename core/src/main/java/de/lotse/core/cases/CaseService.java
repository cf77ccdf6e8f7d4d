package de.lotse.core.cases;

import de.lotse.core.id.Ids;
import de.lotse.core.person.Address;
import de.lotse.core.validation.ContactRules;
import de.lotse.core.validation.FieldProblem;
import de.lotse.core.validation.Validated;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Case management's rules in one place: opening a case under a number no other device gives
 * out, the status workflow, the append-only journal, and the checks before consents, benefits,
 * referrals, steps and appointments are saved. Errors a person can cause come back as values.
 */
public final class CaseService {

    /** The time zone the office keeps appointments in. */
    public static final ZoneId OFFICE_ZONE = ZoneId.of("Europe/Berlin");

    private static final int MAX_TEXT = 200;
    private static final int MAX_JOURNAL = 10_000;
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final int MAX_CITY = 100;
    private static final int MAX_DESCRIPTION = 1000;
    private static final int MAX_DUE_DAYS = 3650;

    private final CaseRegister cases;
    private final Directory directory;
    private final Agenda agenda;
    private final Ids ids;
    private final Clock clock;
    private final Supplier<String> deviceCode;

    public CaseService(CaseRegister cases, Directory directory, Agenda agenda, Ids ids, Clock clock,
            Supplier<String> deviceCode) {
        this.cases = cases;
        this.directory = directory;
        this.agenda = agenda;
        this.ids = ids;
        this.clock = clock;
        this.deviceCode = deviceCode;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(OFFICE_ZONE));
    }

    public UUID newId() {
        return ids.next();
    }

    /** Opens a case for a person or a household, with the template's steps as its first plan (none when null). */
    public CaseFile open(UUID personId, UUID householdId, UUID caseworkerId, TargetGroup group, UUID templateId) {
        UUID id = ids.next();
        LocalDate today = today();
        List<IntegrationStep> plan = templateId == null ? List.of()
                : directory.templates().stream().filter(template -> template.id().equals(templateId)).findFirst()
                        .map(template -> Plans.fromTemplate(template, id, today, directory.organisations(), ids::next))
                        .orElseThrow(() -> new IllegalArgumentException("no template " + templateId));
        return cases.open(new CaseRegister.NewCase(id, personId, householdId, caseworkerId, group, today),
                deviceCode.get(), plan);
    }

    public Optional<CaseFile> find(UUID caseId) {
        return cases.find(caseId);
    }

    public List<CaseSummary> casesOf(UUID personId) {
        return cases.casesOf(personId);
    }

    public List<CaseSummary> listAll() {
        return cases.listAll();
    }

    /** One case as a case list shows it; empty when there is none. */
    public Optional<CaseSummary> summary(UUID caseId) {
        return cases.summary(caseId);
    }

    /** Moves a case to another status; closing needs a reason, and only the workflow's moves are allowed. */
    public Validated<CaseFile> changeStatus(UUID caseId, CaseStatus next, String reason) {
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
        cases.update(changed);
        return new Validated.Valid<>(changed);
    }

    /** Gives a case to another caseworker or target group. */
    public CaseFile assign(UUID caseId, UUID caseworkerId, TargetGroup group) {
        CaseFile current = cases.find(caseId).orElseThrow(() -> new IllegalArgumentException("no case " + caseId));
        CaseFile changed = new CaseFile(current.id(), current.number(), current.personId(), current.householdId(),
                caseworkerId, group, current.status(), current.closeReason(), current.openedOn(), current.closedOn());
        cases.update(changed);
        return changed;
    }

    public List<JournalEntry> journal(UUID caseId) {
        return cases.journal(caseId);
    }

    /** Appends an entry; {@code corrects} names the entry it corrects, or is null. */
    public Validated<JournalEntry> write(UUID caseId, String author, String text, UUID corrects) {
        String body = blankToNull(text);
        if (body == null) {
            return invalid("journalText", "required");
        }
        if (body.length() > MAX_JOURNAL) {
            return invalid("journalText", "tooLong", MAX_JOURNAL);
        }
        JournalEntry entry = new JournalEntry(ids.next(), caseId, clock.instant(),
                author == null || author.isBlank() ? "?" : author.strip(), body, corrects);
        cases.append(entry);
        return new Validated.Valid<>(entry);
    }

    public List<Consent> consents(UUID caseId) {
        return cases.consents(caseId);
    }

    public Validated<Consent> save(Consent consent) {
        List<FieldProblem> problems = new ArrayList<>();
        text("purpose", consent.purpose(), problems);
        if (consent.givenOn() == null) {
            problems.add(FieldProblem.of("givenOn", "required"));
        } else if (consent.withdrawnOn() != null && consent.withdrawnOn().isBefore(consent.givenOn())) {
            problems.add(FieldProblem.of("withdrawnOn", "beforeStart"));
        }
        return saved(problems, consent, () -> cases.save(consent));
    }

    public List<Benefit> benefits(UUID caseId) {
        return cases.benefits(caseId);
    }

    public Validated<Benefit> save(Benefit benefit) {
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
        return saved(problems, benefit, () -> cases.save(benefit));
    }

    public List<Referral> referrals(UUID caseId) {
        return cases.referrals(caseId);
    }

    public Validated<Referral> save(Referral referral) {
        List<FieldProblem> problems = new ArrayList<>();
        if (referral.organisationId() == null) {
            problems.add(FieldProblem.of("organisation", "required"));
        }
        text("subject", referral.subject(), problems);
        if (referral.referredOn() == null) {
            problems.add(FieldProblem.of("referredOn", "required"));
        }
        return saved(problems, referral, () -> cases.save(referral));
    }

    public List<IntegrationStep> steps(UUID caseId) {
        return cases.steps(caseId);
    }

    /** Saves a step, marking today as its last change. */
    public Validated<IntegrationStep> save(IntegrationStep step) {
        List<FieldProblem> problems = new ArrayList<>();
        text("title", step.title(), problems);
        if (step.outcome() != null && step.outcome().length() > 1000) {
            problems.add(FieldProblem.of("outcome", "tooLong", 1000));
        }
        IntegrationStep touched = new IntegrationStep(step.id(), step.caseId(), step.title().strip(), step.category(),
                step.priority(), step.status(), step.dueOn(), step.organisationId(), blankToNull(step.outcome()),
                today());
        return saved(problems, touched, () -> cases.save(touched));
    }

    public List<Organisation> organisations() {
        return directory.organisations();
    }

    public List<OrganisationContact> contacts(UUID organisationId) {
        return directory.contacts(organisationId);
    }

    /**
     * Saves an organisation with its topics. Needs a name; postal code, phone and e-mail, when
     * given, must be valid. Texts are stored trimmed, empty ones as none.
     */
    public Validated<Organisation> save(Organisation organisation) {
        List<FieldProblem> problems = new ArrayList<>();
        text("name", organisation.name(), problems);
        Address address = organisation.address();
        ContactRules.maxLength("street", address.street(), MAX_TEXT, problems);
        ContactRules.postalCode("postalCode", address.postalCode(), problems);
        ContactRules.maxLength("city", address.city(), MAX_CITY, problems);
        ContactRules.phone("phone", organisation.phone(), problems);
        ContactRules.email("email", organisation.email(), problems);
        ContactRules.maxLength("email", organisation.email(), MAX_TEXT, problems);
        Organisation clean = new Organisation(organisation.id(), organisation.name().strip(), organisation.kind(),
                organisation.topics(), new Address(blankToNull(address.street()), blankToNull(address.postalCode()),
                        blankToNull(address.city())), blankToNull(organisation.phone()),
                blankToNull(organisation.email()));
        return saved(problems, clean, () -> directory.save(clean));
    }

    /** Saves a contact of an organisation: a name is needed, phone and e-mail must be valid when given. */
    public Validated<OrganisationContact> save(OrganisationContact contact) {
        List<FieldProblem> problems = new ArrayList<>();
        if (contact.organisationId() == null) {
            problems.add(FieldProblem.of("organisation", "required"));
        }
        text("name", contact.name(), problems);
        ContactRules.maxLength("role", contact.role(), MAX_TEXT, problems);
        ContactRules.phone("phone", contact.phone(), problems);
        ContactRules.email("email", contact.email(), problems);
        ContactRules.maxLength("email", contact.email(), MAX_TEXT, problems);
        if (!problems.isEmpty()) {
            return new Validated.Invalid<>(problems);
        }
        OrganisationContact clean = new OrganisationContact(contact.id(), contact.organisationId(),
                contact.name().strip(), blankToNull(contact.role()), blankToNull(contact.phone()),
                blankToNull(contact.email()));
        directory.save(clean);
        return new Validated.Valid<>(clean);
    }

    public List<Caseworker> caseworkers() {
        return directory.caseworkers();
    }

    public List<PlanTemplate> templates() {
        return directory.templates();
    }

    /** Adds or renames a caseworker: a name is needed, stored trimmed. */
    public Validated<Caseworker> save(Caseworker caseworker) {
        List<FieldProblem> problems = new ArrayList<>();
        text("name", caseworker.name(), problems);
        if (!problems.isEmpty()) {
            return new Validated.Invalid<>(problems);
        }
        Caseworker clean = new Caseworker(caseworker.id(), caseworker.name().strip());
        directory.save(clean);
        return new Validated.Valid<>(clean);
    }

    /**
     * Saves a template and replaces its steps; the plans of cases opened from it stay as they are.
     * It needs a name no other template has and at least one step. A step's problems name it by
     * position: {@code steps.0.title} is the first step's title.
     */
    public Validated<PlanTemplate> save(PlanTemplate template) {
        List<FieldProblem> problems = new ArrayList<>();
        text("name", template.name(), problems);
        if (problems.isEmpty() && directory.templates().stream().anyMatch(other -> !other.id().equals(template.id())
                && other.name().strip().equalsIgnoreCase(template.name().strip()))) {
            problems.add(FieldProblem.of("name", "duplicateName"));
        }
        ContactRules.maxLength("description", template.description(), MAX_DESCRIPTION, problems);
        if (template.steps().isEmpty()) {
            problems.add(FieldProblem.of("steps", "noSteps"));
        }
        List<PlanTemplate.Step> steps = new ArrayList<>();
        for (int position = 0; position < template.steps().size(); position++) {
            PlanTemplate.Step step = template.steps().get(position);
            String prefix = "steps." + position + ".";
            text(prefix + "title", step.title(), problems);
            if (step.dueAfterDays() != null && (step.dueAfterDays() < 0 || step.dueAfterDays() > MAX_DUE_DAYS)) {
                problems.add(FieldProblem.of(prefix + "dueAfterDays", "range", 0, MAX_DUE_DAYS));
            }
            steps.add(new PlanTemplate.Step(step.title().strip(), step.category(), step.priority(),
                    step.dueAfterDays(), step.organisationKind()));
        }
        PlanTemplate clean = new PlanTemplate(template.id(), template.name().strip(),
                blankToNull(template.description()), steps);
        return saved(problems, clean, () -> directory.save(clean));
    }

    public List<Appointment> agenda(UUID caseworkerId, LocalDate from, LocalDate toExclusive) {
        return agenda.between(caseworkerId, from.atStartOfDay(), toExclusive.atStartOfDay());
    }

    public List<Appointment> appointmentsOf(UUID personId) {
        return agenda.ofPerson(personId);
    }

    public Validated<Appointment> save(Appointment appointment) {
        return saved(check(appointment), appointment, () -> agenda.save(appointment));
    }

    /** What keeps an appointment from being saved; empty when it is good. Reads nothing. */
    public List<FieldProblem> check(Appointment appointment) {
        List<FieldProblem> problems = new ArrayList<>();
        text("title", appointment.title(), problems);
        if (appointment.minutes() < 5 || appointment.minutes() > 720) {
            problems.add(FieldProblem.of("minutes", "range", 5, 720));
        }
        if (appointment.reminderMinutes() != null
                && (appointment.reminderMinutes() < 0 || appointment.reminderMinutes() > 10_080)) {
            problems.add(FieldProblem.of("reminder", "range", 0, 10_080));
        }
        optionalText("place", appointment.place(), problems);
        optionalText("withWhom", appointment.withWhom(), problems);
        if (appointment.interpreterLanguage() != null && !LANGUAGES.contains(appointment.interpreterLanguage())) {
            problems.add(FieldProblem.of("interpreterLanguage", "unknownLanguage", appointment.interpreterLanguage()));
        }
        return problems;
    }

    public boolean deleteAppointment(UUID id) {
        return agenda.delete(id);
    }

    private static void text(String field, String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(FieldProblem.of(field, "required"));
        } else if (value.strip().length() > MAX_TEXT) {
            problems.add(FieldProblem.of(field, "tooLong", MAX_TEXT));
        }
    }

    /** Optional free text fits its column. */
    private static void optionalText(String field, String value, List<FieldProblem> problems) {
        if (value != null && value.length() > MAX_TEXT) {
            problems.add(FieldProblem.of(field, "tooLong", MAX_TEXT));
        }
    }

    private static <T> Validated<T> saved(List<FieldProblem> problems, T value, Runnable save) {
        if (!problems.isEmpty()) {
            return new Validated.Invalid<>(problems);
        }
        save.run();
        return new Validated.Valid<>(value);
    }

    private static <T> Validated<T> invalid(String field, String code, Object... args) {
        return new Validated.Invalid<>(List.of(FieldProblem.of(field, code, args)));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
