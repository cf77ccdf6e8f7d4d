package de.lotse.app.feature.cases;

import de.lotse.app.AppContext;
import de.lotse.core.cases.CaseFile;
import de.lotse.core.cases.TargetGroup;
import de.lotse.core.directory.Caseworker;
import de.lotse.core.directory.PlanTemplate;
import de.lotse.core.person.Address;
import de.lotse.core.person.Contact;
import de.lotse.core.person.PartialDate;
import de.lotse.core.person.PersonDraft;
import de.lotse.core.person.Sex;
import de.lotse.core.validation.Validated;
import java.util.List;
import java.util.UUID;

/** Hand-made persons and cases on top of the demo office (organisations, caseworkers, templates). */
final class CaseFixture {

    private final AppContext context;

    CaseFixture(AppContext context) {
        this.context = context;
    }

    UUID person(String family, String given, String... nationalities) {
        var result = context.people().add(new PersonDraft(family, given, PartialDate.ofYear(1985), Sex.FEMALE,
                List.of(nationalities), new Contact(null, null, new Address("Marktstraße 1", "58095", "Hagen"))));
        return ((Validated.Valid<UUID>) result).value();
    }

    Caseworker caseworker(int index) {
        return context.directory().caseworkers().get(index);
    }

    PlanTemplate template(String namePart) {
        return context.directory().templates().stream().filter(t -> t.name().contains(namePart)).findFirst().orElseThrow();
    }

    /** A new case of a new person, from the template of a newly arrived adult. */
    CaseFile openCase() {
        UUID person = person("Haddad", "Amira", "SY");
        return context.cases().open(person, null, caseworker(0).id(), TargetGroup.REFUGEES,
                template("Neu angekommene").id()).orElseThrow();
    }
}
