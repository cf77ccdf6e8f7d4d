package de.lotse.core.cases;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One line of a case list: the number, whose case it is ({@code personId} is the person, or the
 * head of the household for a household's case), who works on it, and when something last happened.
 */
public record CaseSummary(UUID id, String number, UUID personId, UUID householdId, String subject, UUID caseworkerId,
        String caseworker,
        TargetGroup targetGroup, CaseStatus status, LocalDate openedOn, LocalDate lastActivity) { }
