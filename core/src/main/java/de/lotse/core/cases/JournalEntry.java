package de.lotse.core.cases;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An entry of a case's journal (Verlaufsdokumentation). Entries are never changed: a correction
 * is a new entry whose {@code correctsId} names the entry it corrects.
 */
public record JournalEntry(UUID id, UUID caseId, Instant writtenAt, String author, String text, UUID correctsId) {

    public JournalEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(writtenAt, "writtenAt");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(text, "text");
    }
}
