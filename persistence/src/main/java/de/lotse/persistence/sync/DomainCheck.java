package de.lotse.persistence.sync;

import de.lotse.core.sync.RecordState;
import de.lotse.core.sync.Resolution;
import de.lotse.core.sync.SyncJson;
import de.lotse.core.sync.SyncRefusedException;
import de.lotse.persistence.Store;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jooq.DSLContext;

/**
 * A rule across records that sync checks after applying other devices' changes, with a conflict
 * kind of its own: a case number given twice, the same person registered on two devices, and,
 * when accommodation joins, a bed occupied twice. A new check is added to {@link #all}.
 */
interface DomainCheck {

    /** Every check sync runs; a new one is added here. */
    static List<DomainCheck> all(SyncJson json) {
        return List.of(new CaseNumbers(json), new DuplicatePersons(json));
    }

    /** The conflict kind this check opens (see {@link de.lotse.core.sync.Conflict}). */
    String kind();

    /**
     * Conflicts among the records just applied; {@code arrived} are those this device did not hold
     * before. A conflict already open under the same id is replaced by the one returned.
     */
    List<Conflicts.Stored> check(DSLContext tx, Map<RecordKey, RecordState> touched, Set<RecordKey> arrived,
            Function<RecordKey, RecordState> states);

    /** The conflict as it stands now, or empty when it closed (a record renumbered, merged, declared different). */
    Optional<Conflicts.Stored> refresh(DSLContext tx, Conflicts.Stored open);

    /**
     * Whether its conflicts travel with snapshots: true when they arise from the order in which
     * records arrived and cannot be found again from the states alone.
     */
    boolean carriedBySnapshots();

    /** Carries out a person's resolution as ordinary changes, so that it reaches every device. */
    void resolve(Store store, Clock wall, Conflicts.Stored conflict, Resolution resolution)
            throws SyncRefusedException;
}
