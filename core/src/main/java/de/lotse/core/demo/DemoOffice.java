package de.lotse.core.demo;

import de.lotse.core.directory.Caseworker;
import de.lotse.core.directory.Organisation;
import de.lotse.core.directory.OrganisationContact;
import de.lotse.core.directory.PlanTemplate;
import java.util.List;

/** An office's reference data for demo purposes: its partner organisations, caseworkers and plan templates. */
public record DemoOffice(List<Organisation> organisations, List<OrganisationContact> contacts,
        List<Caseworker> caseworkers, List<PlanTemplate> templates) {

    public DemoOffice {
        organisations = List.copyOf(organisations);
        contacts = List.copyOf(contacts);
        caseworkers = List.copyOf(caseworkers);
        templates = List.copyOf(templates);
    }
}
