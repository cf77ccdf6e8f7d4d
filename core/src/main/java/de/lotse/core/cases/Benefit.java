package de.lotse.core.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A benefit granted for a case: its kind, from when to when (open ended when {@code to} is null), monthly amount in euro. */
public record Benefit(UUID id, UUID caseId, BenefitKind kind, LocalDate from, LocalDate to, BigDecimal amount) { }
