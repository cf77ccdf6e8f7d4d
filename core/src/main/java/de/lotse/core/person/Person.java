package de.lotse.core.person;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A person in the register, with the fields the foundation knows. Nationalities are ISO 3166
 * alpha-2 codes; {@code birthDate} and {@code arrivalInTown} may be unknown ({@code null}).
 */
public record Person(UUID id, String familyName, String givenName, PartialDate birthDate, Sex sex,
        List<String> nationalities, LocalDate arrivalInTown) {

    public Person {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(familyName, "familyName");
        Objects.requireNonNull(sex, "sex");
        nationalities = List.copyOf(nationalities);
    }
}
