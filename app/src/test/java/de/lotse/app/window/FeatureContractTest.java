package de.lotse.app.window;

import de.lotse.app.TestLogin;
import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.app.AppContext;
import de.lotse.app.settings.Settings;
import de.lotse.app.shell.Answer;
import de.lotse.app.shell.Command;
import de.lotse.app.shell.Feature;
import de.lotse.app.ui.BackgroundTask;
import de.lotse.app.ui.TaskRunner;
import de.lotse.core.cases.CaseStatus;
import de.lotse.core.cases.CaseSummary;
import de.lotse.core.directory.Caseworker;
import de.lotse.core.directory.Organisation;
import de.lotse.core.directory.PlanTemplate;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every area and every tab answers Ctrl+N, Ctrl+S, Esc and F5 as its feature's contract says:
 * pressed in the real window (headless, over a real store), each key does what the feature
 * declares, and a key it declares to ignore changes nothing.
 */
class FeatureContractTest {

    /** The commands each feature ignores; every other command it answers. A new feature joins this table. */
    private static final Map<String, Set<Command>> IGNORED = Map.ofEntries(
            Map.entry("start", EnumSet.of(Command.SAVE, Command.DISCARD)),
            Map.entry("persons", EnumSet.noneOf(Command.class)),
            Map.entry("cases", EnumSet.noneOf(Command.class)),
            Map.entry("agenda", EnumSet.of(Command.SAVE, Command.DISCARD)),
            Map.entry("settings", EnumSet.of(Command.SAVE, Command.DISCARD)),
            Map.entry("organisations", EnumSet.noneOf(Command.class)),
            Map.entry("templates", EnumSet.noneOf(Command.class)),
            Map.entry("caseworkers", EnumSet.noneOf(Command.class)),
            Map.entry("accounts", EnumSet.of(Command.SAVE, Command.DISCARD)),
            Map.entry("sync", EnumSet.of(Command.SAVE, Command.DISCARD)),
            Map.entry("conflicts", EnumSet.of(Command.SAVE, Command.DISCARD)));

    @TempDir
    Path dataDir;

    private AppContext context;
    private TestWindow window;
    private Ui ui;
    private final AtomicInteger tasksRun = new AtomicInteger();

    @BeforeAll
    static void startToolkit() {
        TestWindow.startToolkit();
    }

    @BeforeEach
    void openWindow() throws Exception {
        context = TestLogin.open(dataDir, Clock.systemDefaultZone());
        context.addDemo(300, 2);
        window = TestWindow.open(context, dataDir, Settings.DEFAULTS, 1280, 800, Counting::new);
        ui = window.ui();
        window.awaitIdle();
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void everyFeatureSaysWhatItDoesWithEachCommand() {
        List<Feature> features = ui.features();
        assertThat(features).extracting(Feature::id)
                .as("every feature of the window is in this test's table of ignored commands")
                .containsExactlyInAnyOrderElementsOf(IGNORED.keySet());
        for (Feature feature : features) {
            for (Command command : Command.values()) {
                Answer answer = Toolkit.onFx(() -> feature.answer(command));
                boolean ignored = IGNORED.get(feature.id()).contains(command);
                assertThat(answer).as("%s on %s", command, feature.id())
                        .isInstanceOf(ignored ? Answer.Ignores.class : Answer.Does.class);
                if (answer instanceof Answer.Ignores ignores) {
                    assertThat(ignores.reason()).as("why %s ignores %s", feature.id(), command).isNotBlank();
                }
            }
        }
    }

    @Test
    void ctrlNMakesANewRecordOfTheFeatureInFrontOrANewPersonWhereItHasNone() throws Exception {
        Map<String, Supplier<Boolean>> newRecordShown = Map.of(
                "organisations", () -> title("organisation-title").equals("Neue Organisation"),
                "templates", () -> title("template-title").equals("Neue Vorlage"),
                "caseworkers", () -> title("caseworker-title").equals("Neue Mitarbeiterin, neuer Mitarbeiter"),
                "cases", () -> dialogTitles().contains("Neuer Schritt"),
                "accounts", () -> dialogTitles().contains("Neues Konto"));
        for (Feature feature : ui.features()) {
            show(feature);
            if (feature == ui.cases()) {
                openACase();
            }
            press(Command.NEW_RECORD);
            Supplier<Boolean> shown = newRecordShown.getOrDefault(feature.id(),
                    () -> Toolkit.onFx(() -> ui.main().areaProperty().get().feature() == ui.register()
                            && ui.register().selected() == ui.persons()) && title("editor-title").equals("Neue Person"));
            assertThat(shown.get()).as("Ctrl+N on %s", feature.id()).isTrue();
            discardEverything();
        }
    }

    @Test
    void ctrlSSavesAndEscDropsTheFormInFront() throws Exception {
        UUID person = context.people().search("", 1).getFirst().id();
        Organisation organisation = context.directory().organisations().getFirst();
        PlanTemplate template = context.directory().templates().getFirst();
        Caseworker caseworker = context.directory().caseworkers().getFirst();
        var editor = ui.persons().editor();
        var organisations = ui.directory().organisationsModel();
        var templates = ui.directory().templatesModel();
        var caseworkers = ui.directory().caseworkersModel();
        List<Form> forms = List.of(
                new Form(ui.persons(), () -> editor.edit(person), editor::givenNameProperty, editor::isDirty,
                        () -> context.people().find(person).orElseThrow().person().givenName()),
                new Form(ui.directory().organisations(), () -> organisations.edit(organisation),
                        organisations::nameProperty, organisations::isDirty,
                        () -> named(context.directory().organisations(), Organisation::id, Organisation::name,
                                organisation.id())),
                new Form(ui.directory().templates(), () -> templates.edit(template), templates::nameProperty,
                        templates::isDirty, () -> named(context.directory().templates(), PlanTemplate::id,
                                PlanTemplate::name, template.id())),
                new Form(ui.directory().caseworkers(), () -> caseworkers.edit(caseworker),
                        caseworkers::nameProperty, caseworkers::isDirty, () -> named(
                                context.directory().caseworkers(), Caseworker::id, Caseworker::name, caseworker.id())));
        for (Form form : forms) {
            show(form.feature());
            onFx(form.open());
            String stored = form.stored().get();
            onFx(() -> form.field().get().set("Verworfen"));
            press(Command.DISCARD);
            assertThat(Toolkit.onFx(() -> form.field().get().get())).as("Esc on %s", form.feature().id())
                    .isEqualTo(stored);
            assertThat(Toolkit.onFx(form.dirty()::get)).isFalse();

            onFx(() -> form.field().get().set(stored + " Gespeichert"));
            press(Command.SAVE);
            assertThat(form.stored().get()).as("Ctrl+S on %s", form.feature().id())
                    .isEqualTo(stored + " Gespeichert");
            assertThat(Toolkit.onFx(form.dirty()::get)).isFalse();
        }

        // the case file: Ctrl+S adds the journal entry written, Esc drops it while the journal shows
        show(ui.cases());
        UUID caseId = openACase();
        var file = ui.cases().file();
        int entries = context.cases().journal(caseId).size();
        onFx(() -> ((TabPane) window.stage().getScene().lookup("#case-tabs")).getSelectionModel().select(1));
        onFx(() -> file.journalDraftProperty().set("Termin beim Jobcenter vereinbart"));
        press(Command.DISCARD);
        assertThat(Toolkit.onFx(file::isDirty)).isFalse();
        assertThat(context.cases().journal(caseId)).hasSize(entries);
        onFx(() -> file.journalDraftProperty().set("Termin beim Jobcenter vereinbart"));
        press(Command.SAVE);
        assertThat(context.cases().journal(caseId)).hasSize(entries + 1);
    }

    @Test
    void ctrlSAndEscChangeNothingWhereAFeatureIgnoresThem() throws Exception {
        for (Feature feature : ui.features()) {
            if (!IGNORED.get(feature.id()).contains(Command.SAVE)) {
                continue;
            }
            show(feature);
            int before = tasksRun.get();
            List<Window> windows = Toolkit.onFx(() -> List.copyOf(Window.getWindows()));
            press(Command.SAVE);
            press(Command.DISCARD);
            assertThat(tasksRun.get()).as("work started by Ctrl+S or Esc on %s", feature.id()).isEqualTo(before);
            assertThat(Toolkit.onFx(() -> List.copyOf(Window.getWindows()))).isEqualTo(windows);
            assertThat(Toolkit.onFx(() -> ui.areaOf(feature) == ui.main().areaProperty().get())).isTrue();
        }
    }

    @Test
    void f5ReadsTheFeatureInFrontAnew() throws Exception {
        for (Feature feature : ui.features()) {
            show(feature);
            int before = tasksRun.get();
            press(Command.RELOAD);
            assertThat(tasksRun.get()).as("reads started by F5 on %s", feature.id()).isGreaterThan(before);
        }
    }

    /** A form of one feature: how to open a stored record, a field to change, and the field as stored. */
    private record Form(Feature feature, Runnable open, Supplier<StringProperty> field, Supplier<Boolean> dirty,
            Supplier<String> stored) { }

    private static <T> String named(List<T> records, Function<T, UUID> id, Function<T, String> name, UUID wanted) {
        return records.stream().filter(record -> id.apply(record).equals(wanted)).map(name).findFirst().orElseThrow();
    }

    /** Opens a case that is not closed, in the case file beside the list; its id. */
    private UUID openACase() throws InterruptedException {
        UUID caseId = context.cases().listAll().stream().filter(summary -> summary.status() != CaseStatus.CLOSED)
                .map(CaseSummary::id).findFirst().orElseThrow();
        onFx(() -> ui.openCase(caseId));
        return caseId;
    }

    /** Closes the dialogs a command opened and drops what a form holds, so the next feature starts clean. */
    private void discardEverything() throws InterruptedException {
        onFx(() -> Window.getWindows().stream().filter(w -> w != window.stage()).toList().forEach(Window::hide));
        onFx(() -> {
            ui.persons().editor().cancel();
            ui.directory().organisationsModel().cancel();
            ui.directory().templatesModel().cancel();
            ui.directory().caseworkersModel().cancel();
        });
    }

    private List<String> dialogTitles() {
        return Toolkit.onFx(() -> Window.getWindows().stream().filter(w -> w != window.stage())
                .filter(w -> w instanceof javafx.stage.Stage).map(w -> ((javafx.stage.Stage) w).getTitle()).toList());
    }

    private String title(String id) {
        return Toolkit.onFx(() -> window.stage().getScene().lookup("#" + id) instanceof Label label
                ? label.getText() : "");
    }

    private void show(Feature feature) throws InterruptedException {
        onFx(() -> ui.show(feature));
    }

    private void press(Command command) throws InterruptedException {
        onFx(() -> window.stage().getScene().getAccelerators().get(command.key()).run());
    }

    private void onFx(Runnable work) throws InterruptedException {
        Toolkit.onFx(() -> {
            work.run();
            return null;
        });
        window.awaitIdle();
        window.awaitPulse();
    }

    /** The window's runner, counting the work it is given. */
    private final class Counting implements TaskRunner {

        private final TaskRunner runner;

        Counting(TaskRunner runner) {
            this.runner = runner;
        }

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            tasksRun.incrementAndGet();
            runner.run(work, onSuccess, onFailure);
        }

        @Override
        public <T> void run(BackgroundTask<T> task, Consumer<T> onSuccess, Runnable onCancelled,
                Consumer<Throwable> onFailure) {
            tasksRun.incrementAndGet();
            runner.run(task, onSuccess, onCancelled, onFailure);
        }

        @Override
        public ReadOnlyBooleanProperty busyProperty() {
            return runner.busyProperty();
        }

        @Override
        public ReadOnlyObjectProperty<BackgroundTask<?>> currentTaskProperty() {
            return runner.currentTaskProperty();
        }
    }
}
