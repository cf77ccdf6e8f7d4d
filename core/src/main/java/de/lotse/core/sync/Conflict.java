package de.lotse.core.sync;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Competing values that a person has to choose between. A field conflict comes from two devices
 * changing one field without having seen each other's value; a domain conflict from a check
 * (the same person registered twice, a case number used twice, a deleted record still in use).
 *
 * @param id stable across devices, so a resolution made on one device closes it everywhere
 * @param kind {@code field} or the name of the domain check
 * @param entity the table of the record, e.g. {@code person}
 * @param recordLabel how people know the record (a name, a case number), for the inbox
 * @param field the field in conflict, or the check's subject for domain conflicts
 * @param values the competing values, the shown one first
 */
public record Conflict(String id, String kind, String entity, UUID recordId, String recordLabel, String field, List<Value> values) {

    /** Two devices changed one field concurrently. */
    public static final String FIELD = "field";
    /** A record deleted on one device while another still used it; it is kept until resolved. */
    public static final String DELETED_IN_USE = "deleted-in-use";
    /** The same person registered on two devices. */
    public static final String DUPLICATE_PERSON = "duplicate-person";
    /** One case number given to two cases. */
    public static final String CASE_NUMBER = "case-number";

    public Conflict {
        values = List.copyOf(values);
    }

    /**
     * One competing value, with the device that wrote it and when (by that device's clock).
     *
     * @param value the value as JSON text ({@code "Hagen"}, {@code "2026-03-01"}, {@code 12},
     *     {@code null}); for domain conflicts the id of the competing record as a JSON string
     */
    public record Value(String value, UUID device, String deviceName, Instant at) { }
}
