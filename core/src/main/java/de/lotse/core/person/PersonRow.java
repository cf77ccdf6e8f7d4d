package de.lotse.core.person;

import java.util.UUID;

/** One line of the person register as lists show it. */
public record PersonRow(UUID id, String familyName, String givenName, PartialDate birthDate, Sex sex,
        String nationalities, String city) { }
