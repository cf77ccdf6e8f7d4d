package de.lotse.persistence.sync;

import static de.lotse.persistence.sync.ShareFiles.familyNames;
import static de.lotse.persistence.sync.ShareFiles.personRows;
import static de.lotse.persistence.sync.ShareFiles.states;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lotse.core.sync.SyncRefusedException;
import de.lotse.core.sync.SyncRefusedException.Reason;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Invariant 4, absence is never a delete: an unmounted, emptied or replaced share, or a device's
 * files gone from it, delete nothing on any device; another realm's share is refused by name.
 */
class AbsentShareTest {

    @TempDir
    Path temp;

    private Path share;
    private SyncDevice a;
    private SyncDevice b;
    private List<String> rowsOfB;
    private List<String> statesOfB;

    /** A and B both hold "A1" and "B1"; each then makes one more person that waits for export. */
    @BeforeEach
    void twoDevicesInStep() throws Exception {
        share = temp.resolve("share");
        Files.createDirectories(share);
        a = SyncDevice.founder(temp.resolve("a"), share);
        b = SyncDevice.member(temp.resolve("b"), share, "Laptop B");
        a.addPerson("A1", "x");
        a.sync();
        b.addPerson("B1", "x");
        b.sync();
        a.sync();
        assertThat(familyNames(a)).containsExactly("A1", "B1");
        a.addPerson("A2", "x");
        b.addPerson("B2", "x");
        rowsOfB = personRows(b);
        statesOfB = states(b);
    }

    @AfterEach
    void close() {
        a.close();
        b.close();
    }

    @Test
    void anUnmountedShareIsRefusedAndDeletesNothing() throws Exception {
        Path away = temp.resolve("unmounted");
        Files.move(share, away);

        assertRefused(b, Reason.SHARE_UNREACHABLE);
        assertRefused(a, Reason.SHARE_UNREACHABLE);
        assertBUntouched();
        assertThat(b.sync.status().changesWaiting()).as("B2 still waits").isEqualTo(1);
        assertThat(Files.exists(share)).as("nothing made in place of the missing share").isFalse();

        Files.move(away, share);
        assertAllArriveOnceTheShareIsBack();
    }

    @Test
    void anEmptiedShareIsNoRealmAndDeletesNothing() throws Exception {
        Path away = temp.resolve("lotse-away");
        Files.move(share.resolve("lotse"), away);

        assertRefused(b, Reason.NO_REALM);
        assertRefused(a, Reason.NO_REALM);
        assertBUntouched();
        assertThat(share).isEmptyDirectory();

        Files.move(away, share.resolve("lotse"));
        assertAllArriveOnceTheShareIsBack();
    }

    @Test
    void aShareReplacedByAnotherRealmsIsRefusedAndLeftAlone() throws Exception {
        Path away = temp.resolve("lotse-away");
        Files.move(share.resolve("lotse"), away);
        try (SyncDevice stranger = SyncDevice.founder(temp.resolve("stranger"), share)) {
            stranger.addPerson("Fremd", "x");
            stranger.sync();
        }
        Map<String, String> before = ShareFiles.hashes(share);

        assertRefused(b, Reason.OTHER_REALM);
        assertRefused(a, Reason.OTHER_REALM);
        assertBUntouched();
        assertThat(familyNames(b)).doesNotContain("Fremd");
        assertThat(ShareFiles.hashes(share)).as("nothing written into the other realm").isEqualTo(before);

        ShareFiles.deleteTree(share.resolve("lotse"));
        Files.move(away, share.resolve("lotse"));
        assertAllArriveOnceTheShareIsBack();
    }

    @Test
    void aDevicesVanishedBatchesDeleteNothingElsewhere() throws Exception {
        b.sync(); // B2 out
        a.sync(); // A2 out, B2 in
        b.sync(); // A2 in
        List<String> rows = personRows(b);
        assertThat(personRows(a)).isEqualTo(rows);
        ShareFiles.deleteTree(share.resolve("lotse").resolve("log").resolve(a.store.device().id().toString()));
        Files.deleteIfExists(share.resolve("lotse").resolve("heads").resolve(a.store.device().id() + ".json"));

        assertThat(b.sync().skipped()).isEmpty();
        assertThat(a.sync().skipped()).isEmpty();
        assertThat(personRows(b)).as("B keeps A's records").isEqualTo(rows);
        assertThat(personRows(a)).as("A keeps its own records").isEqualTo(rows);

        // A carries on where it was; B takes A's next batch after the ones that vanished
        a.addPerson("A3", "x");
        assertThat(a.sync().exported()).isEqualTo(1);
        assertThat(b.sync().imported()).isEqualTo(1);
        assertThat(familyNames(b)).containsExactly("A1", "A2", "A3", "B1", "B2");
    }

    private void assertBUntouched() {
        assertThat(personRows(b)).isEqualTo(rowsOfB);
        assertThat(states(b)).isEqualTo(statesOfB);
    }

    private void assertAllArriveOnceTheShareIsBack() throws Exception {
        b.sync();
        a.sync();
        b.sync();
        assertThat(familyNames(a)).containsExactly("A1", "A2", "B1", "B2");
        assertThat(personRows(b)).isEqualTo(personRows(a));
        assertThat(states(b)).isEqualTo(states(a));
    }

    private static void assertRefused(SyncDevice device, Reason reason) {
        assertThatThrownBy(device::sync).isInstanceOfSatisfying(SyncRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
