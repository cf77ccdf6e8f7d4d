package de.lotse.core.sync;

import de.lotse.core.clock.Stamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What sync knows of one record: for each field, the versions that no other version replaced
 * (its heads). A version replaces the versions it names as parents, so two devices that change a
 * field without having seen each other's value leave two heads: a conflict, unless their values
 * are equal. The shown value is the head with the highest stamp, so every device shows the same.
 * Given the same versions in any causal order, every device ends with the same state.
 *
 * <p>A delete is a version of the field {@link #DELETED}; the other fields stay, so a delete can
 * be undone by a later version of that field.
 */
public final class RecordState {

    /** The field that says whether the record is deleted ({@code true}) or not. */
    public static final String DELETED = "_deleted";

    /** JSON text of the value {@code true}. */
    public static final String TRUE = "true";

    /** One version of one field: its stamp and its value as JSON text. */
    public record Version(Stamp stamp, String value) { }

    private static final Comparator<Version> BY_STAMP = Comparator.comparing(Version::stamp);

    private final SortedMap<String, List<Version>> heads = new TreeMap<>();

    /**
     * Takes in a version of {@code field} that replaces the versions stamped {@code parents}.
     * A version already known is ignored, so taking the same change twice changes nothing.
     */
    public void apply(String field, Version version, Collection<Stamp> parents) {
        List<Version> current = heads.computeIfAbsent(field, f -> new ArrayList<>(1));
        for (Version head : current) {
            if (head.stamp().equals(version.stamp())) {
                return;
            }
        }
        current.removeIf(head -> parents.contains(head.stamp()));
        current.add(version);
        current.sort(BY_STAMP);
    }

    /** Puts back a field's heads as stored; for reading a state. */
    public void restore(String field, List<Version> versions) {
        List<Version> sorted = new ArrayList<>(versions);
        sorted.sort(BY_STAMP);
        heads.put(field, sorted);
    }

    /** The stamps a new version of {@code field} replaces: every current head. */
    public List<Stamp> headStamps(String field) {
        List<Version> current = heads.get(field);
        if (current == null) {
            return List.of();
        }
        List<Stamp> stamps = new ArrayList<>(current.size());
        for (Version version : current) {
            stamps.add(version.stamp());
        }
        return stamps;
    }

    /** The heads of a field, oldest first. */
    public List<Version> heads(String field) {
        List<Version> current = heads.get(field);
        return current == null ? List.of() : Collections.unmodifiableList(current);
    }

    /** The value shown for a field: its newest head. */
    public Optional<Version> shown(String field) {
        List<Version> current = heads.get(field);
        return current == null || current.isEmpty() ? Optional.empty() : Optional.of(current.getLast());
    }

    /** Every field with at least one version, in name order (the deletion marker included). */
    public Map<String, List<Version>> fields() {
        return Collections.unmodifiableSortedMap(heads);
    }

    public boolean deleted() {
        return shown(DELETED).map(v -> TRUE.equals(v.value())).orElse(false);
    }

    /** Whether the heads of {@code field} disagree: two or more different values. */
    public boolean inConflict(String field) {
        List<Version> current = heads.get(field);
        if (current == null || current.size() < 2) {
            return false;
        }
        String first = current.getFirst().value();
        for (Version version : current) {
            if (!version.value().equals(first)) {
                return true;
            }
        }
        return false;
    }

    /** The fields in conflict, in name order. */
    public List<String> conflictedFields() {
        List<String> fields = new ArrayList<>();
        for (String field : heads.keySet()) {
            if (inConflict(field)) {
                fields.add(field);
            }
        }
        return fields;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RecordState state && heads.equals(state.heads);
    }

    @Override
    public int hashCode() {
        return heads.hashCode();
    }

    @Override
    public String toString() {
        return "RecordState" + heads.keySet();
    }
}
