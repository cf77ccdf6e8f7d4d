package de.lotse.core.directory;

import de.lotse.core.person.Address;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** A partner or authority, with the topics it is responsible for (Zuständigkeiten). */
public record Organisation(UUID id, String name, OrganisationKind kind, Set<StepCategory> topics, Address address,
        String phone, String email) {

    public Organisation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        topics = topics == null || topics.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(topics));
        address = address == null ? new Address(null, null, null) : address;
    }
}
