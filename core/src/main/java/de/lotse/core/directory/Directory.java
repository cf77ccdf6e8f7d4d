package de.lotse.core.directory;

import java.util.List;
import java.util.UUID;

/** Port to the office's reference data: organisations and their contacts, caseworkers, plan templates. */
public interface Directory {

    /** Every organisation, by name. */
    List<Organisation> organisations();

    void save(Organisation organisation);

    List<OrganisationContact> contacts(UUID organisationId);

    void save(OrganisationContact contact);

    /** Every caseworker, by name. */
    List<Caseworker> caseworkers();

    void save(Caseworker caseworker);

    /** Whether any plan template is stored (a cheap check at start-up). */
    boolean hasTemplates();

    /** Every plan template with its steps, by name. */
    List<PlanTemplate> templates();

    /** Stores a template and replaces its steps. */
    void save(PlanTemplate template);

    /** Stores organisations, caseworkers and templates in one transaction (first start, demo data). */
    void addAll(List<Organisation> organisations, List<OrganisationContact> contacts, List<Caseworker> caseworkers,
            List<PlanTemplate> templates);
}
