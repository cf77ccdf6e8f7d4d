package de.lotse.core.directory;

import java.util.UUID;

/** A member of the office's staff who works on cases. */
public record Caseworker(UUID id, String name) { }
