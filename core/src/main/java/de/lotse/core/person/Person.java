package de.lotse.core.person;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A person as demo data and bulk loads create it. Nationalities are ISO 3166 alpha-2 codes;
 * {@code birthDate} may be unknown ({@code null}).
 */
public record Person(UUID id, String familyName, String givenName, PartialDate birthDate, Sex sex,
        List<String> nationalities, PersonProfile profile) {

    public Person {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(familyName, "familyName");
        Objects.requireNonNull(sex, "sex");
        nationalities = List.copyOf(nationalities);
        profile = profile == null ? PersonProfile.EMPTY : profile;
    }
}
