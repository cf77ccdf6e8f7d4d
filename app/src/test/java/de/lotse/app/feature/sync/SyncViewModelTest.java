package de.lotse.app.feature.sync;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.app.InlineTaskRunner;
import de.lotse.app.i18n.Messages;
import de.lotse.app.sync.FakeSyncPort;
import de.lotse.app.sync.SyncScheduler;
import de.lotse.core.sync.SkipReason;
import de.lotse.core.sync.SyncRefusedException;
import de.lotse.core.sync.SyncReport;
import de.lotse.core.sync.SyncStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Abgleich without a screen: the fake port answers, the scheduler and the runner run inline. */
class SyncViewModelTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final Messages GERMAN = new Messages(Locale.GERMAN);

    private final List<Throwable> failures = new ArrayList<>();
    private SyncScheduler scheduler;

    private SyncViewModel model(FakeSyncPort port) {
        scheduler = new SyncScheduler(port, Runnable::run, (period, round) -> () -> { });
        SyncViewModel model = new SyncViewModel(scheduler, new InlineTaskRunner(), Runnable::run, failures::add,
                () -> "PC-Empfang-2", Clock.fixed(NOW, BERLIN));
        model.load();
        return model;
    }

    @Test
    void notJoinedSuggestsTheHostNameAsDeviceName() {
        SyncViewModel model = model(new FakeSyncPort());
        assertThat(model.joinedProperty().get()).isFalse();
        assertThat(model.deviceNameProperty().get()).isEqualTo("PC-Empfang-2");
    }

    @Test
    void theSetUpFormNamesEachProblemBesideItsField() {
        FakeSyncPort port = new FakeSyncPort();
        SyncViewModel model = model(port);
        model.deviceNameProperty().set(" ");
        model.passphraseProperty().set("kurz");
        model.createRealm();
        assertThat(model.problemsProperty().get()).isEqualTo(Map.of(
                SyncViewModel.Field.SHARE, "sync.problem.shareRequired",
                SyncViewModel.Field.DEVICE_NAME, "sync.problem.required",
                SyncViewModel.Field.PASSPHRASE, "sync.problem.passphraseShort"));
        assertThat(GERMAN.get("sync.problem.passphraseShort", SyncViewModel.MIN_PASSPHRASE))
                .isEqualTo("mindestens 10 Zeichen");

        model.shareProperty().set("/mnt/integration");
        model.deviceNameProperty().set("Laptop Unterkunft");
        model.passphraseProperty().set("Hattingen-2026!");
        model.passphraseRepeatProperty().set("Hattingen-2025!");
        model.createRealm();
        assertThat(model.problemsProperty().get())
                .isEqualTo(Map.of(SyncViewModel.Field.REPEAT, "sync.problem.passphraseMismatch"));
        assertThat(GERMAN.get("sync.problem.passphraseMismatch"))
                .isEqualTo("stimmt nicht mit der ersten Eingabe überein");
        assertThat(port.setUps).as("nothing reaches the port while a field is wrong").isEmpty();
    }

    @Test
    void settingUpHandsThePassphraseOnWipesItAndSyncsAtOnce() {
        FakeSyncPort port = new FakeSyncPort();
        SyncViewModel model = model(port);
        model.shareProperty().set("/mnt/integration");
        model.passphraseProperty().set("Hattingen-2026!");
        model.passphraseRepeatProperty().set("Hattingen-2026!");
        model.createRealm();

        assertThat(model.problemsProperty().get()).isEmpty();
        FakeSyncPort.SetUp setUp = port.setUps.getFirst();
        assertThat(setUp.action()).isEqualTo("create");
        assertThat(setUp.share()).isEqualTo(Path.of("/mnt/integration"));
        assertThat(setUp.deviceName()).isEqualTo("PC-Empfang-2");
        assertThat(setUp.passphraseAsGiven()).isEqualTo("Hattingen-2026!");
        assertThat(new String(setUp.passphrase())).as("the array is wiped after use").isEqualTo("\0".repeat(15));
        assertThat(model.passphraseProperty().get()).isEmpty();
        assertThat(model.passphraseRepeatProperty().get()).isEmpty();
        assertThat(model.joinedProperty().get()).isTrue();
        assertThat(port.syncs.get()).as("a first sync right after set-up").isEqualTo(1);
        assertThat(failures).isEmpty();
    }

    @Test
    void aRefusedJoinIsSaidInWordsAndClearsThePassphrase() {
        FakeSyncPort port = new FakeSyncPort().refusingSetUp(SyncRefusedException.Reason.WRONG_PASSPHRASE);
        SyncViewModel model = model(port);
        model.shareProperty().set("/mnt/integration");
        model.passphraseProperty().set("falsch");
        model.join();
        assertThat(model.problemsProperty().get()).as("joining needs no repeat and no minimum length").isEmpty();
        assertThat(port.setUps.getFirst().action()).isEqualTo("join");
        assertThat(model.setUpRefusalProperty().get()).isEqualTo(SyncRefusedException.Reason.WRONG_PASSPHRASE);
        assertThat(GERMAN.get("sync.refused." + model.setUpRefusalProperty().get().name()))
                .isEqualTo("Die Passphrase stimmt nicht.");
        assertThat(model.passphraseProperty().get()).isEmpty();
        assertThat(model.joinedProperty().get()).isFalse();
        assertThat(failures).isEmpty();
    }

    @Test
    void aSyncShowsItsReportWithTheSkippedFiles() {
        FakeSyncPort port = new FakeSyncPort().joined("/mnt/integration", "Laptop", null, 3, List.of())
                .reporting(new SyncReport(3, 41, List.of(
                        new SyncReport.Skipped("7f3a-000012.batch", SkipReason.CORRUPT, "endet nach 812 von 4.096 Bytes"),
                        new SyncReport.Skipped("desktop.ini", SkipReason.FOREIGN_FILE, "")), 0));
        SyncViewModel model = model(port);
        List<Boolean> syncingSeen = new ArrayList<>();
        model.syncingProperty().addListener((obs, old, now) -> syncingSeen.add(now));
        assertThat(model.syncNow()).isTrue();

        assertThat(syncingSeen).containsExactly(true, false);
        assertThat(model.lastReportProperty().get().imported()).isEqualTo(41);
        assertThat(model.skipped()).extracting(SyncReport.Skipped::file).containsExactly("7f3a-000012.batch",
                "desktop.ini");
        assertThat(GERMAN.get("sync.skip." + model.skipped().getFirst().reason().name()))
                .isEqualTo("beschädigt oder unvollständig");
        assertThat(GERMAN.get("sync.report.summary", 3, 41, 2))
                .isEqualTo("3 Änderungen gesendet, 41 empfangen, 2 Dateien übersprungen.");
        assertThat(model.statusProperty().get().changesWaiting()).as("status read anew after the sync").isZero();
    }

    @Test
    void anUnreachableShareIsSaidOnlyWhenAPersonAskedForTheSync() {
        FakeSyncPort port = new FakeSyncPort().joined("/mnt/integration", "Laptop", null, 0, List.of())
                .refusingSync(SyncRefusedException.Reason.SHARE_UNREACHABLE);
        SyncViewModel model = model(port);
        // the automatic round: silent
        assertThat(scheduler.automaticRound()).isTrue();
        assertThat(port.syncs.get()).isEqualTo(1);
        assertThat(model.syncRefusalProperty().get()).isNull();
        // the button: said
        model.syncNow();
        assertThat(model.syncRefusalProperty().get()).isEqualTo(SyncRefusedException.Reason.SHARE_UNREACHABLE);
        assertThat(failures).isEmpty();
    }

    @Test
    void theStatusLineReadsNaturally() {
        Instant fiveMinutesAgo = NOW.minusSeconds(5 * 60 + 20);
        assertThat(line(null)).isEqualTo("Abgleich …");
        assertThat(line(new SyncStatus(Optional.empty(), "PC", Optional.empty(), 0, 0, List.of())))
                .isEqualTo("Kein Abgleich eingerichtet");
        assertThat(line(status(null, 0, 0, List.of()))).isEqualTo("Noch nicht abgeglichen");
        assertThat(line(status(NOW.minusSeconds(20), 0, 0, List.of()))).isEqualTo("Abgleich gerade eben");
        assertThat(line(status(fiveMinutesAgo, 3, 2, List.of()))).isEqualTo("Abgleich vor 5 Min. · 3 warten · 2 Konflikte");
        assertThat(line(status(fiveMinutesAgo, 0, 1, List.of("Laptop")))).isEqualTo("Abgleich vor 5 Min. · 1 Konflikt · Uhr prüfen");
        assertThat(line(status(Instant.parse("2026-02-27T15:30:00Z"), 1_234, 0, List.of())))
                .isEqualTo("Abgleich 27.02.2026 16:30 · 1.234 warten");
        assertThat(SyncTexts.statusLine(GERMAN, status(fiveMinutesAgo, 3, 0, List.of()), true, NOW, BERLIN))
                .isEqualTo("Abgleich läuft … · 3 warten");
        assertThat(SyncTexts.statusLine(new Messages(Locale.ENGLISH), status(fiveMinutesAgo, 3, 2, List.of()), false,
                NOW, BERLIN)).isEqualTo("Synced 5 min ago · 3 waiting · 2 conflicts");
        assertThat(SyncTexts.needsAttention(status(fiveMinutesAgo, 3, 0, List.of()))).isFalse();
        assertThat(SyncTexts.needsAttention(status(fiveMinutesAgo, 0, 1, List.of()))).isTrue();
        assertThat(SyncTexts.needsAttention(status(fiveMinutesAgo, 0, 0, List.of("Laptop")))).isTrue();
    }

    private static String line(SyncStatus status) {
        return SyncTexts.statusLine(GERMAN, status, false, NOW, BERLIN);
    }

    private static SyncStatus status(Instant last, long waiting, int conflicts, List<String> clocks) {
        return new SyncStatus(Optional.of("/mnt/integration"), "PC", Optional.ofNullable(last), waiting, conflicts,
                clocks);
    }
}
