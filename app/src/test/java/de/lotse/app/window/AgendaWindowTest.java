package de.lotse.app.window;

import de.lotse.app.TestLogin;
import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.app.AppContext;
import de.lotse.app.feature.agenda.AgendaView;
import de.lotse.app.settings.Settings;
import de.lotse.app.settings.SettingsFile;
import de.lotse.app.shell.Command;
import de.lotse.app.ui.FxTaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Termine on JavaFX's headless platform: the week, the dialog with a problem, and the screenshots of both. */
class AgendaWindowTest {

    /** A Wednesday, so that the week shown has appointments before and after today. */
    private static final Clock CLOCK = Clock.fixed(
            ZonedDateTime.of(2026, 11, 18, 10, 0, 0, 0, ZoneId.of("Europe/Berlin")).toInstant(),
            ZoneId.of("Europe/Berlin"));

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
        context = TestLogin.open(dataDir, CLOCK);
        context.addDemo(300, 1);
        window = TestWindow.open(context, dataDir, Settings.DEFAULTS, 1280, 800);
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

    private <T extends Node> T node(Scene scene, String id) {
        @SuppressWarnings("unchecked")
        T found = (T) scene.lookup("#" + id);
        assertThat(found).as(id).isNotNull();
        return found;
    }

    private void press(javafx.scene.input.KeyCombination keys) throws InterruptedException {
        Toolkit.onFx(() -> {
            stage.getScene().getAccelerators().get(keys).run();
            return null;
        });
        idle();
    }

    private Optional<Scene> dialogScene() {
        return Toolkit.onFx(() -> Window.getWindows().stream().filter(w -> w != stage && w.isShowing())
                .map(Window::getScene).filter(s -> s != null && s.lookup("#appointment-dialog") != null)
                .findFirst());
    }

    private static void snapshot(Scene scene, String name) throws Exception {
        TestWindow.snapshot(scene, name);
    }

    @Test
    void theWeekIsShownWithAppointmentsThatOpenTheirPerson() throws Exception {
        press(ui.areaOf(ui.agenda()).shortcut());
        Scene scene = stage.getScene();
        assertThat(Toolkit.onFx(() -> scene.lookup("#agenda-view").isVisible())).isTrue();
        int count = Toolkit.onFx(() -> ui.agenda().model().countProperty().get());
        assertThat(count).isPositive();
        assertThat(Toolkit.onFx(() -> ((Label) node(scene, "agenda-count")).getText()))
                .isEqualTo(count + " Termine");
        assertThat(Toolkit.onFx(() -> ((Label) node(scene, "agenda-week")).getText()))
                .isEqualTo("KW 47 · 16.11.2026 – 22.11.2026");
        assertThat(Toolkit.onFx(() -> ((ComboBox<?>) node(scene, "agenda-caseworker")).getItems().size()))
                .isEqualTo(5);
        assertThat(Toolkit.onFx(() -> node(scene, "agenda-empty").isVisible())).isFalse();

        // the first appointment of Wednesday, chosen as with the keyboard
        ListView<?> wednesday = Toolkit.onFx(() -> node(scene, "agenda-day-3"));
        Toolkit.onFx(() -> {
            wednesday.requestFocus();
            wednesday.getSelectionModel().selectFirst();
            return null;
        });
        assertThat(Toolkit.onFx(() -> wednesday.getItems().isEmpty())).as("demo appointments on Wednesday")
                .isFalse();
        snapshot(scene, "agenda-week.png");

        // Enter edits it
        Toolkit.onFx(() -> {
            wednesday.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
            return null;
        });
        idle();
        Scene dialog = dialogScene().orElseThrow();
        assertThat(Toolkit.onFx(() -> ((TextField) node(dialog, "field-title")).getText())).isNotBlank();
        assertThat(Toolkit.onFx(() -> node(dialog, "appointment-delete").isVisible())).isTrue();
        snapshot(dialog, "agenda-dialog-edit.png");
        Toolkit.onFx(() -> {
            dialog.getWindow().hide();
            return null;
        });

        // Person öffnen shows the person in Personen & Fälle
        Toolkit.onFx(() -> {
            ((Button) node(scene, "agenda-open-person")).fire();
            return null;
        });
        idle();
        assertThat(Toolkit.onFx(() -> ui.main().areaProperty().get().feature())).isEqualTo(ui.register());
        assertThat(Toolkit.onFx(() -> ui.persons().editor().editingProperty().get())).isNotNull();

        // back in Termine, the weeks move by the keys in the tooltips
        press(ui.areaOf(ui.agenda()).shortcut());
        press(AgendaView.NEXT_WEEK);
        assertThat(Toolkit.onFx(() -> ui.agenda().model().weekStartProperty().get())).isEqualTo(LocalDate.of(2026, 11, 23));
        press(AgendaView.PREVIOUS_WEEK);
        press(AgendaView.PREVIOUS_WEEK);
        assertThat(Toolkit.onFx(() -> ui.agenda().model().weekStartProperty().get())).isEqualTo(LocalDate.of(2026, 11, 9));
        press(AgendaView.THIS_WEEK);
        assertThat(Toolkit.onFx(() -> ui.agenda().model().weekStartProperty().get())).isEqualTo(LocalDate.of(2026, 11, 16));
    }

    @Test
    void theCaseworkerChosenIsTheSessionsAndAnEmptyWeekSaysSo() throws Exception {
        press(ui.areaOf(ui.agenda()).shortcut());
        UUID chosen = Toolkit.onFx(() -> ui.agenda().model().caseworkers().getFirst().id());
        Toolkit.onFx(() -> {
            ui.session().caseworkerProperty().set(chosen);
            return null;
        });
        idle();
        assertThat(Toolkit.onFx(() -> ui.agenda().model().caseworkerProperty().get())).isEqualTo(chosen);
        assertThat(Toolkit.onFx(() -> ((ComboBox<?>) node(stage.getScene(), "agenda-caseworker")).getValue()))
                .hasFieldOrPropertyWithValue("id", chosen);
        assertThat(new SettingsFile(dataDir).load().caseworker()).isEqualTo(chosen);

        Toolkit.onFx(() -> {
            ui.agenda().model().showWeekOf(LocalDate.of(2027, 3, 1));
            return null;
        });
        idle();
        Label empty = Toolkit.onFx(() -> node(stage.getScene(), "agenda-empty"));
        assertThat(Toolkit.onFx(empty::isVisible)).isTrue();
        assertThat(Toolkit.onFx(empty::getText)).startsWith("In dieser Woche sind für ")
                .contains(Toolkit.onFx(() -> ui.agenda().model().caseworkers().getFirst().name()));
        snapshot(stage.getScene(), "agenda-empty.png");
    }

    @Test
    void aNewAppointmentShowsItsProblemsBesideTheFieldsThenSaves() throws Exception {
        press(ui.areaOf(ui.agenda()).shortcut());
        int before = Toolkit.onFx(() -> ui.agenda().model().countProperty().get());
        press(Command.NEW_APPOINTMENT.key());
        Scene dialog = dialogScene().orElseThrow();
        assertThat(Toolkit.onFx(() -> node(dialog, "appointment-delete", true))).isNull();
        Toolkit.onFx(() -> {
            ((TextField) node(dialog, "field-startTime")).setText("25:00");
            ((TextField) node(dialog, "field-place")).setText("Büro Integration, Raum 2.14");
            ((TextField) node(dialog, "field-person-search")).setText("a");
            return null;
        });
        idle();
        assertThat(Toolkit.onFx(() -> ((ListView<?>) node(dialog, "appointment-person-matches")).getItems()
                .size())).isEqualTo(20);
        snapshot(dialog, "agenda-dialog-search.png");
        Toolkit.onFx(() -> {
            ListView<?> matches = node(dialog, "appointment-person-matches");
            matches.getSelectionModel().select(0);
            matches.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
            ((Button) node(dialog, "appointment-save")).fire();
            return null;
        });
        idle();
        assertThat(Toolkit.onFx(() -> ((Label) node(dialog, "problem-startTime")).getText()))
                .isEqualTo("als HH:MM eingeben, z. B. 09:30");
        assertThat(Toolkit.onFx(() -> ((Label) node(dialog, "problem-title")).getText()))
                .isEqualTo("bitte ausfüllen");
        assertThat(Toolkit.onFx(() -> ((Label) node(dialog, "appointment-person")).getText())).isNotBlank();
        snapshot(dialog, "agenda-dialog.png");
        assertThat(Toolkit.onFx(() -> ui.agenda().model().countProperty().get())).isEqualTo(before);

        Toolkit.onFx(() -> {
            ((TextField) node(dialog, "field-title")).setText("Begleitung zur Ausländerbehörde");
            ((TextField) node(dialog, "field-startTime")).setText("11:15");
            ((Button) node(dialog, "appointment-save")).fire();
            return null;
        });
        idle();
        assertThat(dialogScene()).as("closed after saving").isEmpty();
        assertThat(Toolkit.onFx(() -> ui.agenda().model().countProperty().get())).isEqualTo(before + 1);
    }

    @Test
    void aBusyDayScrollsWithinItsColumnInBothLanguages() throws Exception {
        var person = context.people().search("", 1).getFirst();
        UUID worker = context.directory().caseworkers().getFirst().id();
        for (int i = 0; i < 15; i++) {
            var saved = context.agenda().save(null, new de.lotse.core.agenda.Appointment(context.agenda().newId(),
                    person.id(), null, worker, LocalDate.of(2026, 11, 19).atTime(8 + i / 2, i % 2 * 30), 30,
                    i % 3 == 0 ? "Antrag auf Wohnberechtigungsschein besprechen" : "Sprechstunde",
                    i % 2 == 0 ? "Büro Integration, Raum 2.14" : null, i % 4 == 0 ? "Jobcenter Hagen" : null,
                    i % 5 == 0 ? "ti" : null, 30));
            assertThat(saved).isInstanceOf(de.lotse.core.validation.Validated.Valid.class);
        }
        press(ui.areaOf(ui.agenda()).shortcut());
        assertThat(Toolkit.onFx(() -> ((ListView<?>) node(stage.getScene(), "agenda-day-4")).getItems().size()))
                .isEqualTo(15);
        snapshot(stage.getScene(), "agenda-busy.png");
        Toolkit.onFx(() -> {
            ui.settings().model().languageProperty().set(java.util.Locale.ENGLISH);
            return null;
        });
        idle();
        assertThat(Toolkit.onFx(() -> ((Label) node(stage.getScene(), "agenda-week")).getText()))
                .isEqualTo("Week 47 · 16/11/2026 – 22/11/2026");
        snapshot(stage.getScene(), "agenda-busy-en.png");
    }

    private Node node(Scene scene, String id, boolean mayBeMissing) {
        return scene.lookup("#" + id);
    }
}
