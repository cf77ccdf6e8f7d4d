package de.lotse.core.cases;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An entry of a case's journal (Verlaufsdokumentation). Entries are never changed: a correction
 * is a new entry whose {@code correctsId} names the entry it corrects. A {@code confidential}
 * entry (Gesundheit, Schutz) is read only by the case's responsible caseworker and the head of
 * office.
 */
public record JournalEntry(UUID id, UUID caseId, Instant writtenAt, String author, String text, UUID correctsId,
        boolean confidential) {

    /** An entry that is not confidential. */
    public JournalEntry(UUID id, UUID caseId, Instant writtenAt, String author, String text, UUID correctsId) {
        this(id, caseId, writtenAt, author, text, correctsId, false);
    }

    public JournalEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(writtenAt, "writtenAt");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(text, "text");
    }
}
