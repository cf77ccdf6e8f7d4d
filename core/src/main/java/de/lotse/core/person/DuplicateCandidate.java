package de.lotse.core.person;

import java.util.UUID;

/** Two persons that may be one, with a score between 0 and 1 (1: surely the same). */
public record DuplicateCandidate(UUID first, UUID second, double score) { }
