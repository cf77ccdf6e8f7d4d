package de.lotse.persistence.sync;

import static de.lotse.persistence.jooq.Tables.CASE_FILE;
import static de.lotse.persistence.jooq.Tables.SYNC_RECORD;

import de.lotse.core.cases.CaseNumber;
import de.lotse.core.sync.Conflict;
import de.lotse.core.sync.RecordState;
import de.lotse.core.sync.Resolution;
import de.lotse.core.sync.SyncJson;
import de.lotse.core.sync.SyncRefusedException.Reason;
import de.lotse.core.sync.SyncRefusedException;
import de.lotse.persistence.Store;
import de.lotse.persistence.sync.Conflicts.Stored;
import de.lotse.persistence.sync.Conflicts.StoredValue;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * One case number held by two live cases (a cloned laptop, a number typed over): a conflict that
 * a person settles by choosing which case keeps it; the others get this device's next number.
 */
final class CaseNumbers implements DomainCheck {

    private final SyncJson json;

    CaseNumbers(SyncJson json) {
        this.json = json;
    }

    @Override
    public String kind() {
        return Conflict.CASE_NUMBER;
    }

    @Override
    public boolean carriedBySnapshots() {
        return false;
    }

    @Override
    public List<Stored> check(DSLContext tx, Map<RecordKey, RecordState> touched, Set<RecordKey> arrived,
            Function<RecordKey, RecordState> states) {
        Set<String> numbers = new TreeSet<>();
        touched.forEach((key, state) -> {
            if (key.entity().equals("case_file") && !state.deleted()) {
                state.shown("number").ifPresent(number -> numbers.add(json.string(number.value())));
            }
        });
        // one grouped query finds the numbers held twice; only those are looked at closer
        List<String> all = new ArrayList<>(numbers);
        List<Stored> found = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 1000) {
            for (String twice : tx.select(CASE_FILE.NUMBER).from(CASE_FILE)
                    .where(CASE_FILE.NUMBER.in(all.subList(i, Math.min(all.size(), i + 1000))))
                    .groupBy(CASE_FILE.NUMBER).having(DSL.count().gt(1)).fetch(CASE_FILE.NUMBER)) {
                conflict(tx, twice).ifPresent(found::add);
            }
        }
        return found;
    }

    @Override
    public Optional<Stored> refresh(DSLContext tx, Stored open) {
        Set<String> numbers = new TreeSet<>();
        for (StoredValue value : open.values()) {
            tx.select(CASE_FILE.NUMBER).from(CASE_FILE).where(CASE_FILE.ID.eq(UUID.fromString(json.string(value.value()))))
                    .fetchOptional(CASE_FILE.NUMBER).ifPresent(numbers::add);
        }
        return numbers.stream().map(number -> conflict(tx, number)).flatMap(Optional::stream)
                .filter(conflict -> conflict.id().equals(open.id())).findFirst();
    }

    /** The conflict over {@code number}, when two or more cases hold it. */
    private Optional<Stored> conflict(DSLContext tx, String number) {
        List<UUID> holders = tx.select(CASE_FILE.ID).from(CASE_FILE).where(CASE_FILE.NUMBER.eq(number))
                .orderBy(CASE_FILE.ID).fetch(CASE_FILE.ID);
        if (holders.size() < 2) {
            return Optional.empty();
        }
        List<StoredValue> values = new ArrayList<>();
        for (UUID holder : holders) {
            tx.select(SYNC_RECORD.STATE).from(SYNC_RECORD).where(SYNC_RECORD.RECORD_ID.eq(holder))
                    .fetchOptional(SYNC_RECORD.STATE)
                    .flatMap(state -> json.readState(state).shown("number"))
                    .map(RecordState.Version::stamp)
                    .ifPresent(stamp -> values.add(new StoredValue(json.quote(holder.toString()), stamp)));
        }
        return Optional.of(new Stored(Conflicts.id(kind(), "case_file", number, "number"), kind(), "case_file",
                holders.getFirst(), "number", values));
    }

    /** The picked case keeps its number; every other case holding it gets this device's next number. */
    @Override
    public void resolve(Store store, Clock wall, Stored conflict, Resolution resolution) throws SyncRefusedException {
        if (!(resolution instanceof Resolution.Pick pick) || pick.index() < 1 || pick.index() > conflict.values().size()) {
            throw new SyncRefusedException(Reason.INVALID_RESOLUTION, null);
        }
        UUID keeper = UUID.fromString(json.string(conflict.values().get(pick.index() - 1).value()));
        String code = store.device().code();
        store.writeAll(w -> {
            String number = w.query().select(CASE_FILE.NUMBER).from(CASE_FILE).where(CASE_FILE.ID.eq(keeper))
                    .fetchOne(CASE_FILE.NUMBER);
            for (UUID other : w.query().select(CASE_FILE.ID).from(CASE_FILE)
                    .where(CASE_FILE.NUMBER.eq(number).and(CASE_FILE.ID.ne(keeper))).fetch(CASE_FILE.ID)) {
                int year = w.query().select(CASE_FILE.OPENED_ON).from(CASE_FILE).where(CASE_FILE.ID.eq(other))
                        .fetchOne(CASE_FILE.OPENED_ON).getYear();
                List<String> taken = w.query().select(CASE_FILE.NUMBER).from(CASE_FILE)
                        .where(CASE_FILE.NUMBER.startsWith(CaseNumber.prefix(code, year))).fetch(CASE_FILE.NUMBER);
                w.update(CASE_FILE, other, Map.of(CASE_FILE.NUMBER, CaseNumber.next(code, year, taken).toString()));
            }
        });
    }

}
