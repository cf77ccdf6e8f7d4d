package de.lotse.core.person;

/** Sex as recorded by the foreigners' authority; {@code UNKNOWN} when not yet known. */
public enum Sex { FEMALE, MALE, DIVERSE, UNKNOWN }
