package de.lotse.core.person;

import java.util.List;

/** Port to the stored register of persons and households. */
public interface PersonRegister {

    /** Stores new persons and households in one transaction, recording every change for sync. */
    void addAll(List<Person> persons, List<Household> households);

    /** Every person, ordered by family name and given name. */
    List<PersonRow> listAll();

    long countPersons();
}
