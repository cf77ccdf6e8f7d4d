package de.lotse.persistence.sync;

import static de.lotse.persistence.jooq.Tables.PERSON;
import static de.lotse.persistence.jooq.Tables.PERSON_DISTINCT;
import static de.lotse.persistence.jooq.Tables.SYNC_RECORD;

import de.lotse.core.clock.Stamp;
import de.lotse.core.account.Access;
import de.lotse.core.id.Ids;
import de.lotse.core.person.DuplicateCandidate;
import de.lotse.core.person.Duplicates;
import de.lotse.core.person.PartialDate;
import de.lotse.core.person.PersonService;
import de.lotse.core.person.Sex;
import de.lotse.core.sync.Conflict;
import de.lotse.core.sync.RecordState;
import de.lotse.core.sync.Resolution;
import de.lotse.core.sync.SyncJson;
import de.lotse.core.sync.SyncRefusedException;
import de.lotse.core.validation.Validated;
import de.lotse.persistence.JooqPersonRegister;
import de.lotse.persistence.Store;
import de.lotse.persistence.jooq.tables.records.PersonDistinctRecord;
import de.lotse.persistence.sync.Conflicts.Stored;
import de.lotse.persistence.sync.Conflicts.StoredValue;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * The domain check for the same person registered on two devices: a person arriving from another
 * device that scores as a likely duplicate of one made elsewhere opens a conflict, which a person
 * settles by merging the two or by declaring them different ({@code person_distinct}).
 */
final class DuplicatePersons implements DomainCheck {

    /** The third value of such a conflict: both are different persons. */
    static final String DISTINCT = "\"distinct\"";

    private final SyncJson json;

    DuplicatePersons(SyncJson json) {
        this.json = json;
    }

    @Override
    public String kind() {
        return Conflict.DUPLICATE_PERSON;
    }

    /** Found on arrival only: a device that starts from a snapshot takes them from it. */
    @Override
    public boolean carriedBySnapshots() {
        return true;
    }

    @Override
    public List<Stored> check(DSLContext tx, Map<RecordKey, RecordState> touched, Set<RecordKey> arrived,
            Function<RecordKey, RecordState> states) {
        Map<RecordKey, RecordState> arrivedStates = new LinkedHashMap<>();
        for (RecordKey key : arrived) {
            arrivedStates.put(key, touched.get(key));
        }
        return check(tx, arrivedStates, states);
    }

    @Override
    public Optional<Stored> refresh(DSLContext tx, Stored open) {
        return stillOpen(tx, open) ? Optional.of(open) : Optional.empty();
    }

    /** Picking a person merges the other into it; the third value declares them two persons. */
    @Override
    public void resolve(Store store, Clock wall, Stored conflict,
            Resolution resolution) throws SyncRefusedException {
        if (!(resolution instanceof Resolution.Pick pick) || pick.index() < 1
                || pick.index() > conflict.values().size()) {
            throw new SyncRefusedException(
                    SyncRefusedException.Reason.INVALID_RESOLUTION, null);
        }
        UUID first = UUID.fromString(json.string(conflict.values().get(0).value()));
        UUID second = UUID.fromString(json.string(conflict.values().get(1).value()));
        String picked = conflict.values().get(pick.index() - 1).value();
        if (picked.equals(DISTINCT)) {
            store.writeAll(w -> w.insert(new PersonDistinctRecord(
                    distinctId(first, second), first, second)));
            return;
        }
        UUID survivor = UUID.fromString(json.string(picked));
        UUID merged = survivor.equals(first) ? second : first;
        // the person who resolves was checked where the conflicts are shown; the merge itself is the sync's
        var people = new PersonService(new JooqPersonRegister(store, wall),
                new Ids(wall), wall, Access::system);
        if (people.merge(survivor, merged) instanceof Validated.Invalid<?>) {
            throw new SyncRefusedException(
                    SyncRefusedException.Reason.INVALID_RESOLUTION, null);
        }
    }

    /**
     * Conflicts for newly arrived persons that score as likely duplicates of others (blocked like
     * the duplicates list, so a large import costs one pass); only pairs made on different devices.
     */
    private List<Stored> check(DSLContext tx, Map<RecordKey, RecordState> arrived,
            Function<RecordKey, RecordState> stored) {
        Set<UUID> arrivedPersons = new HashSet<>();
        arrived.forEach((key, state) -> {
            if (key.entity().equals("person") && !state.deleted()) {
                arrivedPersons.add(key.id());
            }
        });
        if (arrivedPersons.isEmpty()) {
            return List.of();
        }
        // a batch's persons were made by its device; only persons made elsewhere can be the same
        // person registered twice, so a large import from one device compares with few or none
        Map<UUID, List<UUID>> byOrigin = new TreeMap<>();
        for (UUID id : arrivedPersons) {
            byOrigin.computeIfAbsent(madeAt(arrived.get(new RecordKey("person", id))).device(), d -> new ArrayList<>())
                    .add(id);
        }
        List<DuplicateCandidate> pairs = new ArrayList<>();
        byOrigin.forEach((origin, ids) -> {
            List<Duplicates.Entry> register = entries(tx, SYNC_RECORD.ORIGIN.ne(origin));
            register.removeIf(entry -> arrivedPersons.contains(entry.id()));
            if (!register.isEmpty()) {
                Set<UUID> wanted = new HashSet<>(ids);
                List<Duplicates.Entry> incoming = entries(tx, SYNC_RECORD.ORIGIN.eq(origin)).stream()
                        .filter(entry -> wanted.contains(entry.id())).toList();
                pairs.addAll(Duplicates.pairsWith(incoming, register, Duplicates.LIKELY));
            }
        });
        List<Stored> opened = new ArrayList<>();
        for (var pair : pairs) {
            RecordKey one = new RecordKey("person", pair.first());
            RecordKey two = new RecordKey("person", pair.second());
            RecordState oneState = arrived.containsKey(one) ? arrived.get(one) : stored.apply(one);
            RecordState twoState = arrived.containsKey(two) ? arrived.get(two) : stored.apply(two);
            if (oneState == null || twoState == null || madeAt(oneState).device().equals(madeAt(twoState).device())
                    || dismissed(tx, pair.first(), pair.second())) {
                continue;
            }
            opened.add(conflict(pair.first(), madeAt(oneState), pair.second(), madeAt(twoState)));
        }
        return opened;
    }

    private Stored conflict(UUID one, Stamp oneMade, UUID two, Stamp twoMade) {
        boolean oneFirst = one.toString().compareTo(two.toString()) < 0;
        UUID first = oneFirst ? one : two;
        UUID second = oneFirst ? two : one;
        Stamp firstMade = oneFirst ? oneMade : twoMade;
        Stamp secondMade = oneFirst ? twoMade : oneMade;
        Stamp later = firstMade.compareTo(secondMade) > 0 ? firstMade : secondMade;
        return new Stored(Conflicts.id(Conflict.DUPLICATE_PERSON, "person", first + "+" + second, "id"),
                Conflict.DUPLICATE_PERSON, "person", first, "id",
                List.of(new StoredValue(json.quote(first.toString()), firstMade),
                        new StoredValue(json.quote(second.toString()), secondMade),
                        new StoredValue(DISTINCT, later)));
    }

    /** Whether a conflict of this kind still stands: both persons there and not declared different. */
    private boolean stillOpen(DSLContext tx, Stored conflict) {
        UUID first = UUID.fromString(json.string(conflict.values().get(0).value()));
        UUID second = UUID.fromString(json.string(conflict.values().get(1).value()));
        return tx.fetchCount(PERSON, PERSON.ID.in(first, second)) == 2 && !dismissed(tx, first, second);
    }

    static boolean dismissed(DSLContext tx, UUID one, UUID two) {
        return tx.fetchExists(PERSON_DISTINCT, PERSON_DISTINCT.ID.eq(distinctId(one, two)));
    }

    /** The id of the record declaring two persons different: the same on every device. */
    static UUID distinctId(UUID one, UUID two) {
        String pair = one.toString().compareTo(two.toString()) < 0 ? one + "+" + two : two + "+" + one;
        return UUID.nameUUIDFromBytes(("person_distinct|" + pair).getBytes(StandardCharsets.UTF_8));
    }

    /** Persons (with their sync state's origin) matching {@code condition}, as the duplicate check sees them. */
    private static List<Duplicates.Entry> entries(DSLContext tx, Condition condition) {
        return tx.select(PERSON.ID, PERSON.FAMILY_NAME, PERSON.GIVEN_NAME, PERSON.BIRTH_DATE, PERSON.BIRTH_DATE_PRECISION,
                        PERSON.SEX).from(PERSON).join(SYNC_RECORD).on(SYNC_RECORD.RECORD_ID.eq(PERSON.ID)).where(condition)
                .fetch(r -> new Duplicates.Entry(r.value1(), r.value2(), r.value3(),
                        PartialDate.stored(r.value4(), r.value5()), Sex.valueOf(r.value6())));
    }

    /** When and where a person was made: the version of its creation time, which nobody edits. */
    private static Stamp madeAt(RecordState state) {
        List<RecordState.Version> created = state.heads("created_at");
        return created.isEmpty() ? state.fields().values().iterator().next().getFirst().stamp()
                : created.getFirst().stamp();
    }
}
