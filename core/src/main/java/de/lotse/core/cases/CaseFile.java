package de.lotse.core.cases;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A case for one person or one household, with its number, caseworker, target group and status. */
public record CaseFile(UUID id, String number, UUID personId, UUID householdId, UUID caseworkerId,
        TargetGroup targetGroup, CaseStatus status, String closeReason, LocalDate openedOn, LocalDate closedOn) {

    public CaseFile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(targetGroup, "targetGroup");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(openedOn, "openedOn");
        if (personId == null && householdId == null) {
            throw new IllegalArgumentException("a case is for a person or a household");
        }
    }
}
