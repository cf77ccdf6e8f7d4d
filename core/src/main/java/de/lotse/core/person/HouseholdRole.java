package de.lotse.core.person;

/** The role of a person within a household. */
public enum HouseholdRole { HEAD, PARTNER, CHILD, RELATIVE, OTHER }
