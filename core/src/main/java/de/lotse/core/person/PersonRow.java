package de.lotse.core.person;

import java.util.List;
import java.util.UUID;

/** One line of the person register as lists show it, with the other names search also looks at. */
public record PersonRow(UUID id, String familyName, String givenName, PartialDate birthDate, Sex sex,
        String nationalities, String city, List<String> otherNames) {

    public PersonRow {
        otherNames = otherNames == null ? List.of() : List.copyOf(otherNames);
    }

    public PersonRow(UUID id, String familyName, String givenName, PartialDate birthDate, Sex sex,
            String nationalities, String city) {
        this(id, familyName, givenName, birthDate, sex, nationalities, city, List.of());
    }
}
