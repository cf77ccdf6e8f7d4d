package de.lotse.core.demo;

import de.lotse.core.person.Household;
import de.lotse.core.person.Person;
import de.lotse.core.person.ResidenceStatus;
import java.util.List;

/** Synthetic register content: persons, the households they live in, and their residence histories. */
public record DemoData(List<Person> persons, List<Household> households, List<ResidenceStatus> residences) {

    public DemoData {
        persons = List.copyOf(persons);
        households = List.copyOf(households);
        residences = List.copyOf(residences);
    }
}
