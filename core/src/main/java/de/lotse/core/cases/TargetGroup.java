package de.lotse.core.cases;

/** Whom a case is counted for in reports: refugees, newcomers from South-East Europe, people from Ukraine, others. */
public enum TargetGroup { REFUGEES, SOUTH_EAST_EUROPE, UKRAINE, OTHER }
