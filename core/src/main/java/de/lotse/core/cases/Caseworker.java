package de.lotse.core.cases;

import java.util.UUID;

/** A member of the office's staff who works on cases. */
public record Caseworker(UUID id, String name) { }
