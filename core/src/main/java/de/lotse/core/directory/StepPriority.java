package de.lotse.core.directory;

/** How urgent a step is, in the offices' own words: sofort, unabdingbar, kann warten. Declared most urgent first. */
public enum StepPriority { IMMEDIATE, ESSENTIAL, CAN_WAIT }
