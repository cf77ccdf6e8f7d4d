package de.lotse.core.person;


/** Two persons of the register that may be one, with how alike they are (0 to 1). */
public record PersonPair(PersonRow first, PersonRow second, double score) { }
