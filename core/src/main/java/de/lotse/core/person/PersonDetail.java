package de.lotse.core.person;

import java.util.UUID;

/** A stored person with everything the register knows of it. */
public record PersonDetail(UUID id, PersonDraft person) { }
