package de.lotse.core.person;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The person register as read at one {@link PersonRegister#version() version}, with its search
 * index made once, when first asked for. Everything that shows or searches the register shares
 * one snapshot per version (see {@link PersonService#snapshot()}), so that 100,000 persons are
 * read and indexed once, not once per list.
 */
public final class RegisterSnapshot {

    private final long version;
    private final List<PersonRow> rows;
    private final Map<UUID, PersonRow> byId;
    private PersonIndex index;

    RegisterSnapshot(long version, List<PersonRow> rows) {
        this.version = version;
        this.rows = List.copyOf(rows);
        this.byId = this.rows.stream().collect(Collectors.toMap(PersonRow::id, Function.identity()));
    }

    /** The register's version this snapshot was read at. */
    public long version() {
        return version;
    }

    /** Every person, ordered by family name and given name. */
    public List<PersonRow> rows() {
        return rows;
    }

    /** The row of {@code id}; null when the snapshot holds no such person. */
    public PersonRow row(UUID id) {
        return byId.get(id);
    }

    /** The search index over these rows, made on the first call: a reader that never searches never pays for it. */
    public synchronized PersonIndex index() {
        if (index == null) {
            index = PersonIndex.build(rows.stream().map(RegisterSnapshot::indexEntry).toList());
        }
        return index;
    }

    List<Duplicates.Entry> duplicateEntries() {
        return rows.stream().map(row -> new Duplicates.Entry(row.id(), row.familyName(), row.givenName(),
                row.birthDate(), row.sex())).toList();
    }

    /** What the search index keeps of a register row. */
    private static PersonIndex.Entry indexEntry(PersonRow row) {
        return new PersonIndex.Entry(row.id(), row.familyName(), row.givenName(), row.otherNames(), row.birthDate());
    }
}
