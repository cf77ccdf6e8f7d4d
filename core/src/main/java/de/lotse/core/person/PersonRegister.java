package de.lotse.core.person;

import de.lotse.core.task.Progress;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port to the stored register of persons and households. Every write records its changes for sync. */
public interface PersonRegister {

    /** Stores new persons, households and residence statuses in one transaction. */
    void addAll(List<Person> persons, List<Household> households, List<ResidenceStatus> residences);

    default void addAll(List<Person> persons, List<Household> households) {
        addAll(persons, households, List.of());
    }

    /** Stores new persons, each under its id, in one transaction: all of them or, when anything fails, none. */
    default void addAll(List<PersonDetail> persons) {
        addAll(persons, Progress.NONE);
    }

    /**
     * As {@link #addAll(List)}, telling {@code progress} how many are written; a cancel (checked
     * between batches and once more before the commit) rolls the transaction back: none is stored.
     */
    void addAll(List<PersonDetail> persons, Progress progress);

    /** Stores one new person under {@code id}. */
    void add(UUID id, PersonDraft person);

    /** Replaces the fields of a stored person; {@code false} when there is none with that id. */
    default boolean update(UUID id, PersonDraft person) {
        return update(id, null, person);
    }

    /**
     * Stores the fields a person changed from {@code base} (what the form showed) to {@code person};
     * fields changed meanwhile by another device and left alone in the form keep their new value.
     * Without a base every field is replaced. {@code false} when there is no person with that id.
     */
    boolean update(UUID id, PersonDraft base, PersonDraft person);

    /**
     * Deletes a person with nationalities, memberships and residence statuses; {@code false} when
     * none. A person whom cases or appointments name is not deleted (see {@link #hasCasesOrAppointments}).
     */
    boolean delete(UUID id);

    boolean hasCasesOrAppointments(UUID person);

    Optional<PersonDetail> find(UUID id);

    /** The household {@code person} lives in, with all its members (head first). */
    Optional<HouseholdView> householdOf(UUID person);

    /** Makes a new household at {@code address} with {@code head} as its head; its id. */
    UUID createHousehold(Address address, UUID head);

    /**
     * Puts {@code person} into the household in {@code role} (out of any other household), or
     * changes the role of a member; a new head makes the former head a relative.
     */
    void setMember(UUID household, UUID person, HouseholdRole role);

    /** Takes {@code person} out of the household; a household left empty is deleted. */
    void removeMember(UUID household, UUID person);

    /** The person's residence statuses, the latest first. */
    List<ResidenceStatus> residenceHistory(UUID person);

    /** Stores a new or changed residence status (by its id). */
    void save(ResidenceStatus status);

    boolean deleteResidence(UUID id);

    /**
     * Merges {@code merged} into {@code survivor} in one transaction: the survivor takes the
     * {@code combined} fields, every record that pointed at the merged person points at the
     * survivor, the merged person is deleted, and the merge is recorded.
     */
    MergeRecord merge(UUID survivor, UUID merged, PersonDraft combined);

    /** Every merge, the latest first. */
    List<MergeRecord> merges();

    /** Every person, ordered by family name and given name. */
    List<PersonRow> listAll();

    long countPersons();

    /** A number that moves whenever anything is written here or arrives by sync (reads may cache until it does). */
    long version();
}
