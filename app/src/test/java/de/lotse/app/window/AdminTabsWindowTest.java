package de.lotse.app.window;

import de.lotse.app.TestLogin;
import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.app.AppContext;
import de.lotse.app.settings.Settings;
import de.lotse.app.ui.FxTaskRunner;
import de.lotse.app.ui.form.FormMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Verwaltung's tabs on JavaFX's headless platform with demo data; writes screenshots of each. */
class AdminTabsWindowTest {

    @TempDir
    Path dataDir;

    private AppContext context;
    private FxTaskRunner tasks;
    private Ui ui;
    private Stage stage;
    private TestWindow window;

    @BeforeAll
    static void startToolkit() throws InterruptedException {
        TestWindow.startToolkit();
    }

    @BeforeEach
    void openWindow() throws Exception {
        context = TestLogin.open(dataDir, Clock.systemDefaultZone());
        context.addDemo(300, 1);
        window = TestWindow.open(context, dataDir, Settings.DEFAULTS, 1200, 780);
        tasks = window.tasks();
        ui = window.ui();
        stage = window.stage();
        idle();
        Toolkit.onFx(() -> {
            stage.getScene().getAccelerators().get(ui.areaOf(ui.administration()).shortcut()).run();
            return null;
        });
        idle();
        // a tab's scroll pane shows its content only once skinned, on the next pulse
        window.awaitPulse();
    }

    @AfterEach
    void close() {
        window.close();
    }

    private void idle() throws InterruptedException {
        window.awaitIdle();
    }

    private void show(de.lotse.app.shell.Feature page) throws InterruptedException {
        Toolkit.onFx(() -> {
            ui.show(page);
            return null;
        });
        idle();
        awaitPulse();
    }

    private void onFx(Runnable work) throws InterruptedException {
        Toolkit.onFx(() -> {
            work.run();
            return null;
        });
        idle();
    }

    @SuppressWarnings("unchecked")
    private <T> TableView<T> table(String id) {
        return (TableView<T>) stage.getScene().lookup("#" + id);
    }

    private String text(String id) {
        return Toolkit.onFx(() -> ((Label) stage.getScene().lookup("#" + id)).getText());
    }

    private void press(KeyCode key, boolean shortcut) throws InterruptedException {
        onFx(() -> stage.getScene().getAccelerators().get(shortcut
                ? new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN) : new KeyCodeCombination(key)).run());
    }

    @Test
    @SuppressWarnings("unchecked")
    void verwaltungHasItsTabsTheSettingsFirst() throws Exception {
        var titles = Toolkit.onFx(() -> ((TabPane) stage.getScene().lookup("#admin-view")).getTabs().stream()
                .map(tab -> tab.getText()).toList());
        assertThat(titles).containsExactly("Einstellungen", "Organisationen", "Planvorlagen", "Mitarbeitende",
                "Benutzer", "Abgleich", "Konflikte");
        assertThat(Toolkit.onFx(() -> ((TabPane) stage.getScene().lookup("#admin-view")).getTabs().getFirst()
                .getContent().lookup("#admin-language"))).as("the settings are the first tab").isNotNull();
        snapshot("admin-settings.png");

        // the office's idle time: shown, and a change is stored for every device
        assertThat(Toolkit.onFx(() -> ((javafx.scene.control.Spinner<?>) stage.getScene()
                .lookup("#admin-idle-minutes")).getValue())).isEqualTo(5);
        onFx(() -> ((javafx.scene.control.Spinner<Integer>) stage.getScene().lookup("#admin-idle-minutes"))
                .getValueFactory().setValue(12));
        assertThat(context.idleLock()).isEqualTo(java.time.Duration.ofMinutes(12));
    }

    @Test
    void organisationsInEnglish() throws Exception {
        onFx(() -> ui.settings().model().languageProperty().set(java.util.Locale.ENGLISH));
        show(ui.directory().organisations());
        onFx(() -> table("organisations-table").getSelectionModel().select(3));
        assertThat(text("organisations-count")).isEqualTo("12 organisations");
        snapshot("admin-organisations-en.png");
    }

    @Test
    void organisationsTabShowsTheListAndTheFormWithContacts() throws Exception {
        show(ui.directory().organisations());
        assertThat(text("organisations-count")).isEqualTo("12 Organisationen");
        onFx(() -> table("organisations-table").getSelectionModel().select(0));
        assertThat(Toolkit.onFx(() -> ui.directory().organisationsModel().modeProperty().get())).isEqualTo(FormMode.EDIT);
        assertThat(Toolkit.onFx(() -> table("contacts-table").getItems().size())).isEqualTo(1);
        snapshot("admin-organisations.png");

        // Ctrl+N, Ctrl+S and Esc act on this tab
        press(KeyCode.N, true);
        assertThat(text("organisation-title")).isEqualTo("Neue Organisation");
        onFx(() -> ui.directory().organisationsModel().postalCodeProperty().set("123"));
        press(KeyCode.S, true);
        assertThat(text("problem-name")).isEqualTo("bitte ausfüllen");
        assertThat(text("problem-postalCode")).isEqualTo("fünf Ziffern erwartet");
        snapshot("admin-organisations-problems.png");
        assertThat(context.directory().organisations()).hasSize(12);
        press(KeyCode.ESCAPE, false);
        assertThat(Toolkit.onFx(() -> ui.directory().organisationsModel().modeProperty().get())).isEqualTo(FormMode.EMPTY);
        assertThat(Toolkit.onFx(() -> ui.main().areaProperty().get().feature())).isEqualTo(ui.administration());
    }

    @Test
    void aContactIsAddedThroughItsDialogWhichStaysOpenWhileAFieldIsWrong() throws Exception {
        show(ui.directory().organisations());
        onFx(() -> table("organisations-table").getSelectionModel().select(0));
        var organisation = Toolkit.onFx(() -> ui.directory().organisationsModel().editingProperty().get());
        // the dialog waits in a nested event loop: open it without waiting for it
        javafx.application.Platform.runLater(() ->
                ((javafx.scene.control.Button) stage.getScene().lookup("#contacts-add")).fire());
        javafx.scene.control.DialogPane pane = awaitDialog();
        onFx(() -> {
            ((javafx.scene.control.TextField) pane.lookup("#field-email")).setText("kein-at-zeichen");
            saveButton(pane).fire();
        });
        assertThat(Toolkit.onFx(() -> ((Label) pane.lookup("#problem-name")).getText())).isEqualTo("bitte ausfüllen");
        assertThat(Toolkit.onFx(() -> pane.getScene().getWindow().isShowing())).isTrue();
        var image = Toolkit.onFx(() -> pane.getScene().snapshot(null));
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                Files.createDirectories(Path.of("target/screenshots")).resolve("admin-contact-dialog.png").toFile());
        onFx(() -> {
            ((javafx.scene.control.TextField) pane.lookup("#field-name")).setText("Frau Özdemir");
            ((javafx.scene.control.TextField) pane.lookup("#field-email")).setText("oezdemir@example.org");
            saveButton(pane).fire();
        });
        assertThat(Toolkit.onFx(() -> pane.getScene() == null || !pane.getScene().getWindow().isShowing()))
                .isTrue();
        assertThat(context.directory().contacts(organisation)).extracting(c -> c.name()).contains("Frau Özdemir");
        assertThat(Toolkit.onFx(() -> table("contacts-table").getItems().size())).isEqualTo(2);
    }

    private static javafx.scene.control.Button saveButton(javafx.scene.control.DialogPane pane) {
        return (javafx.scene.control.Button) pane.lookupButton(pane.getButtonTypes().stream()
                .filter(type -> type.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE)
                .findFirst().orElseThrow());
    }

    private javafx.scene.control.DialogPane awaitDialog() throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            var pane = Toolkit.onFx(() -> javafx.stage.Window.getWindows().stream()
                    .filter(window -> window != stage && window.getScene() != null
                            && window.getScene().getRoot() instanceof javafx.scene.control.DialogPane)
                    .map(window -> (javafx.scene.control.DialogPane) window.getScene().getRoot()).findFirst()
                    .orElse(null));
            if (pane != null) {
                return pane;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no dialog");
    }

    @Test
    void templatesTabShowsTheStepsOfATemplate() throws Exception {
        show(ui.directory().templates());
        assertThat(Toolkit.onFx(() -> table("templates-table").getItems().size())).isEqualTo(4);
        onFx(() -> table("templates-table").getSelectionModel().select(0));
        onFx(() -> table("steps-table").getSelectionModel().select(1));
        assertThat(Toolkit.onFx(() -> table("steps-table").getItems().size())).isGreaterThan(4);
        snapshot("admin-templates.png");
        onFx(() -> ((javafx.scene.control.ScrollPane) stage.getScene().lookup("#template-form")).setVvalue(1));
        snapshot("admin-templates-step.png");

        // a step without a title: its row is marked, the problem stands beside the field, nothing is saved
        onFx(() -> ui.directory().templatesModel().steps().get(1).titleProperty().set(""));
        press(KeyCode.S, true);
        assertThat(text("problem-stepTitle")).isEqualTo("bitte ausfüllen");
        assertThat(text("problem-steps")).isEqualTo("Bitte prüfen Sie die rot markierten Schritte.");
        snapshot("admin-templates-problems.png");
        assertThat(context.directory().templates().stream().flatMap(t -> t.steps().stream())
                .noneMatch(step -> step.title().isBlank())).isTrue();
        press(KeyCode.ESCAPE, false);
        assertThat(Toolkit.onFx(() -> ui.directory().templatesModel().isDirty())).isFalse();
    }

    @Test
    void caseworkersTabListsTheOffice() throws Exception {
        show(ui.directory().caseworkers());
        assertThat(text("caseworkers-count")).isEqualTo("4 Personen");
        onFx(() -> table("caseworkers-table").getSelectionModel().select(0));
        assertThat(Toolkit.onFx(() -> ui.directory().caseworkersModel().modeProperty().get())).isEqualTo(FormMode.EDIT);
        snapshot("admin-caseworkers.png");
    }

    @Test
    void ctrlNOnTheSettingsTabStillOpensANewPerson() throws Exception {
        press(KeyCode.N, true);
        assertThat(Toolkit.onFx(() -> ui.main().areaProperty().get().feature())).isEqualTo(ui.register());
        assertThat(text("editor-title")).isEqualTo("Neue Person");
    }

    private void snapshot(String name) throws Exception {
        TestWindow.snapshot(stage.getScene(), name);
    }

    private void awaitPulse() {
        window.awaitPulse();
    }
}
