package de.lotse.app.window;

import de.lotse.app.TestLogin;
import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.app.AppContext;
import de.lotse.app.settings.Settings;
import de.lotse.app.ui.FxTaskRunner;
import de.lotse.core.cases.CaseStatus;
import de.lotse.core.cases.CaseSummary;
import de.lotse.core.cases.JournalEntry;
import de.lotse.core.directory.Caseworker;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The case screens in the main window on JavaFX's headless platform, with the demo office. */
class CasesWindowTest {

    @TempDir
    Path dataDir;

    private AppContext context;
    private FxTaskRunner tasks;
    private Ui ui;
    private Stage stage;
    private TestWindow window;
    private Caseworker me;

    @BeforeAll
    static void startToolkit() throws InterruptedException {
        TestWindow.startToolkit();
    }

    @BeforeEach
    void openWindow() throws Exception {
        context = TestLogin.open(dataDir, Clock.systemDefaultZone());
        context.addDemo(300, 1);
        me = context.directory().caseworkers().getFirst();
        window = TestWindow.open(context, dataDir, Settings.DEFAULTS.withCaseworker(me.id()), 1440, 900);
        tasks = window.tasks();
        ui = window.ui();
        stage = window.stage();
        idle();
    }

    @AfterEach
    void close() {
        window.close();
    }

    private void idle() throws InterruptedException {
        window.awaitIdle();
    }

    /** A node of the main window, looked up on the FX thread (call it there). */
    @SuppressWarnings("unchecked")
    private <T extends Node> T node(String id) {
        T node = (T) stage.getScene().lookup("#" + id);
        if (node == null) {
            throw new AssertionError("no node #" + id);
        }
        return node;
    }

    private <T extends Node> T lookup(String id) {
        return Toolkit.onFx(() -> node(id));
    }

    /** A case that is still being worked on, with the longest plan and journal of the demo office. */
    private CaseSummary richCase() {
        return context.cases().listAll().stream().filter(summary -> summary.status() != CaseStatus.CLOSED)
                .max(Comparator.comparingInt((CaseSummary summary) -> context.cases().steps(summary.id()).size()
                        + context.cases().journal(summary.id()).size())).orElseThrow();
    }

    @Test
    void aCaseOpensBesideTheListWithItsPlanAndJournal() throws Exception {
        CaseSummary shown = richCase();
        List<JournalEntry> journal = context.cases().journal(shown.id());
        JournalEntry original = journal.getLast();
        context.cases().write(shown.id(), me.name(), original.text() + " Dolmetscherin für Dari war dabei.",
                original.id());
        Toolkit.onFx(() -> {
            ui.openCase(shown.id());
            return null;
        });
        idle();
        TabPane area = lookup("persons-view");
        assertThat(Toolkit.onFx(() -> area.getSelectionModel().getSelectedIndex())).isEqualTo(1);
        assertThat(Toolkit.onFx(() -> ((TextField) node("case-number")).getText())).isEqualTo(shown.number());
        TableView<?> plan = lookup("case-plan");
        assertThat(Toolkit.onFx(() -> plan.getItems().size())).isEqualTo(context.cases().steps(shown.id()).size());
        TableView<?> list = lookup("cases-table");
        assertThat(Toolkit.onFx(() -> list.getSelectionModel().getSelectedIndex())).isNotNegative();
        assertThat(text("cases-count")).endsWith("Fällen");
        snapshot(stage.getScene(), "case-plan.png");

        Toolkit.onFx(() -> {
            ((TabPane) node("case-tabs")).getSelectionModel().select(1);
            return null;
        });
        snapshot(stage.getScene(), "case-journal.png");

        // Ctrl+S adds the entry written; the author is the user logged in
        Toolkit.onFx(() -> {
            ((TextArea) node("journal-text")).setText("Telefonat mit der Schule: Anmeldung klappt zum 1. des Monats.");
            stage.getScene().getAccelerators().get(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN))
                    .run();
            return null;
        });
        idle();
        List<JournalEntry> after = context.cases().journal(shown.id());
        assertThat(after).hasSize(journal.size() + 2);
        assertThat(after.getLast().author()).isEqualTo(context.user().orElseThrow().displayName());
        assertThat(after.getLast().confidential()).isFalse();

        // a confidential entry carries its badge; the box is unticked again after saving
        Toolkit.onFx(() -> {
            ((TextArea) node("journal-text")).setText("Termin in der Traumaambulanz vereinbart.");
            ((javafx.scene.control.CheckBox) node("journal-confidential")).setSelected(true);
            stage.getScene().getAccelerators().get(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN))
                    .run();
            return null;
        });
        idle();
        assertThat(context.cases().journal(shown.id()).getLast().confidential()).isTrue();
        assertThat(Toolkit.onFx(() -> ((javafx.scene.control.CheckBox) node("journal-confidential")).isSelected()))
                .isFalse();
        window.awaitPulse();
        assertThat(Toolkit.onFx(() -> (Node) node("journal-confidential-badge"))).isNotNull();
        snapshot(stage.getScene(), "case-journal-confidential.png");
        assertThat(Toolkit.onFx(() -> ui.cases().file().isDirty())).isFalse();

        // a new step without a title: the problem beside the field, nothing saved
        int steps = context.cases().steps(shown.id()).size();
        Toolkit.onFx(() -> {
            ((TabPane) node("case-tabs")).getSelectionModel().select(0);
            ((Button) node("case-step-new")).fire();
            return null;
        });
        Scene stepDialog = dialogScene();
        Toolkit.onFx(() -> {
            ((TextField) stepDialog.lookup("#field-dueOn")).setText("32.13.2026");
            ((Button) stepDialog.lookup("#dialog-save")).fire();
            return null;
        });
        idle();
        assertThat(Toolkit.onFx(() -> ((Label) stepDialog.lookup("#problem-dueOn")).getText()))
                .isEqualTo("als TT.MM.JJJJ eingeben");
        Toolkit.onFx(() -> {
            ((TextField) stepDialog.lookup("#field-dueOn")).setText("");
            ((Button) stepDialog.lookup("#dialog-save")).fire();
            return null;
        });
        idle();
        assertThat(Toolkit.onFx(() -> ((Label) stepDialog.lookup("#problem-title")).getText()))
                .isEqualTo("bitte ausfüllen");
        snapshot(stepDialog, "case-step.png");
        Toolkit.onFx(() -> {
            ((TextField) stepDialog.lookup("#field-title")).setText("Termin beim Jugendmigrationsdienst");
            ((Button) stepDialog.lookup("#dialog-save")).fire();
            return null;
        });
        idle();
        assertThat(context.cases().steps(shown.id())).hasSize(steps + 1);
        assertThat(Toolkit.onFx(() -> stepDialog.getWindow().isShowing())).isFalse();

        for (String tab : List.of("consents", "benefits", "referrals")) {
            Toolkit.onFx(() -> {
                ((TabPane) node("case-tabs")).getSelectionModel()
                        .select(List.of("plan", "journal", "consents", "benefits", "referrals").indexOf(tab));
                return null;
            });
            snapshot(stage.getScene(), "case-" + tab + ".png");
        }

        Toolkit.onFx(() -> {
            ui.settings().model().languageProperty().set(java.util.Locale.ENGLISH);
            ((TabPane) node("case-tabs")).getSelectionModel().select(0);
            return null;
        });
        idle();
        assertThat(Toolkit.onFx(() -> ((TabPane) node("case-tabs")).getTabs().get(1).getText()))
                .isEqualTo("Journal (" + (after.size() + 1) + ")");
        snapshot(stage.getScene(), "case-plan-en.png");
    }

    @Test
    void closingWithoutAReasonSaysSoAndChangesNothing() throws Exception {
        CaseSummary shown = richCase();
        Toolkit.onFx(() -> {
            ui.openCase(shown.id());
            return null;
        });
        idle();
        Toolkit.onFx(() -> {
            ((Button) node("case-status-closed")).fire();
            return null;
        });
        Scene dialog = dialogScene();
        Toolkit.onFx(() -> {
            ((Button) dialog.lookup("#close-confirm")).fire();
            return null;
        });
        idle();
        assertThat(Toolkit.onFx(() -> ((Label) dialog.lookup("#problem-closeReason")).getText()))
                .isEqualTo("bitte ausfüllen");
        assertThat(context.cases().find(shown.id()).orElseThrow().status()).isEqualTo(shown.status());
        snapshot(dialog, "case-close.png");

        Toolkit.onFx(() -> {
            ((TextArea) dialog.lookup("#field-closeReason")).setText("Ziele erreicht");
            ((Button) dialog.lookup("#close-confirm")).fire();
            return null;
        });
        idle();
        assertThat(context.cases().find(shown.id()).orElseThrow().status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(Toolkit.onFx(() -> dialog.getWindow().isShowing())).isFalse();
        assertThat(text("case-status")).isEqualTo("abgeschlossen");
    }

    @Test
    void aNewCaseIsOpenedFromTheDialogAndShowsItsNumber() throws Exception {
        var household = context.persons().listAll().stream()
                .map(row -> context.people().householdOf(row.id()))
                .flatMap(java.util.Optional::stream)
                .filter(view -> view.members().size() > 2 && view.members().stream()
                        .anyMatch(member -> member.role() == de.lotse.core.person.HouseholdRole.CHILD))
                .findFirst().orElseThrow();
        UUID person = household.members().getFirst().personId();
        CompletableFuture<UUID> created = new CompletableFuture<>();
        Toolkit.onFx(() -> {
            ui.show(ui.register());
            ui.cases().newCaseDialog().show(stage, person, household.id(), created::complete);
            return null;
        });
        idle();
        Scene dialog = dialogScene();
        snapshot(dialog, "case-new.png");
        Toolkit.onFx(() -> {
            ((Button) dialog.lookup("#new-case-create")).fire();
            return null;
        });
        idle();
        UUID caseId = created.get(10, TimeUnit.SECONDS);
        var caseFile = context.cases().find(caseId).orElseThrow();
        assertThat(caseFile.householdId()).isEqualTo(household.id());
        assertThat(caseFile.caseworkerId()).isEqualTo(me.id());
        assertThat(caseFile.number()).startsWith(context.device().code() + "-");
        assertThat(Toolkit.onFx(() -> ((TextField) dialog.lookup("#new-case-number")).getText()))
                .isEqualTo(caseFile.number());
        snapshot(dialog, "case-new-done.png");

        Toolkit.onFx(() -> {
            ((Button) dialog.lookup("#new-case-open")).fire();
            return null;
        });
        idle();
        assertThat(Toolkit.onFx(() -> ((TextField) node("case-number")).getText())).isEqualTo(caseFile.number());
    }

    private String text(String id) {
        return Toolkit.onFx(() -> ((Label) stage.getScene().lookup("#" + id)).getText());
    }

    /** The scene of the dialog shown over the main window. */
    private Scene dialogScene() {
        return Toolkit.onFx(() -> Window.getWindows().stream()
                .filter(window -> window != stage && window.isShowing() && window.getScene() != null
                        && window.getScene().getRoot() instanceof DialogPane)
                .reduce((first, second) -> second).orElseThrow().getScene());
    }

    /** Lets two pulses pass (tables size their cells a pulse after their columns), then writes a PNG. */
    private void snapshot(Scene scene, String name) throws IOException {
        TestWindow.snapshot(scene, name);
    }
}
