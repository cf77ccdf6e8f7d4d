package de.lotse.app;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.app.feature.admin.AdministrationView;
import de.lotse.app.settings.Settings;
import de.lotse.app.shell.Area;
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
        context = AppContext.open(dataDir, Clock.systemDefaultZone());
        context.addDemo(300, 1);
        window = TestWindow.open(context, dataDir, Settings.DEFAULTS, 1200, 780);
        tasks = window.tasks();
        ui = window.ui();
        stage = window.stage();
        idle();
        Screenshots.onFx(() -> {
            stage.getScene().getAccelerators().get(Area.ADMIN.shortcut()).run();
            return null;
        });
        idle();
    }

    @AfterEach
    void close() {
        window.close();
    }

    private void idle() throws InterruptedException {
        window.awaitIdle();
    }

    private void show(AdministrationView.Page page) throws InterruptedException {
        Screenshots.onFx(() -> {
            ui.administration().show(page);
            return null;
        });
        idle();
        awaitPulse();
    }

    private void onFx(Runnable work) throws InterruptedException {
        Screenshots.onFx(() -> {
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
        return Screenshots.onFx(() -> ((Label) stage.getScene().lookup("#" + id)).getText());
    }

    private void press(KeyCode key, boolean shortcut) throws InterruptedException {
        onFx(() -> stage.getScene().getAccelerators().get(shortcut
                ? new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN) : new KeyCodeCombination(key)).run());
    }

    @Test
    void verwaltungHasItsTabsTheSettingsFirst() throws Exception {
        var titles = Screenshots.onFx(() -> ((TabPane) stage.getScene().lookup("#admin-view")).getTabs().stream()
                .map(tab -> tab.getText()).toList());
        assertThat(titles).containsExactly("Einstellungen", "Organisationen", "Planvorlagen", "Mitarbeitende",
                "Abgleich", "Konflikte");
        assertThat(Screenshots.onFx(() -> ((TabPane) stage.getScene().lookup("#admin-view")).getTabs().getFirst()
                .getContent().lookup("#admin-language"))).as("the settings are the first tab").isNotNull();
        snapshot("admin-settings.png");
    }

    @Test
    void organisationsInEnglish() throws Exception {
        onFx(() -> ui.admin().languageProperty().set(java.util.Locale.ENGLISH));
        show(AdministrationView.Page.ORGANISATIONS);
        onFx(() -> table("organisations-table").getSelectionModel().select(3));
        assertThat(text("organisations-count")).isEqualTo("12 organisations");
        snapshot("admin-organisations-en.png");
    }

    @Test
    void organisationsTabShowsTheListAndTheFormWithContacts() throws Exception {
        show(AdministrationView.Page.ORGANISATIONS);
        assertThat(text("organisations-count")).isEqualTo("12 Organisationen");
        onFx(() -> table("organisations-table").getSelectionModel().select(0));
        assertThat(Screenshots.onFx(() -> ui.organisations().modeProperty().get())).isEqualTo(FormMode.EDIT);
        assertThat(Screenshots.onFx(() -> table("contacts-table").getItems().size())).isEqualTo(1);
        snapshot("admin-organisations.png");

        // Ctrl+N, Ctrl+S and Esc act on this tab
        press(KeyCode.N, true);
        assertThat(text("organisation-title")).isEqualTo("Neue Organisation");
        onFx(() -> ui.organisations().postalCodeProperty().set("123"));
        press(KeyCode.S, true);
        assertThat(text("problem-name")).isEqualTo("bitte ausfüllen");
        assertThat(text("problem-postalCode")).isEqualTo("fünf Ziffern erwartet");
        snapshot("admin-organisations-problems.png");
        assertThat(context.directory().organisations()).hasSize(12);
        press(KeyCode.ESCAPE, false);
        assertThat(Screenshots.onFx(() -> ui.organisations().modeProperty().get())).isEqualTo(FormMode.EMPTY);
        assertThat(Screenshots.onFx(() -> ui.main().areaProperty().get())).isEqualTo(Area.ADMIN);
    }

    @Test
    void aContactIsAddedThroughItsDialogWhichStaysOpenWhileAFieldIsWrong() throws Exception {
        show(AdministrationView.Page.ORGANISATIONS);
        onFx(() -> table("organisations-table").getSelectionModel().select(0));
        var organisation = Screenshots.onFx(() -> ui.organisations().editingProperty().get());
        // the dialog waits in a nested event loop: open it without waiting for it
        javafx.application.Platform.runLater(() ->
                ((javafx.scene.control.Button) stage.getScene().lookup("#contacts-add")).fire());
        javafx.scene.control.DialogPane pane = awaitDialog();
        onFx(() -> {
            ((javafx.scene.control.TextField) pane.lookup("#field-email")).setText("kein-at-zeichen");
            saveButton(pane).fire();
        });
        assertThat(Screenshots.onFx(() -> ((Label) pane.lookup("#problem-name")).getText())).isEqualTo("bitte ausfüllen");
        assertThat(Screenshots.onFx(() -> pane.getScene().getWindow().isShowing())).isTrue();
        var image = Screenshots.onFx(() -> pane.getScene().snapshot(null));
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                Files.createDirectories(Path.of("target/screenshots")).resolve("admin-contact-dialog.png").toFile());
        onFx(() -> {
            ((javafx.scene.control.TextField) pane.lookup("#field-name")).setText("Frau Özdemir");
            ((javafx.scene.control.TextField) pane.lookup("#field-email")).setText("oezdemir@example.org");
            saveButton(pane).fire();
        });
        assertThat(Screenshots.onFx(() -> pane.getScene() == null || !pane.getScene().getWindow().isShowing()))
                .isTrue();
        assertThat(context.directory().contacts(organisation)).extracting(c -> c.name()).contains("Frau Özdemir");
        assertThat(Screenshots.onFx(() -> table("contacts-table").getItems().size())).isEqualTo(2);
    }

    private static javafx.scene.control.Button saveButton(javafx.scene.control.DialogPane pane) {
        return (javafx.scene.control.Button) pane.lookupButton(pane.getButtonTypes().stream()
                .filter(type -> type.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE)
                .findFirst().orElseThrow());
    }

    private javafx.scene.control.DialogPane awaitDialog() throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            var pane = Screenshots.onFx(() -> javafx.stage.Window.getWindows().stream()
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
        show(AdministrationView.Page.TEMPLATES);
        assertThat(Screenshots.onFx(() -> table("templates-table").getItems().size())).isEqualTo(4);
        onFx(() -> table("templates-table").getSelectionModel().select(0));
        onFx(() -> table("steps-table").getSelectionModel().select(1));
        assertThat(Screenshots.onFx(() -> table("steps-table").getItems().size())).isGreaterThan(4);
        snapshot("admin-templates.png");
        onFx(() -> ((javafx.scene.control.ScrollPane) stage.getScene().lookup("#template-form")).setVvalue(1));
        snapshot("admin-templates-step.png");

        // a step without a title: its row is marked, the problem stands beside the field, nothing is saved
        onFx(() -> ui.templates().steps().get(1).titleProperty().set(""));
        press(KeyCode.S, true);
        assertThat(text("problem-stepTitle")).isEqualTo("bitte ausfüllen");
        assertThat(text("problem-steps")).isEqualTo("Bitte prüfen Sie die rot markierten Schritte.");
        snapshot("admin-templates-problems.png");
        assertThat(context.directory().templates().stream().flatMap(t -> t.steps().stream())
                .noneMatch(step -> step.title().isBlank())).isTrue();
        press(KeyCode.ESCAPE, false);
        assertThat(Screenshots.onFx(() -> ui.templates().isDirty())).isFalse();
    }

    @Test
    void caseworkersTabListsTheOffice() throws Exception {
        show(AdministrationView.Page.CASEWORKERS);
        assertThat(text("caseworkers-count")).isEqualTo("4 Personen");
        onFx(() -> table("caseworkers-table").getSelectionModel().select(0));
        assertThat(Screenshots.onFx(() -> ui.caseworkers().modeProperty().get())).isEqualTo(FormMode.EDIT);
        snapshot("admin-caseworkers.png");
    }

    @Test
    void ctrlNOnTheSettingsTabStillOpensANewPerson() throws Exception {
        press(KeyCode.N, true);
        assertThat(Screenshots.onFx(() -> ui.main().areaProperty().get())).isEqualTo(Area.PERSONS);
        assertThat(text("editor-title")).isEqualTo("Neue Person");
    }

    private void snapshot(String name) throws Exception {
        TestWindow.snapshot(stage.getScene(), name);
    }

    private void awaitPulse() {
        window.awaitPulse();
    }
}
