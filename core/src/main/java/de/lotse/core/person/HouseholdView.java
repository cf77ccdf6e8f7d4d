package de.lotse.core.person;

import java.util.List;
import java.util.UUID;

/** A person's household as a person's view shows it: the address and everyone living there. */
public record HouseholdView(UUID id, Address address, List<Member> members) {

    public HouseholdView {
        members = List.copyOf(members);
    }

    /** One member: who, and in which role. */
    public record Member(UUID personId, String familyName, String givenName, PartialDate birthDate,
            HouseholdRole role) { }
}
