package de.lotse.core.person;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port to the stored register of persons and households. Every write records its changes for sync. */
public interface PersonRegister {

    /** Stores new persons and households in one transaction. */
    void addAll(List<Person> persons, List<Household> households);

    /** Stores new persons, each under its id, in one transaction: all of them or, when anything fails, none. */
    void addAll(List<PersonDetail> persons);

    /** Stores one new person under {@code id}. */
    void add(UUID id, PersonDraft person);

    /** Replaces the fields of a stored person; {@code false} when there is none with that id. */
    boolean update(UUID id, PersonDraft person);

    /** Deletes a person with its nationalities and household memberships; {@code false} when none. */
    boolean delete(UUID id);

    Optional<PersonDetail> find(UUID id);

    /** The household {@code person} lives in, with all its members (head first). */
    Optional<HouseholdView> householdOf(UUID person);

    /** Every person, ordered by family name and given name. */
    List<PersonRow> listAll();

    long countPersons();
}
