package de.lotse.persistence.sync;

import static de.lotse.persistence.sync.ShareFiles.familyNames;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lotse.core.sync.SyncRefusedException;
import de.lotse.core.sync.SyncRefusedException.Reason;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Invariant 4's other half and the design's "own seq ahead of its database": a data folder copied
 * to a second laptop, or put back from an old backup, carries the same device identity. Whichever
 * copy exports second is refused, and nothing on the share is overwritten.
 */
class CloneRestoreTest {

    @TempDir
    Path temp;

    private Path share;

    /** A (founder) and B have both seen A's first batch ("A1"); A is closed. */
    @BeforeEach
    void founderWithOneBatch() throws Exception {
        share = temp.resolve("share");
        Files.createDirectories(share);
        try (SyncDevice a = SyncDevice.founder(temp.resolve("a"), share);
             SyncDevice b = SyncDevice.member(temp.resolve("b"), share, "Laptop B")) {
            a.addPerson("A1", "x");
            a.sync();
            b.sync();
        }
    }

    @Test
    void theOriginalIsRefusedOnceTheCloneExported() throws Exception {
        ShareFiles.copyTree(temp.resolve("a"), temp.resolve("c"));
        try (SyncDevice a = new SyncDevice(temp.resolve("a"));
             SyncDevice c = new SyncDevice(temp.resolve("c"))) {
            assertThat(c.store.device().id()).isEqualTo(a.store.device().id());
            c.addPerson("C1", "x");
            assertThat(c.sync().exported()).isEqualTo(1);

            a.addPerson("A2", "x");
            assertRefusedLeavingTheShareAlone(a);
            assertThat(a.sync.status().changesWaiting()).as("A2 is kept, waiting").isEqualTo(1);
        }
    }

    @Test
    void theCloneIsRefusedOnceTheOriginalExported() throws Exception {
        ShareFiles.copyTree(temp.resolve("a"), temp.resolve("c"));
        try (SyncDevice a = new SyncDevice(temp.resolve("a"));
             SyncDevice c = new SyncDevice(temp.resolve("c"))) {
            a.addPerson("A2", "x");
            assertThat(a.sync().exported()).isEqualTo(1);

            c.addPerson("C1", "x");
            assertRefusedLeavingTheShareAlone(c);
            // and the original carries on
            a.addPerson("A3", "x");
            assertThat(a.sync().exported()).isEqualTo(1);
        }
        try (SyncDevice b = new SyncDevice(temp.resolve("b"))) {
            b.sync();
            assertThat(familyNames(b)).containsExactly("A1", "A2", "A3");
        }
    }

    @Test
    void aDeviceRestoredFromAnOldCopyIsRefused() throws Exception {
        ShareFiles.copyTree(temp.resolve("a"), temp.resolve("backup"));
        try (SyncDevice a = new SyncDevice(temp.resolve("a"))) {
            a.addPerson("A2", "x");
            a.sync();
            a.addPerson("A3", "x");
            a.sync();
        }
        ShareFiles.deleteTree(temp.resolve("a"));
        ShareFiles.copyTree(temp.resolve("backup"), temp.resolve("a"));
        try (SyncDevice a = new SyncDevice(temp.resolve("a"))) {
            assertRefusedLeavingTheShareAlone(a);
            a.addPerson("A2 again", "x");
            assertRefusedLeavingTheShareAlone(a);
            assertThat(familyNames(a)).containsExactly("A1", "A2 again");
        }
        try (SyncDevice b = new SyncDevice(temp.resolve("b"))) {
            b.sync();
            assertThat(familyNames(b)).as("what A exported before the restore stays").containsExactly("A1", "A2", "A3");
        }
    }

    @Test
    void aRestoredDeviceThatRejoinsGetsBackWhatItExportedBeforeAndLosesNothingSince() throws Exception {
        ShareFiles.copyTree(temp.resolve("a"), temp.resolve("backup"));
        try (SyncDevice a = new SyncDevice(temp.resolve("a"))) {
            a.addPerson("A2", "x");
            a.sync();
        }
        ShareFiles.deleteTree(temp.resolve("a"));
        ShareFiles.copyTree(temp.resolve("backup"), temp.resolve("a"));
        java.util.UUID oldIdentity;
        try (SyncDevice a = new SyncDevice(temp.resolve("a"))) {
            oldIdentity = a.store.device().id();
            a.addPerson("A3 after the restore", "x");
            assertRefusedLeavingTheShareAlone(a);
            assertThatThrownBy(() -> a.sync.rejoin("falsch-falsch".toCharArray(), "Laptop A"))
                    .isInstanceOfSatisfying(SyncRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_PASSPHRASE));
            a.sync.rejoin(SyncDevice.PASSPHRASE.clone(), "Laptop A (neu)");
        }
        try (SyncDevice a = new SyncDevice(temp.resolve("a"))) {
            assertThat(a.store.device().id()).isNotEqualTo(oldIdentity);
            assertThat(a.sync().skipped()).isEmpty();
            assertThat(familyNames(a)).as("A2 comes back from the share").containsExactly("A1", "A2",
                    "A3 after the restore");
        }
        try (SyncDevice b = new SyncDevice(temp.resolve("b"))) {
            b.sync();
            assertThat(familyNames(b)).containsExactly("A1", "A2", "A3 after the restore");
        }
    }

    @Test
    void aCloneThatRejoinsGoesOnBesideTheOriginal() throws Exception {
        ShareFiles.copyTree(temp.resolve("a"), temp.resolve("c"));
        try (SyncDevice a = new SyncDevice(temp.resolve("a"));
             SyncDevice c = new SyncDevice(temp.resolve("c"))) {
            a.addPerson("A2", "x");
            a.sync();
            c.addPerson("C1", "x");
            assertRefusedLeavingTheShareAlone(c);
            c.sync.rejoin(SyncDevice.PASSPHRASE.clone(), "Laptop C");
        }
        try (SyncDevice a = new SyncDevice(temp.resolve("a"));
             SyncDevice c = new SyncDevice(temp.resolve("c"))) {
            c.sync();
            a.sync();
            assertThat(familyNames(a)).containsExactly("A1", "A2", "C1");
            assertThat(familyNames(c)).containsExactly("A1", "A2", "C1");
        }
    }

    private void assertRefusedLeavingTheShareAlone(SyncDevice device) throws Exception {
        Map<String, String> before = ShareFiles.hashes(share.resolve("lotse"));
        before.keySet().removeIf(name -> name.startsWith("tmp/"));
        assertThatThrownBy(device::sync).isInstanceOfSatisfying(SyncRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.CLONED_OR_RESTORED));
        Map<String, String> after = ShareFiles.hashes(share.resolve("lotse"));
        after.keySet().removeIf(name -> name.startsWith("tmp/"));
        assertThat(after).as("no file on the share changed, none added, none removed").isEqualTo(before);
    }
}
