package de.lotse.app.sync;

import de.lotse.core.sync.Conflict;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Conflicts as the sync engine reports them, for the tests of the conflicts inbox and its window. */
public final class SampleConflicts {

    private SampleConflicts() {
    }

    /** A field conflict over a person's city, three devices, one of them emptied it. */
    public static Conflict cityConflict() {
        return new Conflict("c-city", Conflict.FIELD, "person", UUID.randomUUID(), "Haddad, Amal (1987)", "city",
                List.of(new Conflict.Value("\"Hagen\"", UUID.randomUUID(), "PC Empfang",
                                Instant.parse("2026-03-01T08:15:00Z")),
                        new Conflict.Value("\"Hagen-Haspe\"", UUID.randomUUID(), "Laptop Unterkunft",
                                Instant.parse("2026-03-01T09:40:00Z")),
                        new Conflict.Value("null", UUID.randomUUID(), "PC Leitung",
                                Instant.parse("2026-03-01T10:05:00Z"))));
    }

    /** A field conflict over a birth date, two devices. */
    public static Conflict birthDateConflict() {
        return new Conflict("c-birth", Conflict.FIELD, "person", UUID.randomUUID(), "Kovač, Milan (1979)",
                "birth_date", List.of(new Conflict.Value("\"1979-04-12\"", UUID.randomUUID(), "PC Empfang",
                        Instant.parse("2026-03-01T08:15:00Z")),
                        new Conflict.Value("\"1979-12-04\"", UUID.randomUUID(), "Laptop Unterkunft",
                                Instant.parse("2026-03-01T09:00:00Z"))));
    }

    /** The same person registered on two devices, with "different persons" as the third answer. */
    public static Conflict duplicatePerson() {
        return new Conflict("c-dup", Conflict.DUPLICATE_PERSON, "person", UUID.randomUUID(), "Popescu, Ioana (1990)",
                "person", List.of(new Conflict.Value("\"" + UUID.randomUUID() + "\"", UUID.randomUUID(), "PC Empfang",
                        Instant.parse("2026-03-01T08:15:00Z")),
                        new Conflict.Value("\"" + UUID.randomUUID() + "\"", UUID.randomUUID(), "Laptop Unterkunft",
                                Instant.parse("2026-03-01T09:00:00Z")),
                        new Conflict.Value("\"distinct\"", UUID.randomUUID(), "Laptop Unterkunft",
                                Instant.parse("2026-03-01T09:00:00Z"))));
    }

    /** A plan step deleted on one device while another still worked on it. */
    public static Conflict deletedInUse() {
        return new Conflict("c-del", Conflict.DELETED_IN_USE, "integration_step", UUID.randomUUID(),
                "Deutschkurs B1 anmelden (2026-0042-PC1)", "integration_step", List.of(
                        new Conflict.Value("false", UUID.randomUUID(), "PC Empfang",
                                Instant.parse("2026-03-01T08:15:00Z")),
                        new Conflict.Value("true", UUID.randomUUID(), "Laptop Unterkunft",
                                Instant.parse("2026-03-01T09:00:00Z"))));
    }
}
