package de.lotse.core.person;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** People who live together, each with a role, at an address. */
public record Household(UUID id, Address address, List<Member> members) {

    public Household {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(address, "address");
        members = List.copyOf(members);
    }

    /** One person's place in the household. */
    public record Member(UUID personId, HouseholdRole role) { }
}
