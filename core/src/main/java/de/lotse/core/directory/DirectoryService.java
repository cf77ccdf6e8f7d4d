package de.lotse.core.directory;

import static de.lotse.core.validation.Checks.blankToNull;
import static de.lotse.core.validation.Checks.required;

import de.lotse.core.account.Access;
import de.lotse.core.account.Permission;
import de.lotse.core.id.Ids;
import de.lotse.core.person.Address;
import de.lotse.core.validation.Checks;
import de.lotse.core.validation.ContactRules;
import de.lotse.core.validation.FieldProblem;
import de.lotse.core.validation.Validated;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The office's reference data with its rules: organisations and their contacts, caseworkers and
 * plan templates, each checked before it is saved and stored trimmed, empty texts as none. A save
 * takes the record as the form showed it (its base; null for a new record) besides the edited one
 * and stores only the fields that differ between the two, both cleaned alike.
 */
public final class DirectoryService {

    private static final int MAX_CITY = 100;
    private static final int MAX_DESCRIPTION = 1000;
    private static final int MAX_DUE_DAYS = 3650;

    private final Directory directory;
    private final Ids ids;

    private final Supplier<Access> access;

    /** {@code access}: who works now; every call is checked against their roles. */
    public DirectoryService(Directory directory, Ids ids, Supplier<Access> access) {
        this.access = access;
        this.directory = directory;
        this.ids = ids;
    }

    /** An id for a new record of the directory. */
    public UUID newId() {
        return ids.next();
    }

    public List<Organisation> organisations() {
        access.get().require(Permission.DIRECTORY_READ);
        return directory.organisations();
    }

    public List<OrganisationContact> contacts(UUID organisationId) {
        access.get().require(Permission.DIRECTORY_READ);
        return directory.contacts(organisationId);
    }

    /** Saves an organisation with its topics. Needs a name; postal code, phone and e-mail, when given, must be valid. */
    public Validated<Organisation> save(Organisation base, Organisation organisation) {
        access.get().require(Permission.ORGANISATIONS_WRITE);
        List<FieldProblem> problems = new ArrayList<>();
        required("name", organisation.name(), problems);
        Address address = organisation.address();
        ContactRules.maxLength("street", address.street(), Checks.MAX_TEXT, problems);
        ContactRules.postalCode("postalCode", address.postalCode(), problems);
        ContactRules.maxLength("city", address.city(), MAX_CITY, problems);
        ContactRules.phone("phone", organisation.phone(), problems);
        ContactRules.email("email", organisation.email(), problems);
        ContactRules.maxLength("email", organisation.email(), Checks.MAX_TEXT, problems);
        return saved(problems, base, organisation, DirectoryService::clean, directory::save);
    }

    private static Organisation clean(Organisation organisation) {
        Address address = organisation.address();
        return new Organisation(organisation.id(), organisation.name().strip(), organisation.kind(),
                organisation.topics(), new Address(blankToNull(address.street()), blankToNull(address.postalCode()),
                        blankToNull(address.city())), blankToNull(organisation.phone()),
                blankToNull(organisation.email()));
    }

    /** Saves a contact of an organisation: a name is needed, phone and e-mail must be valid when given. */
    public Validated<OrganisationContact> save(OrganisationContact base, OrganisationContact contact) {
        access.get().require(Permission.ORGANISATIONS_WRITE);
        List<FieldProblem> problems = new ArrayList<>();
        Checks.present("organisation", contact.organisationId(), problems);
        required("name", contact.name(), problems);
        ContactRules.maxLength("role", contact.role(), Checks.MAX_TEXT, problems);
        ContactRules.phone("phone", contact.phone(), problems);
        ContactRules.email("email", contact.email(), problems);
        ContactRules.maxLength("email", contact.email(), Checks.MAX_TEXT, problems);
        return saved(problems, base, contact, DirectoryService::clean, directory::save);
    }

    private static OrganisationContact clean(OrganisationContact contact) {
        return new OrganisationContact(contact.id(), contact.organisationId(), contact.name().strip(),
                blankToNull(contact.role()), blankToNull(contact.phone()), blankToNull(contact.email()));
    }

    public List<Caseworker> caseworkers() {
        access.get().require(Permission.DIRECTORY_READ);
        return directory.caseworkers();
    }

    /** Adds or renames a caseworker: a name is needed, stored trimmed. */
    public Validated<Caseworker> save(Caseworker base, Caseworker caseworker) {
        access.get().require(Permission.CASEWORKERS_MANAGE);
        List<FieldProblem> problems = new ArrayList<>();
        required("name", caseworker.name(), problems);
        return saved(problems, base, caseworker, DirectoryService::clean, directory::save);
    }

    private static Caseworker clean(Caseworker caseworker) {
        return new Caseworker(caseworker.id(), caseworker.name().strip());
    }

    public List<PlanTemplate> templates() {
        access.get().require(Permission.DIRECTORY_READ);
        return directory.templates();
    }

    /**
     * Saves a template and its steps; the plans of cases opened from it stay as they are.
     * It needs a name no other template has and at least one step. A step's problems name it by
     * position: {@code steps.0.title} is the first step's title.
     */
    public Validated<PlanTemplate> save(PlanTemplate base, PlanTemplate template) {
        access.get().require(Permission.TEMPLATES_MANAGE);
        List<FieldProblem> problems = new ArrayList<>();
        required("name", template.name(), problems);
        if (problems.isEmpty() && directory.templates().stream().anyMatch(other -> !other.id().equals(template.id())
                && other.name().strip().equalsIgnoreCase(template.name().strip()))) {
            problems.add(FieldProblem.of("name", "duplicateName"));
        }
        ContactRules.maxLength("description", template.description(), MAX_DESCRIPTION, problems);
        if (template.steps().isEmpty()) {
            problems.add(FieldProblem.of("steps", "noSteps"));
        }
        for (int position = 0; position < template.steps().size(); position++) {
            PlanTemplate.Step step = template.steps().get(position);
            String prefix = "steps." + position + ".";
            required(prefix + "title", step.title(), problems);
            if (step.dueAfterDays() != null && (step.dueAfterDays() < 0 || step.dueAfterDays() > MAX_DUE_DAYS)) {
                problems.add(FieldProblem.of(prefix + "dueAfterDays", "range", 0, MAX_DUE_DAYS));
            }
        }
        return saved(problems, base, template, DirectoryService::clean, directory::save);
    }

    private static PlanTemplate clean(PlanTemplate template) {
        return new PlanTemplate(template.id(), template.name().strip(), blankToNull(template.description()),
                template.steps().stream().map(step -> new PlanTemplate.Step(step.title().strip(), step.category(),
                        step.priority(), step.dueAfterDays(), step.organisationKind())).toList());
    }

    /**
     * Saves {@code edited} when there are no problems, with {@code base} (what the form showed)
     * cleaned alike, so that a field left alone compares equal and is not written.
     */
    private static <T> Validated<T> saved(List<FieldProblem> problems, T base, T edited, UnaryOperator<T> clean,
            BiConsumer<T, T> save) {
        return Checks.saved(problems, () -> clean.apply(edited),
                stored -> save.accept(base == null ? null : clean.apply(base), stored));
    }

    /** Stores the shipped plan templates when there are none yet, so that a new office can start plans. */
    public void shipTemplatesIfNone() {
        // the installation's own act at its start, whoever logs in: no check of roles
        if (!directory.hasTemplates()) {
            directory.addAll(List.of(), List.of(), List.of(), PlanTemplates.shipped());
        }
    }
}
