package de.lotse.persistence.sync;

import static de.lotse.persistence.jooq.Tables.CHANGE_LOG;
import static de.lotse.persistence.jooq.Tables.SYNC_DEVICE;
import static de.lotse.persistence.jooq.Tables.SYNC_REALM;
import static de.lotse.persistence.sync.ShareFiles.familyNames;
import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.core.sync.crypto.DeviceKeys;
import de.lotse.core.sync.crypto.Envelope;
import de.lotse.core.sync.crypto.RealmKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * Invariant 6, a crash at any point is harmless: a real child JVM syncs a device and is halted at
 * each step of an export and of an import and at each step of writing a file to the share. The
 * device is opened again in this JVM and both devices sync: nothing is lost, nothing duplicated,
 * no batch half applied, and no half-written file lies on the share under a final name.
 *
 * <p>One pair of devices goes through every step in turn, so that each crash also meets what the
 * ones before left behind.
 */
class CrashTest {

    /** Steps reached while the crashing device exports its batch. */
    private static final List<String> EXPORT_STEPS = List.of("export-pending", "temp-written", "temp-synced",
            "moved", "export-written", "export-settled");
    /** Steps reached while the crashing device imports the other's batch. */
    private static final List<String> IMPORT_STEPS = List.of("import-read", "import-applied");

    @TempDir
    Path temp;

    private final JsonMapper mapper = JsonMapper.builder().build();
    private final Set<String> made = new TreeSet<>();

    @Test
    void aProcessKilledAtAnyStepLosesDuplicatesAndHalfAppliesNothing() throws Exception {
        Path share = temp.resolve("share");
        Files.createDirectories(share);
        Path dirA = temp.resolve("a");
        Path dirB = temp.resolve("b");
        try (SyncDevice a = SyncDevice.founder(dirA, share);
             SyncDevice b = SyncDevice.member(dirB, share, "Laptop B")) {
            made(a, "Start A");
            a.sync();
            b.sync();
        }
        List<String> steps = new ArrayList<>(EXPORT_STEPS);
        steps.addAll(IMPORT_STEPS);
        for (String step : steps) {
            boolean exporting = EXPORT_STEPS.contains(step);
            // A's two new persons travel in one batch: they must arrive together or not at all
            try (SyncDevice a = new SyncDevice(dirA);
                 SyncDevice b = new SyncDevice(dirB)) {
                made(a, step + " A1");
                made(a, step + " A2");
                made(b, step + " B");
                if (!exporting) {
                    a.sync();
                }
            }
            Path crashing = exporting ? dirA : dirB;
            assertThat(runAndHalt(crashing, step)).as("the child reached %s", step).isEqualTo(CrashingDevice.HALTED);

            try (SyncDevice a = new SyncDevice(dirA);
                 SyncDevice b = new SyncDevice(dirB)) {
                Set<String> onB = familyNames(b);
                assertThat(onB.contains(step + " A1")).as("after a crash at %s, A's batch on B is all there or none", step)
                        .isEqualTo(onB.contains(step + " A2"));
                assertThat(familyNames(a)).as("the crash lost nothing made on A").contains(step + " A1", step + " A2");

                b.sync();
                a.sync();
                b.sync();
                assertThat(familyNames(a)).as("A after a crash at %s", step).isEqualTo(made);
                assertThat(familyNames(b)).as("B after a crash at %s", step).isEqualTo(made);
                assertThat(ShareFiles.personCount(a)).as("no row twice").isEqualTo(made.size());
                assertThat(ShareFiles.personRows(b)).isEqualTo(ShareFiles.personRows(a));
                assertThat(ShareFiles.states(b)).as("states after a crash at %s", step).isEqualTo(ShareFiles.states(a));
                assertThat(a.sync.status().changesWaiting()).isZero();
                assertThat(b.sync.status().changesWaiting()).isZero();
                assertShareHoldsWholeBatchesOnly(a, b, step);
            }
        }
    }

    private void made(SyncDevice device, String name) {
        device.addPerson(name, "x");
        made.add(name);
    }

    /**
     * A device killed while it writes its device file when joining: once started again it is a
     * member, so its changes must reach the others all the same.
     */
    @Test
    void aDeviceKilledWhileJoiningStillReachesTheOthers() throws Exception {
        Path share = temp.resolve("share");
        Files.createDirectories(share);
        Path dirNew = temp.resolve("new");
        try (SyncDevice a = SyncDevice.founder(temp.resolve("a"), share)) {
            made(a, "A");
            a.sync();
        }
        assertThat(runAndHalt(dirNew, "temp-written", share.toString())).isEqualTo(CrashingDevice.HALTED);
        try (SyncDevice a = new SyncDevice(temp.resolve("a"));
             SyncDevice joined = new SyncDevice(dirNew)) {
            if (!joined.sync.status().joined()) {
                joined.sync.join(share, SyncDevice.PASSPHRASE.clone(), "Neu");
            }
            made(joined, "Neu");
            joined.sync();
            a.sync();
            assertThat(familyNames(a)).isEqualTo(made);
            assertThat(familyNames(joined)).isEqualTo(made);
        }
    }

    private int runAndHalt(Path dataDir, String step, String... more) throws Exception {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java,
                // a short-lived child: quick start matters more than peak speed
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                CrashingDevice.class.getName(), dataDir.toString(), step));
        command.addAll(List.of(more));
        Process child = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(temp.resolve("child-" + step + ".log").toFile())
                .start();
        if (!child.waitFor(60, TimeUnit.SECONDS)) {
            child.destroyForcibly();
            throw new AssertionError("child did not end at " + step);
        }
        if (child.exitValue() != CrashingDevice.HALTED) {
            System.err.println(Files.readString(temp.resolve("child-" + step + ".log")));
        }
        return child.exitValue();
    }

    /**
     * Every file under a final batch name opens as its device's batch with that number, the
     * numbers run without gaps, and each device's batches hold each of its changes exactly once.
     */
    private void assertShareHoldsWholeBatchesOnly(SyncDevice a, SyncDevice b, String step) throws Exception {
        RealmKeys keys = a.store.read(dsl -> {
            var realm = dsl.selectFrom(SYNC_REALM).fetchOne();
            return new RealmKeys(realm.getBodyKey(), realm.getMacKey(), realm.getKeyId());
        });
        Map<UUID, String> publicKeys = a.store.read(dsl -> dsl.select(SYNC_DEVICE.DEVICE_ID, SYNC_DEVICE.PUBLIC_KEY)
                .from(SYNC_DEVICE).fetchMap(SYNC_DEVICE.DEVICE_ID, SYNC_DEVICE.PUBLIC_KEY));
        for (SyncDevice device : List.of(a, b)) {
            UUID id = device.store.device().id();
            PublicKey key = DeviceKeys.decodePublic(publicKeys.get(id));
            Path folder = share(a).resolve("log").resolve(id.toString());
            List<Path> files;
            try (Stream<Path> list = Files.list(folder)) {
                files = list.sorted().toList();
            }
            long changes = 0;
            for (int i = 0; i < files.size(); i++) {
                Path file = files.get(i);
                assertThat(file.getFileName()).as("after %s", step).hasToString(String.format("%012d.batch", i + 1));
                Envelope.Opened opened = Envelope.open(Files.readAllBytes(file), keys, header -> Optional.of(key));
                BatchHeader header = BatchHeader.fromJson(mapper, opened.header());
                assertThat(header.seq()).isEqualTo(i + 1);
                changes += header.changes();
            }
            int outbox = device.store.read(dsl -> dsl.fetchCount(CHANGE_LOG));
            assertThat(changes).as("each change of %s on the share once, after a crash at %s",
                    device.sync.status().deviceName(), step).isEqualTo(outbox);
        }
    }

    private static Path share(SyncDevice device) {
        return Path.of(device.sync.status().share().orElseThrow()).resolve("lotse");
    }
}
