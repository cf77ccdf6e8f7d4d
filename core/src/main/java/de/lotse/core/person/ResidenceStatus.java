package de.lotse.core.person;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** One entry of a person's residence history: a status and the dates it is valid, either may be open. */
public record ResidenceStatus(UUID id, UUID personId, ResidenceKind kind, LocalDate validFrom, LocalDate validUntil,
        String note) {

    public ResidenceStatus {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(kind, "kind");
    }
}
