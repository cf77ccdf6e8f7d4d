package de.lotse.core.cases;

/** The law a benefit is paid under: AsylbLG, SGB II (job centre), SGB XII (social welfare office), or another. */
public enum BenefitKind { ASYLBLG, SGB_II, SGB_XII, OTHER }
