package de.lotse.persistence.sync;

import static de.lotse.persistence.jooq.Tables.PERSON;
import static de.lotse.persistence.jooq.Tables.SYNC_RECORD;
import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.core.account.Access;
import de.lotse.core.id.Ids;
import de.lotse.core.person.PersonService;
import de.lotse.core.person.ResidenceKind;
import de.lotse.core.person.ResidenceStatus;
import de.lotse.core.sync.Conflict;
import de.lotse.persistence.JooqPersonRegister;
import de.lotse.persistence.SyncedTables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Invariant 2 (convergence) and 3 (conflicts shown, never dropped): devices editing, deleting and
 * merging the same persons while syncing in random order end with identical rows, identical
 * record states and identical open conflicts.
 */
class ConvergenceProperties {

    private static final int DEVICES = 3;
    private static final int PERSONS = 4;

    /** One thing a device does. */
    sealed interface Step permits Edit, Delete, AddResidence, Merge, Sync, Replay { }

    record Edit(int device, int person, String field, String value) implements Step { }

    record Delete(int device, int person) implements Step { }

    record AddResidence(int device, int person) implements Step { }

    record Merge(int device, int survivor, int merged) implements Step { }

    record Sync(int device) implements Step { }

    /**
     * A file delivered twice: a batch of {@code device} copied by a sync tool beside itself, or put
     * under that device's next number (a replay).
     */
    record Replay(int device, int pick, boolean asNext) implements Step { }

    @Provide
    Arbitrary<List<Step>> scripts() {
        Arbitrary<Integer> device = Arbitraries.integers().between(0, DEVICES - 1);
        Arbitrary<Integer> person = Arbitraries.integers().between(0, PERSONS - 1);
        Arbitrary<Step> edit = Combinators.combine(device, person, Arbitraries.of("city", "phone", "family_name"),
                Arbitraries.of("Hagen", "Iserlohn", "Witten")).as(Edit::new);
        Arbitrary<Step> delete = Combinators.combine(device, person).as(Delete::new);
        Arbitrary<Step> residence = Combinators.combine(device, person).as(AddResidence::new);
        Arbitrary<Step> merge = Combinators.combine(device, person, person).as(Merge::new);
        Arbitrary<Step> sync = device.map(Sync::new);
        Arbitrary<Step> replay = Combinators.combine(device, Arbitraries.integers().between(0, 50),
                Arbitraries.of(true, false)).as(Replay::new);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, edit), net.jqwik.api.Tuple.of(1, delete), net.jqwik.api.Tuple.of(2, residence),
                net.jqwik.api.Tuple.of(1, merge), net.jqwik.api.Tuple.of(4, sync), net.jqwik.api.Tuple.of(1, replay))
                .list().ofMinSize(6).ofMaxSize(24);
    }

    @Property(tries = 12)
    void devicesThatSawTheSameChangesShowTheSame(@ForAll("scripts") List<Step> script) throws Exception {
        Path root = Files.createTempDirectory("lotse-convergence");
        Path share = Files.createDirectories(root.resolve("share"));
        List<SyncDevice> devices = new ArrayList<>();
        try {
            devices.add(SyncDevice.founder(root.resolve("d0"), share));
            List<UUID> persons = new ArrayList<>();
            for (int i = 0; i < PERSONS; i++) {
                persons.add(devices.getFirst().addPerson("Person" + i, "Vorname" + i));
            }
            devices.getFirst().sync();
            for (int i = 1; i < DEVICES; i++) {
                devices.add(SyncDevice.member(root.resolve("d" + i), share, "Gerät " + i));
                devices.get(i).sync();
            }
            for (Step step : script) {
                perform(step, devices, persons, share);
            }
            for (int round = 0; round < 2; round++) {
                for (SyncDevice device : devices) {
                    var skipped = device.sync().skipped();
                    if (round == 1) {
                        // copies left by a sync tool stay on the share and are reported; nothing else is
                        assertThat(skipped).allSatisfy(file ->
                                assertThat(file.reason()).isEqualTo(de.lotse.core.sync.SkipReason.FOREIGN_FILE));
                    }
                }
            }
            String expectedRows = rows(devices.getFirst());
            String expectedStates = states(devices.getFirst());
            List<Conflict> expectedConflicts = devices.getFirst().sync.openConflicts();
            for (SyncDevice device : devices.subList(1, DEVICES)) {
                assertThat(rows(device)).isEqualTo(expectedRows);
                assertThat(states(device)).isEqualTo(expectedStates);
                assertThat(device.sync.openConflicts()).isEqualTo(expectedConflicts);
            }
        } finally {
            devices.forEach(SyncDevice::close);
            deleteTree(root);
        }
    }

    private static void perform(Step step, List<SyncDevice> devices, List<UUID> persons, Path share) throws Exception {
        switch (step) {
            case Edit edit -> {
                SyncDevice device = devices.get(edit.device());
                UUID id = persons.get(edit.person());
                if (device.person(id) != null) {
                    device.setPerson(id, Map.of(switch (edit.field()) {
                        case "city" -> PERSON.CITY;
                        case "phone" -> PERSON.PHONE;
                        default -> PERSON.FAMILY_NAME;
                    }, edit.value()));
                }
            }
            case Delete delete -> {
                SyncDevice device = devices.get(delete.device());
                register(device).delete(persons.get(delete.person()));
            }
            case AddResidence add -> {
                SyncDevice device = devices.get(add.device());
                UUID id = persons.get(add.person());
                if (device.person(id) != null) {
                    register(device).save(new ResidenceStatus(UUID.randomUUID(), id, ResidenceKind.AUFENTHALTSERLAUBNIS,
                            LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1), null));
                }
            }
            case Merge merge -> {
                SyncDevice device = devices.get(merge.device());
                UUID survivor = persons.get(merge.survivor());
                UUID merged = persons.get(merge.merged());
                if (!survivor.equals(merged) && device.person(survivor) != null && device.person(merged) != null) {
                    new PersonService(register(device), new Ids(Clock.systemUTC()), Clock.systemUTC(), Access::system)
                            .merge(survivor, merged);
                }
            }
            case Sync sync -> devices.get(sync.device()).sync();
            case Replay replay -> {
                Path folder = share.resolve("lotse/log/" + devices.get(replay.device()).store.device().id());
                if (Files.isDirectory(folder)) {
                    List<Path> batches;
                    try (Stream<Path> files = Files.list(folder)) {
                        batches = files.filter(f -> f.getFileName().toString().matches("\\d{12}\\.batch")).sorted().toList();
                    }
                    if (!batches.isEmpty()) {
                        Path original = batches.get(replay.pick() % batches.size());
                        String name = replay.asNext() ? "%012d.batch".formatted(batches.size() + 1)
                                : original.getFileName().toString().replace(".batch", " (1).batch");
                        Files.copy(original, folder.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
    }

    private static JooqPersonRegister register(SyncDevice device) {
        return new JooqPersonRegister(device.store, Clock.systemUTC());
    }

    /** Every synced table's rows, all columns, in id order. */
    private static String rows(SyncDevice device) {
        StringBuilder rows = new StringBuilder();
        for (SyncedTables.Synced synced : SyncedTables.all()) {
            rows.append(synced.entity()).append('\n').append(device.store.<String>read(dsl ->
                    dsl.selectFrom(synced.table()).orderBy(synced.id()).fetch().formatCSV()));
        }
        return rows.toString();
    }

    private static String states(SyncDevice device) {
        return device.store.read(dsl -> dsl.selectFrom(SYNC_RECORD).orderBy(SYNC_RECORD.ENTITY, SYNC_RECORD.RECORD_ID)
                .fetch().formatCSV());
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
