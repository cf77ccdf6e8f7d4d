package de.lotse.core.person;

/** A German postal address; parts may be missing while a household has no flat yet. */
public record Address(String street, String postalCode, String city) { }
