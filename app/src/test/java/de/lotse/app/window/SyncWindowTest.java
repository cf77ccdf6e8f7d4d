package de.lotse.app.window;

import de.lotse.app.TestLogin;
import static de.lotse.app.sync.SampleConflicts.cityConflict;
import static de.lotse.app.sync.SampleConflicts.deletedInUse;
import static de.lotse.app.sync.SampleConflicts.duplicatePerson;
import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.app.AppContext;
import de.lotse.app.feature.sync.SyncFeature;
import de.lotse.app.settings.Settings;
import de.lotse.app.shell.Answer;
import de.lotse.app.shell.Command;
import de.lotse.app.sync.FakeSyncPort;
import de.lotse.app.sync.SyncScheduler;
import de.lotse.app.ui.FxTaskRunner;
import de.lotse.core.sync.Conflict;
import de.lotse.core.sync.Resolution;
import de.lotse.core.sync.SkipReason;
import de.lotse.core.sync.SyncReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Verwaltung → Abgleich and Konflikte on JavaFX's headless platform, over an in-memory sync. */
class SyncWindowTest {

    @TempDir
    Path dataDir;

    private AppContext context;
    private FxTaskRunner tasks;
    private SyncScheduler scheduler;
    private Ui ui;
    private Stage stage;
    private TestWindow window;
    private volatile CountDownLatch syncsEnded = new CountDownLatch(1);

    @BeforeAll
    static void startToolkit() throws InterruptedException {
        TestWindow.startToolkit();
    }

    private void open(FakeSyncPort port) throws Exception {
        context = TestLogin.open(dataDir, Clock.systemDefaultZone());
        context.addDemo(40, 1);
        // syncs on a thread of their own, as in the app; the automatic rounds are not started here
        scheduler = new SyncScheduler(port, Executors.newSingleThreadExecutor(), (period, round) -> () -> { });
        window = TestWindow.open(context, dataDir, Settings.DEFAULTS, scheduler, 1280, 800);
        tasks = window.tasks();
        ui = window.ui();
        stage = window.stage();
        // after the window's own listener: when this one is told, the window's update is queued already
        scheduler.addListener((trigger, outcome) -> syncsEnded.countDown());
        // the state of sync is read once the first frame is out
        awaitPulse();
        awaitPulse();
        idle();
    }

    @AfterEach
    void close() {
        if (window != null) {
            window.close();
        } else if (context != null) {
            context.close();
        }
    }

    @Test
    void theSetUpFormShowsItsProblemsBesideTheFields() throws Exception {
        FakeSyncPort port = new FakeSyncPort();
        open(port);
        assertThat(text("status-sync")).isEqualTo("Kein Abgleich eingerichtet");
        // a click on the status bar's line opens Verwaltung → Abgleich
        onFx(() -> lookup("#status-sync").getOnMouseClicked().handle(null));
        assertThat(Toolkit.onFx(() -> ui.main().areaProperty().get().feature())).isEqualTo(ui.administration());
        assertThat(Toolkit.onFx(() -> ui.administration().selected())).isEqualTo(ui.sync().syncPage());
        var titles = Toolkit.onFx(() -> ((TabPane) lookup("#admin-view")).getTabs().stream()
                .map(tab -> tab.getText()).toList());
        assertThat(titles).endsWith("Abgleich", "Konflikte");
        assertThat(Toolkit.onFx(() -> ((TextField) lookup("#sync-device-name")).getText())).isNotBlank();
        snapshot("sync-setup.png");

        onFx(() -> {
            ((TextField) lookup("#sync-share")).setText("/mnt/integration");
            ((TextField) lookup("#sync-passphrase")).setText("kurz");
            ((Button) lookup("#sync-create")).fire();
        });
        assertThat(text("sync-problem-passphrase")).isEqualTo("mindestens 10 Zeichen");
        onFx(() -> {
            ((TextField) lookup("#sync-passphrase")).setText("Hattingen-2026!");
            ((TextField) lookup("#sync-passphrase-repeat")).setText("Hattingen-2025!");
            ((Button) lookup("#sync-create")).fire();
        });
        assertThat(text("sync-problem-repeat")).isEqualTo("stimmt nicht mit der ersten Eingabe überein");
        assertThat(Toolkit.onFx(() -> lookup("#sync-problem-passphrase").isVisible())).isFalse();
        snapshot("sync-setup-problems.png");

        port.refusingSetUp(de.lotse.core.sync.SyncRefusedException.Reason.WRONG_PASSPHRASE);
        onFx(() -> {
            ((TextField) lookup("#sync-passphrase")).setText("falsche Passphrase");
            ((Button) lookup("#sync-join")).fire();
        });
        assertThat(text("sync-setup-refusal")).isEqualTo("Die Passphrase stimmt nicht.");
        assertThat(Toolkit.onFx(() -> ((TextField) lookup("#sync-passphrase")).getText())).isEmpty();
        snapshot("sync-setup-refused.png");
    }

    @Test
    void ctrlShiftSSyncsOnceAndTheReportListsTheSkippedFiles() throws Exception {
        FakeSyncPort port = new FakeSyncPort()
                .withConflicts(List.of(cityConflict(), duplicatePerson()))
                .joined("\\\\rathaus\\integration\\lotse", "PC Empfang", Instant.now().minusSeconds(5 * 60 + 5), 3,
                        List.of("Laptop Unterkunft"))
                .reporting(new SyncReport(3, 128, List.of(
                        new SyncReport.Skipped("7f3a9c-000041.lotse", SkipReason.CORRUPT, "endet nach 812 von 4.096 Bytes"),
                        new SyncReport.Skipped("7f3a9c-000041 (Konfliktkopie).lotse", SkipReason.FOREIGN_FILE, ""),
                        new SyncReport.Skipped("b21e07-000007.lotse", SkipReason.GAP, "000006 fehlt noch")), 2));
        open(port);
        assertThat(text("status-sync")).isEqualTo("Abgleich vor 5 Min. · 3 warten · 2 Konflikte · Uhr prüfen");
        assertThat(Toolkit.onFx(() -> lookup("#status-sync").getStyleClass().contains("warning"))).isTrue();

        onFx(() -> stage.getScene().getAccelerators().get(SyncFeature.SYNC_NOW).run());
        assertThat(syncsEnded.await(30, TimeUnit.SECONDS)).isTrue();
        onFx(() -> { });
        idle();
        assertThat(port.syncs.get()).isEqualTo(1);
        assertThat(text("status-sync")).isEqualTo("Abgleich gerade eben · 2 Konflikte · Uhr prüfen");

        onFx(() -> ui.showSync());
        assertThat(text("sync-report-summary")).isEqualTo("3 Änderungen gesendet, 128 empfangen, 3 Dateien übersprungen.");
        assertThat(Toolkit.onFx(() -> ((TableView<?>) lookup("#sync-skipped")).getItems().size())).isEqualTo(3);
        assertThat(text("sync-state-clocks")).contains("Laptop Unterkunft");
        assertThat(Toolkit.onFx(() -> lookup("#sync-setup").isVisible())).isFalse();
        snapshot("sync-joined.png");
    }

    @Test
    void theConflictsInboxResolvesAFieldConflictByPick() throws Exception {
        FakeSyncPort port = new FakeSyncPort()
                .withConflicts(List.of(cityConflict(), duplicatePerson(), deletedInUse()))
                .joined("/mnt/integration", "PC Empfang", Instant.now().minusSeconds(90), 0, List.of());
        open(port);
        onFx(() -> ui.showConflicts());
        assertThat(text("conflicts-count")).isEqualTo("3 Konflikte");
        onFx(() -> ((TableView<?>) lookup("#conflicts-table")).getSelectionModel().select(0));
        assertThat(text("conflict-heading")).isEqualTo("Haddad, Amal (1987)");
        assertThat(Toolkit.onFx(() -> ((RadioButton) lookup("#conflict-value-1")).getText())).isEqualTo("Hagen");
        assertThat(Toolkit.onFx(() -> ((RadioButton) lookup("#conflict-value-3")).getText())).isEqualTo("(leer)");
        assertThat(Toolkit.onFx(() -> lookup("#conflict-new-value"))).isNotNull();
        onFx(() -> ((RadioButton) lookup("#conflict-value-2")).fire());
        snapshot("sync-conflicts.png");

        onFx(() -> ((TableView<?>) lookup("#conflicts-table")).getSelectionModel().select(1));
        assertThat(Toolkit.onFx(() -> lookup("#conflict-compare-persons"))).isNotNull();
        assertThat(Toolkit.onFx(() -> ((RadioButton) lookup("#conflict-value-2")).getText()))
                .isEqualTo("Eintrag von Laptop Unterkunft");
        assertThat(Toolkit.onFx(() -> lookup("#conflict-new-value"))).as("no typed value for a person twice").isNull();
        assertThat(Toolkit.onFx(() -> ((RadioButton) lookup("#conflict-value-3")).getText()))
                .isEqualTo("Verschiedene Personen: beide behalten");
        snapshot("sync-conflicts-duplicate.png");
        onFx(() -> ((TableView<?>) lookup("#conflicts-table")).getSelectionModel().select(2));
        assertThat(text("conflict-explanation")).contains("gelöscht").contains("bleibt erhalten");

        onFx(() -> ((TableView<?>) lookup("#conflicts-table")).getSelectionModel().select(0));
        onFx(() -> ((RadioButton) lookup("#conflict-value-2")).fire());
        onFx(() -> ((Button) lookup("#conflict-resolve")).fire());
        assertThat(port.resolutions).containsExactly(new Resolution.Pick(2));
        assertThat(text("conflicts-count")).isEqualTo("2 Konflikte");

        port.withConflicts(List.of());
        onFx(() -> ((Answer.Does) ui.answer(Command.RELOAD)).action().run());
        assertThat(Toolkit.onFx(() -> ((Label) ((TableView<?>) lookup("#conflicts-table")).getPlaceholder())
                .getText())).isEqualTo("Keine offenen Konflikte.");
        assertThat(text("status-sync")).isEqualTo("Abgleich vor 1 Min.");
        System.gc();
        assertThat(Toolkit.onFx(() -> lookup("#status-sync").getStyleClass().contains("warning"))).isFalse();
        assertThat(text("conflict-hint")).startsWith("Wenn zwei Geräte denselben Datensatz ändern");
        snapshot("sync-conflicts-empty.png");
    }

    @Test
    void theInboxShowsAndResolvesConflictsOfARealSyncBetweenTwoDevices(@TempDir Path other) throws Exception {
        Path share = Files.createDirectories(other.resolve("share"));
        char[] passphrase = "Rathaus-Hagen-2026".toCharArray();
        context = TestLogin.open(dataDir, Clock.systemDefaultZone());
        context.addDemo(40, 1);
        context.sync().createRealm(share, passphrase.clone(), "PC Empfang");
        context.sync().sync(de.lotse.core.task.Progress.NONE);
        UUID amal;
        try (AppContext laptop = TestLogin.joined(other.resolve("laptop"), share, passphrase.clone(),
                "Laptop Unterkunft")) {
            laptop.sync().sync(de.lotse.core.task.Progress.NONE);
            amal = context.persons().listAll().getFirst().id();
            moveTo(context, amal, "Hagen-Haspe");
            moveTo(laptop, amal, "Hagen-Wehringhausen");
            var twice = new de.lotse.core.person.PersonDraft("Popescu", "Ioana",
                    de.lotse.core.person.PartialDate.of(java.time.LocalDate.of(1990, 4, 12)),
                    de.lotse.core.person.Sex.FEMALE, List.of("RO"), null);
            context.persons().add(UUID.randomUUID(), twice);
            laptop.persons().add(UUID.randomUUID(), twice);
            context.sync().sync(de.lotse.core.task.Progress.NONE);
            laptop.sync().sync(de.lotse.core.task.Progress.NONE);
        }
        context.sync().sync(de.lotse.core.task.Progress.NONE);
        scheduler = new SyncScheduler(context.sync(), Executors.newSingleThreadExecutor(), (period, round) -> () -> { });
        window = TestWindow.open(context, dataDir, Settings.DEFAULTS, scheduler, 1280, 800);
        tasks = window.tasks();
        ui = window.ui();
        stage = window.stage();
        idle();
        onFx(() -> ui.showConflicts());
        assertThat(text("conflicts-count")).isEqualTo("2 Konflikte");
        int city = Toolkit.onFx(() -> ((TableView<Conflict>) lookup("#conflicts-table")).getItems().stream()
                .map(Conflict::kind).toList().indexOf(Conflict.FIELD));
        onFx(() -> ((TableView<?>) lookup("#conflicts-table")).getSelectionModel().select(city));
        assertThat(Toolkit.onFx(() -> ((RadioButton) lookup("#conflict-value-1")).getText()))
                .startsWith("Hagen-");
        onFx(() -> ((RadioButton) lookup("#conflict-value-1")).fire());
        snapshot("sync-conflicts-real.png");
        onFx(() -> ((Button) lookup("#conflict-resolve")).fire());
        idle();
        assertThat(text("conflicts-count")).isEqualTo("1 Konflikt");
        assertThat(context.sync().openConflicts()).singleElement()
                .satisfies(c -> assertThat(c.kind()).isEqualTo(Conflict.DUPLICATE_PERSON));
        onFx(() -> ((TableView<?>) lookup("#conflicts-table")).getSelectionModel().select(0));
        snapshot("sync-conflicts-real-duplicate.png");
    }

    private static void moveTo(AppContext device, UUID person, String city) {
        var detail = device.persons().find(person).orElseThrow().person();
        var contact = detail.contact();
        device.persons().update(person, new de.lotse.core.person.PersonDraft(detail.familyName(), detail.givenName(),
                detail.birthDate(), detail.sex(), detail.nationalities(), new de.lotse.core.person.Contact(
                        contact.phone(), contact.email(), new de.lotse.core.person.Address(
                                contact.address() == null ? null : contact.address().street(),
                                contact.address() == null ? null : contact.address().postalCode(), city)),
                detail.profile()));
    }

    private Node lookup(String selector) {
        return stage.getScene().lookup(selector);
    }

    private String text(String id) {
        return Toolkit.onFx(() -> ((Label) lookup("#" + id)).getText());
    }

    private void idle() throws InterruptedException {
        window.awaitIdle();
    }

    private void onFx(Runnable work) throws InterruptedException {
        Toolkit.onFx(() -> {
            work.run();
            return null;
        });
        idle();
        if (window != null) {
            // a page shown in a tab is skinned, and so found by lookup, only at the next pulse
            window.awaitPulse();
        }
    }

    private void snapshot(String name) throws Exception {
        TestWindow.snapshot(stage.getScene(), name);
    }

    private void awaitPulse() {
        window.awaitPulse();
    }
}
