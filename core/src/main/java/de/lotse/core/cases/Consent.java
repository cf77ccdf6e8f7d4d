package de.lotse.core.cases;

import java.time.LocalDate;
import java.util.UUID;

/** A consent a person gave for one purpose (passing data to the job centre, …), and when it was withdrawn. */
public record Consent(UUID id, UUID caseId, String purpose, LocalDate givenOn, LocalDate withdrawnOn) {

    public boolean inForce(LocalDate day) {
        return !givenOn.isAfter(day) && (withdrawnOn == null || withdrawnOn.isAfter(day));
    }
}
