package de.lotse.core.demo;

import de.lotse.core.person.Household;
import de.lotse.core.person.Person;
import java.util.List;

/** Synthetic register content: persons and the households they live in. */
public record DemoData(List<Person> persons, List<Household> households) {

    public DemoData {
        persons = List.copyOf(persons);
        households = List.copyOf(households);
    }
}
