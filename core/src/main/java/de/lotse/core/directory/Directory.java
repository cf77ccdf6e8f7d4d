package de.lotse.core.directory;

import java.util.List;
import java.util.UUID;

/** Port to the office's reference data: organisations and their contacts, caseworkers, plan templates. */
public interface Directory {

    /** Every organisation, by name. */
    List<Organisation> organisations();

    /**
     * Stores a new organisation ({@code base} null), or the fields of a stored one in which
     * {@code edited} differs from {@code base}, the organisation as the form showed it: a field
     * that another device changed meanwhile and the person left alone keeps its value. The same
     * for contacts, caseworkers and templates.
     */
    void save(Organisation base, Organisation edited);

    List<OrganisationContact> contacts(UUID organisationId);

    void save(OrganisationContact base, OrganisationContact edited);

    /** Every caseworker, by name. */
    List<Caseworker> caseworkers();

    void save(Caseworker base, Caseworker edited);

    /** Whether any plan template is stored (a cheap check at start-up). */
    boolean hasTemplates();

    /** Every plan template with its steps, by name. */
    List<PlanTemplate> templates();

    /** Stores a template as {@link #save(Organisation, Organisation)}; its steps are replaced when they changed. */
    void save(PlanTemplate base, PlanTemplate edited);

    /** Stores organisations, caseworkers and templates in one transaction (first start, demo data). */
    void addAll(List<Organisation> organisations, List<OrganisationContact> contacts, List<Caseworker> caseworkers,
            List<PlanTemplate> templates);
}
