package de.lotse.persistence.sync;

import static de.lotse.persistence.jooq.Tables.SYNC_DEVICE;
import static de.lotse.persistence.jooq.Tables.SYNC_REALM;
import static de.lotse.persistence.sync.ShareFiles.batch;
import static de.lotse.persistence.sync.ShareFiles.familyNames;
import static de.lotse.persistence.sync.ShareFiles.reported;
import static de.lotse.persistence.sync.ShareFiles.stateIds;
import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.core.sync.SkipReason;
import de.lotse.core.sync.SyncReport;
import de.lotse.core.sync.crypto.DeviceKeys;
import de.lotse.core.sync.crypto.Envelope;
import de.lotse.core.sync.crypto.RealmKeys;
import de.lotse.persistence.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Invariant 5, bad files never block good ones: device A's batches are damaged on a real share
 * before device B syncs. Each bad file is reported by name and reason, nothing of it is applied,
 * device D's good batch is applied in the same sync, and the file is tried again at the next sync.
 *
 * <p>The devices are made once (joining costs a key derivation each) and copied for every test.
 */
class CorruptFilesTest {

    @TempDir
    static Path template;
    @TempDir
    Path temp;

    /** A's three batches each add one person ("A1", "A2", "A3"); D's one batch adds "D1". */
    static UUID a;
    static UUID d;
    static UUID other;
    static Set<UUID> idsOfA1AndD1;

    private Path share;
    private SyncDevice b;

    @BeforeAll
    static void writeBatches() throws Exception {
        Path share = template.resolve("share");
        Files.createDirectories(share);
        try (SyncDevice devA = SyncDevice.founder(template.resolve("a"), share);
             SyncDevice devD = SyncDevice.member(template.resolve("d"), share, "Laptop D");
             SyncDevice devB = SyncDevice.member(template.resolve("b"), share, "Laptop B")) {
            a = devA.store.device().id();
            d = devD.store.device().id();
            UUID a1 = devA.addPerson("A1", "x");
            devA.sync();
            devA.addPerson("A2", "x");
            devA.sync();
            devA.addPerson("A3", "x");
            devA.sync();
            UUID d1 = devD.addPerson("D1", "x");
            devD.sync();
            idsOfA1AndD1 = Set.of(a1, d1);
        }
        Path otherShare = template.resolve("other-share");
        Files.createDirectories(otherShare);
        try (SyncDevice devR = SyncDevice.founder(template.resolve("r"), otherShare)) {
            other = devR.store.device().id();
            devR.addPerson("R1", "x");
            devR.sync();
        }
    }

    @AfterEach
    void close() {
        if (b != null) {
            b.close();
        }
    }

    private void openCopy() throws IOException {
        ShareFiles.copyTree(template, temp);
        share = temp.resolve("share");
        b = ShareFiles.reopen(temp.resolve("b"), share);
    }

    @Test
    void aZeroByteFileIsCorrupt() throws Exception {
        damagedSecondBatchIsSkippedThenRetried(good -> new byte[0], SkipReason.CORRUPT);
    }

    @Test
    void aFileCutInsideItsHeaderIsCorrupt() throws Exception {
        damagedSecondBatchIsSkippedThenRetried(good -> Arrays.copyOf(good, 40), SkipReason.CORRUPT);
    }

    @Test
    void aFileCutShortAtItsEndFailsItsSignature() throws Exception {
        // The envelope does not state its length: a missing tail shows as a signature that fails.
        damagedSecondBatchIsSkippedThenRetried(good -> Arrays.copyOf(good, good.length - 10), SkipReason.BAD_SIGNATURE);
    }

    @Test
    void oneFlippedBitInTheHeaderFailsTheSignature() throws Exception {
        damagedSecondBatchIsSkippedThenRetried(good -> flip(good, 30), SkipReason.BAD_SIGNATURE);
    }

    @Test
    void oneFlippedBitInTheBodyFailsTheSignature() throws Exception {
        damagedSecondBatchIsSkippedThenRetried(good -> flip(good, good.length - 20), SkipReason.BAD_SIGNATURE);
    }

    @Test
    void theFirstBatchReplayedAsTheSecondIsOutOfPlace() throws Exception {
        damagedSecondBatchIsSkippedThenRetried(good -> ShareFiles.read(batch(share, a, 1)), SkipReason.OUT_OF_PLACE);
    }

    @Test
    void twoSwappedBatchesAreOutOfPlace() throws Exception {
        openCopy();
        byte[] second = Files.readAllBytes(batch(share, a, 2));
        byte[] third = Files.readAllBytes(batch(share, a, 3));
        Files.write(batch(share, a, 2), third);
        Files.write(batch(share, a, 3), second);
        assertOnlyFirstOfAAndAllOfDApplied(b.sync(), reported(a, 2), SkipReason.OUT_OF_PLACE);

        Files.write(batch(share, a, 2), second);
        Files.write(batch(share, a, 3), third);
        assertEverythingAppliedNow();
    }

    @Test
    void aGapIsWaitedForAndFilledLater() throws Exception {
        openCopy();
        byte[] second = Files.readAllBytes(batch(share, a, 2));
        Files.delete(batch(share, a, 2));
        SyncReport report = b.sync();
        assertOnlyFirstOfAAndAllOfDApplied(report, reported(a, 3), SkipReason.GAP);
        assertThat(report.skipped()).singleElement()
                .satisfies(s -> assertThat(s.detail()).contains("000000000002"));

        Files.write(batch(share, a, 2), second);
        assertEverythingAppliedNow();
    }

    @Test
    void aBatchOfAnotherRealmIsReportedAsSuch() throws Exception {
        damagedSecondBatchIsSkippedThenRetried(good -> ShareFiles.read(batch(temp.resolve("other-share"), other, 1)),
                SkipReason.OTHER_REALM);
    }

    @Test
    void aBatchSealedWithAnotherDevicesKeyHasABadSignature() throws Exception {
        openCopy();
        RealmKeys keys = b.store.read(dsl -> {
            var realm = dsl.selectFrom(SYNC_REALM).fetchOne();
            return new RealmKeys(realm.getBodyKey(), realm.getMacKey(), realm.getKeyId());
        });
        PublicKey keyOfA = DeviceKeys.decodePublic(b.store.read(dsl -> dsl.select(SYNC_DEVICE.PUBLIC_KEY)
                .from(SYNC_DEVICE).where(SYNC_DEVICE.DEVICE_ID.eq(a)).fetchOne(SYNC_DEVICE.PUBLIC_KEY)));
        PrivateKey keyOfD;
        try (SyncDevice devD = ShareFiles.reopen(temp.resolve("d"), share)) {
            keyOfD = DeviceKeys.decodePrivate(devD.store.read(dsl -> dsl.select(SYNC_REALM.PRIVATE_KEY)
                    .from(SYNC_REALM).fetchOne(SYNC_REALM.PRIVATE_KEY)));
        }
        byte[] good = Files.readAllBytes(batch(share, a, 2));
        Envelope.Opened opened = Envelope.open(good, keys, header -> Optional.of(keyOfA));
        // Same header, same body, same realm keys: only the signer differs.
        Files.write(batch(share, a, 2), Envelope.seal(opened.header(), opened.body(), keys, keyOfD));
        assertOnlyFirstOfAAndAllOfDApplied(b.sync(), reported(a, 2), SkipReason.BAD_SIGNATURE);

        Files.write(batch(share, a, 2), good);
        assertEverythingAppliedNow();
    }

    @Test
    void foreignFilesAndFoldersAreReportedAndBlockNothing() throws Exception {
        openCopy();
        Path folderOfA = batch(share, a, 1).getParent();
        Path log = folderOfA.getParent();
        Files.write(folderOfA.resolve("000000000001 (conflicted copy).batch"), Files.readAllBytes(batch(share, a, 2)));
        Files.writeString(folderOfA.resolve("desktop.ini"), "[.ShellClassInfo]");
        Files.write(folderOfA.resolve("000000000004.batch.tmp"), new byte[] {1, 2, 3});
        Files.writeString(log.resolve("desktop.ini"), "[.ShellClassInfo]");
        Files.createDirectories(log.resolve("Neuer Ordner"));
        Files.copy(batch(share, a, 1), log.resolve("Neuer Ordner").resolve("000000000001.batch"));
        UUID stranger = UUID.randomUUID();
        Files.createDirectories(log.resolve(stranger.toString()));
        Files.copy(batch(share, a, 1), log.resolve(stranger.toString()).resolve("000000000001.batch"));

        for (int round = 1; round <= 2; round++) {
            SyncReport report = b.sync();
            assertThat(report.skipped()).as("round %d", round).extracting(SyncReport.Skipped::file, SyncReport.Skipped::reason)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("log/" + a + "/000000000001 (conflicted copy).batch",
                                    SkipReason.FOREIGN_FILE),
                            org.assertj.core.groups.Tuple.tuple("log/" + a + "/desktop.ini", SkipReason.FOREIGN_FILE),
                            org.assertj.core.groups.Tuple.tuple("log/" + a + "/000000000004.batch.tmp",
                                    SkipReason.FOREIGN_FILE),
                            org.assertj.core.groups.Tuple.tuple("log/desktop.ini", SkipReason.FOREIGN_FILE),
                            org.assertj.core.groups.Tuple.tuple("log/Neuer Ordner", SkipReason.FOREIGN_FILE),
                            org.assertj.core.groups.Tuple.tuple(reported(stranger, 1), SkipReason.UNKNOWN_DEVICE));
            assertThat(report.imported()).as("round %d", round).isEqualTo(round == 1 ? 4 : 0);
            assertThat(familyNames(b)).containsExactly("A1", "A2", "A3", "D1");
        }
    }

    /**
     * A copy of A's newest batch put under the next number: B reports it, and A, whose folder it
     * sits in, is not stopped by it: A's next batch takes that number and reaches B.
     */
    @Test
    void aReplayUnderTheNextNumberBlocksNeitherReaderNorWriter() throws Exception {
        openCopy();
        Files.copy(batch(share, a, 3), batch(share, a, 4));
        SyncReport report = b.sync();
        assertThat(report.skipped()).extracting(SyncReport.Skipped::file, SyncReport.Skipped::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(reported(a, 4), SkipReason.OUT_OF_PLACE));
        assertThat(familyNames(b)).containsExactly("A1", "A2", "A3", "D1");

        try (SyncDevice devA = ShareFiles.reopen(temp.resolve("a"), share)) {
            devA.addPerson("A4", "x");
            assertThat(devA.sync().exported()).isEqualTo(1);
        }
        report = b.sync();
        assertThat(report.skipped()).isEmpty();
        assertThat(report.imported()).isEqualTo(1);
        assertThat(familyNames(b)).containsExactly("A1", "A2", "A3", "A4", "D1");
    }

    /**
     * A newer Lotse's batch with a record of a table this version lacks: applying the rest would
     * half-apply it, leaving the record out would lose it. It waits whole, reported with the table,
     * until this device is updated (here: until the file is as this version can read it).
     */
    @Test
    void aBatchOfANewerLotseNamingATableUnknownHereWaitsWhole() throws Exception {
        aBatchNamingATableUnknownHereWaitsWhole(String.valueOf(Integer.parseInt(Database.LATEST_SCHEMA) + 1),
                SkipReason.NEWER_FORMAT);
    }

    /** The same from a writer of this very schema is no newer Lotse: it cannot be applied, and says so. */
    @Test
    void aBatchOfThisSchemaNamingATableUnknownHereCannotBeApplied() throws Exception {
        aBatchNamingATableUnknownHereWaitsWhole(Database.LATEST_SCHEMA, SkipReason.CANNOT_APPLY);
    }

    private void aBatchNamingATableUnknownHereWaitsWhole(String schema, SkipReason expected) throws Exception {
        openCopy();
        Path second = batch(share, a, 2);
        byte[] good = Files.readAllBytes(second);
        Files.write(second, withATableUnknownHere(good, schema));
        for (int round = 1; round <= 2; round++) {
            SyncReport report = b.sync();
            assertOnlyFirstOfAAndAllOfDApplied(report, reported(a, 2), expected);
            assertThat(report.skipped().getFirst().detail()).as("round %d", round).isEqualTo("bed");
        }
        Files.write(second, good);
        assertEverythingAppliedNow();
    }

    /** A's batch as a writer of {@code schema} would seal it, with a record of a table "bed" beside A's person. */
    private byte[] withATableUnknownHere(byte[] good, String schema) throws Exception {
        RealmKeys keys = b.store.read(dsl -> {
            var realm = dsl.selectFrom(SYNC_REALM).fetchOne();
            return new RealmKeys(realm.getBodyKey(), realm.getMacKey(), realm.getKeyId());
        });
        PublicKey keyOfA = DeviceKeys.decodePublic(b.store.read(dsl -> dsl.select(SYNC_DEVICE.PUBLIC_KEY)
                .from(SYNC_DEVICE).where(SYNC_DEVICE.DEVICE_ID.eq(a)).fetchOne(SYNC_DEVICE.PUBLIC_KEY)));
        PrivateKey privateKeyOfA;
        try (SyncDevice devA = ShareFiles.reopen(temp.resolve("a"), share)) {
            privateKeyOfA = DeviceKeys.decodePrivate(devA.store.read(dsl -> dsl.select(SYNC_REALM.PRIVATE_KEY)
                    .from(SYNC_REALM).fetchOne(SYNC_REALM.PRIVATE_KEY)));
        }
        Envelope.Opened opened = Envelope.open(good, keys, header -> Optional.of(keyOfA));
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode header = (ObjectNode) mapper.readTree(opened.header());
        ArrayNode changes = (ArrayNode) mapper.readTree(opened.body());
        ObjectNode bed = (ObjectNode) changes.get(0).deepCopy();
        bed.put("e", "bed").put("id", UUID.randomUUID().toString());
        changes.add(bed);
        header.put("schema", schema).put("changes", changes.size());
        return Envelope.seal(mapper.writeValueAsBytes(header), mapper.writeValueAsBytes(changes), keys, privateKeyOfA);
    }

    // ---------------------------------------------------------------- the common course

    @FunctionalInterface
    private interface Damage {
        byte[] of(byte[] good) throws IOException;
    }

    private void damagedSecondBatchIsSkippedThenRetried(Damage damage, SkipReason expected) throws Exception {
        openCopy();
        Path second = batch(share, a, 2);
        byte[] good = Files.readAllBytes(second);
        Files.write(second, damage.of(good));

        assertOnlyFirstOfAAndAllOfDApplied(b.sync(), reported(a, 2), expected);
        // tried again, still bad, still reported, still nothing of it applied
        assertOnlyFirstOfAAndAllOfDApplied(b.sync(), reported(a, 2), expected);

        Files.write(second, good);
        assertEverythingAppliedNow();
    }

    private void assertOnlyFirstOfAAndAllOfDApplied(SyncReport report, String file, SkipReason reason) {
        assertThat(report.skipped()).extracting(SyncReport.Skipped::file, SyncReport.Skipped::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(file, reason));
        assertThat(familyNames(b)).as("A's good first batch and D's batch are applied, nothing after the bad file")
                .containsExactly("A1", "D1");
        assertThat(stateIds(b)).as("no state of a change in a bad or later file").isEqualTo(idsOfA1AndD1);
        assertThat(b.sync.cursors().get(a).seq()).isEqualTo(1);
    }

    private void assertEverythingAppliedNow() throws Exception {
        SyncReport report = b.sync();
        assertThat(report.skipped()).isEmpty();
        assertThat(report.imported()).isEqualTo(2);
        assertThat(familyNames(b)).containsExactly("A1", "A2", "A3", "D1");
        assertThat(stateIds(b)).hasSize(4);
        assertThat(b.sync().imported()).as("applied once only").isZero();
    }

    private static byte[] flip(byte[] good, int position) {
        byte[] bad = good.clone();
        bad[position] ^= 0x10;
        return bad;
    }
}
