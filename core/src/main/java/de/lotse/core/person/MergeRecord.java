package de.lotse.core.person;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Two persons merged into one: the survivor keeps its id, the merged person is gone. The record
 * keeps the merged person's name and which records moved ({@code entity:id}), so that a merge
 * can be inspected, and so that sync can send changes that still arrive for the merged id to
 * the survivor.
 */
public record MergeRecord(UUID id, UUID survivorId, UUID mergedId, Instant mergedAt, String mergedName,
        List<String> moved) {

    public MergeRecord {
        moved = List.copyOf(moved);
    }
}
