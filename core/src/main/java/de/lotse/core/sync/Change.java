package de.lotse.core.sync;

import de.lotse.core.clock.Stamp;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One change of one record as it travels between devices: the new values of some of its fields
 * (JSON text, {@link RecordState#DELETED} for a delete), one stamp for all of them, and for each
 * field the stamps of the versions it replaced.
 */
public record Change(String entity, UUID recordId, Stamp stamp, Map<String, String> values,
        Map<String, List<Stamp>> parents) {

    public Change {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(stamp, "stamp");
        values = Map.copyOf(values);
        parents = Map.copyOf(parents);
    }

    /** Takes this change into the record's state. */
    public void applyTo(RecordState state) {
        values.forEach((field, value) ->
                state.apply(field, new RecordState.Version(stamp, value), parents.getOrDefault(field, List.of())));
    }
}
