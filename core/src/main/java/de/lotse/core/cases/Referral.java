package de.lotse.core.cases;

import java.time.LocalDate;
import java.util.UUID;

/** A case passed to a partner organisation for one subject (a debt counselling, a school place, …). */
public record Referral(UUID id, UUID caseId, UUID organisationId, String subject, ReferralStatus status,
        LocalDate referredOn) { }
