package de.lotse.persistence.sync;

import static de.lotse.persistence.jooq.Tables.PERSON;
import static de.lotse.persistence.sync.ShareFiles.familyNames;
import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.core.sync.Conflict;
import de.lotse.core.sync.SyncReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Invariant 7, clocks lie: one device a year ahead, one a year behind and one whose clock jumps
 * back in the middle edit the same and different records alongside a device with a true clock.
 * All converge to the same rows and the same open conflicts, the far-off devices are flagged on
 * the others, and none is kept from exporting or importing.
 */
class ClockSkewTest {

    private static final Duration YEAR = Duration.ofDays(365);

    @TempDir
    Path temp;

    /** A clock that can be set back while a device runs, as after a wrong manual correction. */
    static final class JumpingClock extends Clock {

        volatile Duration offset = Duration.ZERO;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }
    }

    @Test
    void devicesWithLyingClocksConvergeAreFlaggedAndBlockNobody() throws Exception {
        Path share = temp.resolve("share");
        Files.createDirectories(share);
        JumpingClock jumping = new JumpingClock();
        try (SyncDevice truth = SyncDevice.founder(temp.resolve("truth"), share);
             SyncDevice ahead = joined("ahead", Clock.offset(Clock.systemUTC(), YEAR), share, "Zukunft");
             SyncDevice behind = joined("behind", Clock.offset(Clock.systemUTC(), YEAR.negated()), share, "Vergangenheit");
             SyncDevice jumper = joined("jumper", jumping, share, "Springer")) {
            List<SyncDevice> all = List.of(truth, ahead, behind, jumper);
            UUID shared = truth.addPerson("Haddad", "Amina");
            UUID other = truth.addPerson("Yilmaz", "Deniz");
            syncAll(all);

            // the same field on every device, without having seen each other's value
            truth.setPerson(shared, Map.of(PERSON.CITY, "Hagen"));
            ahead.setPerson(shared, Map.of(PERSON.CITY, "Iserlohn"));
            behind.setPerson(shared, Map.of(PERSON.CITY, "Witten"));
            jumper.setPerson(shared, Map.of(PERSON.CITY, "Schwerte"));
            // different fields and records
            ahead.setPerson(other, Map.of(PERSON.PHONE, "0176 1"));
            behind.setPerson(shared, Map.of(PERSON.PHONE, "0176 2"));
            behind.addPerson("Behind", "x");
            syncAll(all);

            jumping.offset = Duration.ofDays(-3);
            jumper.setPerson(other, Map.of(PERSON.CITY, "Hagen"));
            jumper.addPerson("Jumper", "x");
            // an edit that follows a far-ahead value wins on every device, though its clock is behind
            ahead.sync();
            behind.sync();
            behind.setPerson(other, Map.of(PERSON.PHONE, "0176 3"));
            syncAll(all);
            syncAll(all);

            for (SyncDevice device : all) {
                assertThat(ShareFiles.personRows(device)).as("rows on %s", name(device))
                        .isEqualTo(ShareFiles.personRows(truth));
                assertThat(ShareFiles.states(device)).as("states on %s", name(device)).isEqualTo(ShareFiles.states(truth));
                assertThat(ShareFiles.conflicts(device)).as("conflicts on %s", name(device))
                        .isEqualTo(ShareFiles.conflicts(truth));
            }
            assertThat(truth.sync.openConflicts()).singleElement().satisfies(c -> {
                assertThat(c.field()).isEqualTo("city");
                assertThat(c.values()).extracting(Conflict.Value::value)
                        .containsExactlyInAnyOrder("\"Hagen\"", "\"Iserlohn\"", "\"Witten\"", "\"Schwerte\"");
            });
            assertThat(truth.person(other).getPhone()).as("the later edit from behind replaced the one from ahead")
                    .isEqualTo("0176 3");
            assertThat(truth.person(other).getCity()).isEqualTo("Hagen");
            assertThat(truth.person(shared).getPhone()).isEqualTo("0176 2");

            assertThat(truth.sync.status().suspectClocks()).contains("Zukunft", "Vergangenheit")
                    .doesNotContain("Rathaus 1");
            assertThat(jumper.sync.status().suspectClocks()).contains("Zukunft", "Vergangenheit");
            assertThat(ahead.sync.status().suspectClocks()).contains("Vergangenheit").doesNotContain("Rathaus 1");
            assertThat(behind.sync.status().suspectClocks()).as("a device whose own clock is behind blames no true clock")
                    .contains("Zukunft").doesNotContain("Rathaus 1");

            // nobody is blocked: each device's next edit reaches every other
            for (SyncDevice device : all) {
                device.addPerson("Last " + name(device), "x");
                SyncReport report = device.sync();
                assertThat(report.exported()).as("%s exports", name(device)).isEqualTo(1);
                assertThat(report.skipped()).as("%s skips nothing", name(device)).isEmpty();
            }
            syncAll(all);
            for (SyncDevice device : all) {
                assertThat(familyNames(device)).as("on %s", name(device)).containsExactly("Behind", "Haddad", "Jumper",
                        "Last Rathaus 1", "Last Springer", "Last Vergangenheit", "Last Zukunft", "Yilmaz");
                assertThat(ShareFiles.personRows(device)).isEqualTo(ShareFiles.personRows(truth));
                assertThat(ShareFiles.conflicts(device)).isEqualTo(ShareFiles.conflicts(truth));
            }
        }
    }

    private SyncDevice joined(String folder, Clock clock, Path share, String name) throws Exception {
        SyncDevice device = new SyncDevice(temp.resolve(folder), clock, SyncHook.NONE);
        device.sync.join(share, SyncDevice.PASSPHRASE.clone(), name);
        return device;
    }

    private static String name(SyncDevice device) {
        return device.sync.status().deviceName();
    }

    private static void syncAll(List<SyncDevice> devices) throws Exception {
        for (SyncDevice device : devices) {
            assertThat(device.sync().skipped()).as("%s skips nothing", name(device)).isEmpty();
        }
    }
}
