package de.lotse.app.window;

import de.lotse.app.TestLogin;
import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.app.AppContext;
import de.lotse.app.feature.start.StartViewModel;
import de.lotse.app.settings.Settings;
import de.lotse.app.settings.SettingsFile;
import de.lotse.app.shell.Area;
import de.lotse.app.ui.FxTaskRunner;
import de.lotse.core.overview.OfficeFigures;
import de.lotse.core.overview.OverviewQueries;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main window on JavaFX's headless platform, against a real store in a temp folder. */
class MainWindowTest {

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
        context.addDemo(300, 4);
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

    /** No work pending, and a pulse passed: a tab's content joins the scene only when its skin is made. */
    private void idle() throws InterruptedException {
        window.awaitIdle();
        window.awaitPulse();
    }

    private String text(String id) {
        return Toolkit.onFx(() -> ((Label) stage.getScene().lookup("#" + id)).getText());
    }

    @Test
    void windowOpensWithFiguresFromTheDatabase() {
        assertThat(text("tile-persons")).isEqualTo("300");
        assertThat(text("tile-households")).isEqualTo(String.valueOf(context.tableCounts().get("household")));
        assertThat(text("status-device")).isEqualTo("Gerät: " + context.device().code());
        assertThat(text("status-schema")).isEqualTo("Schema: " + de.lotse.persistence.Database.LATEST_SCHEMA);
        assertThat(text("status-data-dir")).isEqualTo("Datenordner: " + dataDir);
    }

    @Test
    void navigationReachesEachAreaByButtonAndShortcut() throws Exception {
        for (Area area : ui.main().areas()) {
            String id = area.feature().id();
            Toolkit.onFx(() -> {
                ((ToggleButton) stage.getScene().lookup("#nav-" + id)).fire();
                return null;
            });
            idle();
            assertThat(shownViewId()).isEqualTo(id + "-view");
        }
        List<Area> areas = ui.main().areas();
        for (Area area : List.of(areas.get(3), areas.get(0), areas.get(1))) {
            Toolkit.onFx(() -> {
                stage.getScene().getAccelerators().get(area.shortcut()).run();
                return null;
            });
            idle();
            assertThat(shownViewId()).isEqualTo(area.feature().id() + "-view");
        }
        assertThat(text("persons-count")).isEqualTo("300 Personen");
    }

    private String shownViewId() {
        return Toolkit.onFx(() -> {
            Node center = ((javafx.scene.layout.BorderPane) stage.getScene().getRoot()).getCenter();
            return ((javafx.scene.layout.StackPane) center).getChildren().getFirst().getId();
        });
    }

    @Test
    void languageSwitchChangesLabelsAndIsRemembered() throws Exception {
        assertThat(navText("persons")).isEqualTo("Personen & Fälle");
        Toolkit.onFx(() -> {
            ui.settings().model().languageProperty().set(Locale.ENGLISH);
            return null;
        });
        idle();
        assertThat(navText("persons")).isEqualTo("People & cases");
        assertThat(text("status-data-dir")).isEqualTo("Data folder: " + dataDir);
        assertThat(new SettingsFile(dataDir).load().language()).isEqualTo(Locale.ENGLISH);
    }

    private String navText(String id) {
        return Toolkit.onFx(() -> ((ToggleButton) stage.getScene().lookup("#nav-" + id)).getText());
    }

    @Test
    void searchWhileTypingFindsSpellingsAndCounts() throws Exception {
        Toolkit.onFx(() -> {
            ui.show(ui.register());
            return null;
        });
        idle();
        var row = context.persons().listAll().stream().filter(p -> p.givenName() != null && p.givenName().length() > 3)
                .findFirst().orElseThrow();
        // typed in capitals, given name first, with the family name's vowels changed as transliterations do
        String typed = (row.givenName() + " " + row.familyName().replace('o', 'u').replace('e', 'i'))
                .toUpperCase(Locale.ROOT);
        var found = Toolkit.onFx(() -> {
            ui.persons().list().filterProperty().set(typed);
            return ui.persons().list().shown().stream().map(e -> e.row().id()).toList();
        });
        assertThat(found).contains(row.id()).hasSizeLessThan(300);
        assertThat(text("persons-count")).isEqualTo(found.size() + " von 300 Personen");
        Toolkit.onFx(() -> {
            ui.persons().list().filterProperty().set("");
            return null;
        });
        assertThat(text("persons-count")).isEqualTo("300 Personen");
    }

    @Test
    void newPersonFlowShowsProblemsBesideFieldsThenSaves() throws Exception {
        Toolkit.onFx(() -> {
            stage.getScene().getAccelerators().get(ui.areaOf(ui.register()).shortcut()).run();
            return null;
        });
        idle();
        Toolkit.onFx(() -> {
            ((javafx.scene.control.Button) stage.getScene().lookup("#persons-new")).fire();
            ((javafx.scene.control.TextField) stage.getScene().lookup("#field-birthDate")).setText("30.02.1990");
            ((javafx.scene.control.TextField) stage.getScene().lookup("#field-givenName")).setText("Leyla");
            ((javafx.scene.control.Button) stage.getScene().lookup("#editor-save")).fire();
            return null;
        });
        idle();
        assertThat(text("problem-birthDate")).isEqualTo("als TT.MM.JJJJ, MM.JJJJ oder JJJJ eingeben");
        Toolkit.onFx(() -> {
            ((javafx.scene.control.TextField) stage.getScene().lookup("#field-birthDate")).setText("1990");
            ((javafx.scene.control.Button) stage.getScene().lookup("#editor-save")).fire();
            return null;
        });
        idle();
        assertThat(text("problem-familyName")).isEqualTo("bitte ausfüllen");
        assertThat(text("editor-title")).isEqualTo("Neue Person");
        snapshot("person-editor-problems.png");
        assertThat(context.persons().countPersons()).isEqualTo(300);

        Toolkit.onFx(() -> {
            ((javafx.scene.control.TextField) stage.getScene().lookup("#field-familyName")).setText("Zeynalova");
            ((javafx.scene.control.Button) stage.getScene().lookup("#editor-save")).fire();
            return null;
        });
        idle();
        assertThat(context.persons().countPersons()).isEqualTo(301);
        assertThat(text("editor-title")).isEqualTo("Zeynalova, Leyla");
        assertThat(text("persons-count")).isEqualTo("301 Personen");
        assertThat(Toolkit.onFx(() -> ui.persons().editor().isDirty())).isFalse();
    }

    @Test
    void theStartViewListsWhatNeedsTheChosenCaseworkersAttention() throws Exception {
        var caseworker = context.directory().caseworkers().getFirst();
        Toolkit.onFx(() -> {
            ui.session().caseworkerProperty().set(caseworker.id());
            return null;
        });
        idle();
        var expected = context.attention().attention(caseworker.id(), context.today(), 8);
        assertThat(text("attention-overdue-count")).isEqualTo(String.valueOf(expected.overdueSteps().total()));
        assertThat(text("attention-withoutCase-count"))
                .isEqualTo(new de.lotse.app.i18n.Messages(java.util.Locale.GERMAN)
                        .number(expected.personsWithoutCase().total()));
        assertThat(new SettingsFile(dataDir).load().caseworker()).as("the choice is remembered")
                .isEqualTo(caseworker.id());
        snapshotOf("#start-view", "start-attention.png");
    }

    @Test
    void possibleDuplicatesAreListedSideBySideInTheirOwnWindow() throws Exception {
        var someone = context.persons().listAll().getFirst();
        context.people().add(new de.lotse.core.person.PersonDraft(someone.familyName().toUpperCase(java.util.Locale.ROOT),
                someone.givenName(), someone.birthDate(), someone.sex(), List.of("SY"), null));
        Toolkit.onFx(() -> {
            stage.getScene().getAccelerators().get(ui.areaOf(ui.register()).shortcut()).run();
            return null;
        });
        idle();
        Toolkit.onFx(() -> {
            ((javafx.scene.control.Button) stage.getScene().lookup("#persons-duplicates")).fire();
            return null;
        });
        idle();
        Stage window = Toolkit.onFx(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w != stage && w instanceof Stage).map(w -> (Stage) w).findFirst().orElseThrow());
        Toolkit.onFx(() -> {
            var table = (javafx.scene.control.TableView<?>) window.getScene().lookup("#duplicates-table");
            table.getSelectionModel().select(0);
            return null;
        });
        idle();
        assertThat(Toolkit.onFx(() -> ui.persons().duplicates().pairs().size())).isPositive();
        var image = Toolkit.onFx(() -> window.getScene().snapshot(null));
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                java.nio.file.Files.createDirectories(Path.of("target/screenshots")).resolve("duplicates.png").toFile());
        Toolkit.onFx(() -> {
            window.close();
            return null;
        });
    }

    @Test
    void aStoredPersonShowsHouseholdResidenceAndCasesUnderTheForm() throws Exception {
        var householdCase = context.cases().listAll().stream().filter(summary -> summary.householdId() != null)
                .findFirst().orElseThrow();
        Toolkit.onFx(() -> {
            ui.openPerson(householdCase.personId());
            return null;
        });
        idle();
        snapshot("person-records-top.png");
        snapshotOf("#person-editor", "person-records.png");
        String caseNumbers = Toolkit.onFx(() -> stage.getScene().lookup("#records-cases").lookupAll(".label")
                .stream().filter(Label.class::isInstance).map(node -> ((Label) node).getText())
                .collect(java.util.stream.Collectors.joining(" ")));
        assertThat(caseNumbers).contains(householdCase.number());
        assertThat(Toolkit.onFx(() -> stage.getScene().lookup("#household-create"))).as("has a household").isNull();
    }

    /** The whole content of a scroll pane, also the part scrolled out of sight. */
    private void snapshotOf(String scrollPane, String name) throws java.io.IOException {
        var image = Toolkit.onFx(() -> ((javafx.scene.control.ScrollPane) stage.getScene().lookup(scrollPane))
                .getContent().snapshot(null, null));
        Path out = java.nio.file.Files.createDirectories(Path.of("target/screenshots"));
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                out.resolve(name).toFile());
    }

    private void snapshot(String name) throws java.io.IOException {
        TestWindow.snapshot(stage.getScene(), name);
    }

    @Test
    void longDatabaseCallDoesNotBlockTheFxThread() throws Exception {
        OverviewQueries slow = (today, top) -> {
            sleep(1500);
            return new OfficeFigures(7, 3, 2, 1, 1, List.of());
        };
        var none = new de.lotse.core.overview.Attention.Section(List.of(), 0);
        StartViewModel model = Toolkit.onFx(() -> new StartViewModel(slow,
                (caseworker, today, limit) -> new de.lotse.core.overview.Attention(none, none, none, none, none, none),
                List::of, new javafx.beans.property.SimpleObjectProperty<>(), tasks, LocalDate::now, f -> { }));
        Toolkit.onFx(() -> {
            model.refresh();
            return null;
        });
        long started = System.nanoTime();
        CompletableFuture<Long> answered = new CompletableFuture<>();
        Platform.runLater(() -> answered.complete((System.nanoTime() - started) / 1_000_000));
        assertThat(answered.get(5, TimeUnit.SECONDS)).as("FX thread answers while the query runs").isLessThan(500);
        assertThat(Toolkit.onFx(() -> model.loadingProperty().get())).isTrue();
        idle();
        assertThat(Toolkit.onFx(() -> model.figuresProperty().get().persons())).isEqualTo(7);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
