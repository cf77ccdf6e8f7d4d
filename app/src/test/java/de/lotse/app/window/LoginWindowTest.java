package de.lotse.app.window;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.app.AppContext;
import de.lotse.app.TestLogin;
import de.lotse.app.security.Login;
import de.lotse.app.settings.Settings;
import de.lotse.app.settings.SettingsFile;
import de.lotse.app.sync.SyncScheduler;
import de.lotse.app.ui.FxTaskRunner;
import de.lotse.core.account.Role;
import de.lotse.core.keys.Argon2Params;
import de.lotse.persistence.JooqOfficeSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The set-up, the login and the lock on JavaFX's headless platform, over real data folders. */
class LoginWindowTest {

    private static final String WORKER_PASSWORD = "Fahrradklingel am Rathaus";

    @TempDir
    Path dataDir;

    private final FxTaskRunner tasks = new FxTaskRunner();
    private Stage stage;
    private Workplace workplace;
    private final List<SyncScheduler> schedulers = new ArrayList<>();

    @BeforeAll
    static void startToolkit() {
        TestWindow.startToolkit();
    }

    @AfterEach
    void close() {
        Toolkit.onFx(() -> {
            stage.hide();
            return null;
        });
        schedulers.forEach(SyncScheduler::close);
        tasks.close();
        if (workplace.context() != null) {
            workplace.context().close();
        }
    }

    private void openWorkplace() {
        Login login = new Login(dataDir, Clock.systemDefaultZone(), Argon2Params.FOR_TESTS);
        Toolkit.onFx(() -> {
            stage = new Stage();
            workplace = new Workplace(stage, login, new SettingsFile(dataDir), tasks, context -> {
                SyncScheduler scheduler = SyncScheduler.onOwnThreads(context.syncPort());
                schedulers.add(scheduler);
                return scheduler;
            }, failure -> {
                throw new AssertionError(failure);
            }, ui -> { });
            stage.setWidth(LotseWindow.WIDTH);
            stage.setHeight(LotseWindow.HEIGHT);
            return null;
        });
    }

    private void idle() {
        try {
            assertThat(tasks.awaitIdle(Duration.ofSeconds(60))).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private Node lookup(String id) {
        return Toolkit.onFx(() -> stage.getScene().lookup("#" + id));
    }

    private void type(String id, String text) {
        Toolkit.onFx(() -> {
            ((TextInputControl) stage.getScene().lookup("#" + id)).setText(text);
            return null;
        });
    }

    private void press(String id) {
        Toolkit.onFx(() -> {
            ((javafx.scene.control.ButtonBase) stage.getScene().lookup("#" + id)).fire();
            return null;
        });
        idle();
    }

    private String value(String id) {
        return Toolkit.onFx(() -> ((TextInputControl) stage.getScene().lookup("#" + id)).getText());
    }

    private String text(String id) {
        return Toolkit.onFx(() -> ((Labeled) stage.getScene().lookup("#" + id)).getText());
    }

    private void snapshot(String name) throws Exception {
        TestWindow.snapshot(stage.getScene(), name);
    }

    /** Every text the scene shows: labels, buttons, cells, fields. */
    private List<String> texts() {
        return Toolkit.onFx(() -> {
            List<String> all = new ArrayList<>();
            collect(stage.getScene().getRoot(), all);
            return all;
        });
    }

    private static void collect(Node node, List<String> all) {
        if (node instanceof Labeled labeled && labeled.getText() != null) {
            all.add(labeled.getText());
        }
        if (node instanceof TextInputControl input && input.getText() != null) {
            all.add(input.getText());
        }
        if (node instanceof javafx.scene.text.Text text && text.getText() != null) {
            all.add(text.getText());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, all));
        }
    }

    @Test
    void theFirstStartSetsUpTheAdministratorAndShowsTheRecoveryCodeOnce() throws Exception {
        openWorkplace();
        Toolkit.onFx(() -> {
            workplace.showSetUp(Settings.DEFAULTS);
            stage.show();
            return null;
        });
        assertThat(value("setup-name")).isEqualTo("Administration");
        type("setup-user", "c");
        type("setup-password", "kurz");
        type("setup-repeat", "anders");
        press("setup-submit");
        assertThat(text("setup-user-error")).startsWith("2 bis 32 Zeichen");
        assertThat(text("setup-password-error")).isEqualTo("mindestens 12 Zeichen");
        assertThat(text("setup-repeat-error")).isEqualTo("die beiden Passwörter sind nicht gleich");
        assertThat(dataDir.resolve("db")).as("nothing made yet").doesNotExist();
        snapshot("setup-refused.png");

        type("setup-user", "chef");
        type("setup-password", TestLogin.PASSWORD);
        type("setup-repeat", TestLogin.PASSWORD);
        press("setup-submit");
        assertThat(text("setup-code")).matches("([2-9A-Z]{5}-){4}[2-9A-Z]{5}");
        assertThat(lookup("setup-proceed").isDisabled()).isTrue();
        snapshot("setup-recovery-code.png");

        Toolkit.onFx(() -> {
            ((CheckBox) stage.getScene().lookup("#setup-written")).setSelected(true);
            return null;
        });
        press("setup-proceed");
        assertThat(workplace.ui()).isNotNull();
        assertThat(workplace.context().user().orElseThrow().userName()).isEqualTo("chef");
        assertThat(workplace.isLocked()).isFalse();
    }

    @Test
    void theLoginRefusesInOneSentenceThenOpensTheMainView() throws Exception {
        TestLogin.open(dataDir, Clock.systemDefaultZone()).close();
        openWorkplace();
        Toolkit.onFx(() -> {
            workplace.showLogin(Settings.DEFAULTS, null);
            stage.show();
            return null;
        });
        assertThat(lookup("login-demo")).as("no demo here").isNull();
        type("login-user", TestLogin.ADMIN);
        type("login-password", "falsches Passwort");
        press("login-submit");
        assertThat(text("login-error")).isEqualTo("Benutzername oder Passwort falsch.");
        assertThat(value("login-password")).isEmpty();
        snapshot("login-refused.png");

        type("login-password", TestLogin.PASSWORD);
        press("login-submit");
        assertThat(workplace.isLocked()).isFalse();
        assertThat(workplace.context().user().orElseThrow().userName()).isEqualTo(TestLogin.ADMIN);
    }

    @Test
    void theRecoveryCodeOpensLotseAndSetsANewPassword() throws Exception {
        Login.SetUp.Done done = (Login.SetUp.Done) TestLogin.login(dataDir, Clock.systemDefaultZone()).setUp("chef",
                "Leitung Amt", TestLogin.PASSWORD.toCharArray(), TestLogin.PASSWORD.toCharArray());
        String code = new String(done.recoveryCode().grouped());
        done.context().close();
        openWorkplace();
        Toolkit.onFx(() -> {
            workplace.showLogin(Settings.DEFAULTS, null);
            stage.show();
            return null;
        });
        press("login-forgot");
        type("login-code", "AAAAA-AAAAA-AAAAA-AAAAA-AAAAA");
        type("login-password", WORKER_PASSWORD);
        type("login-repeat", WORKER_PASSWORD);
        press("login-submit");
        assertThat(text("login-error")).isEqualTo("Dieser Wiederherstellungscode öffnet Lotse nicht.");
        type("login-code", code);
        type("login-password", "kurz");
        type("login-repeat", "kurz");
        press("login-submit");
        assertThat(text("login-error")).isEqualTo("mindestens 12 Zeichen");
        snapshot("login-recovery.png");

        type("login-password", WORKER_PASSWORD);
        type("login-repeat", WORKER_PASSWORD);
        press("login-submit");
        assertThat(workplace.isLocked()).isFalse();
        assertThat(workplace.context().user().orElseThrow().userName()).isEqualTo("chef");
        workplace.context().close();
        assertThat(TestLogin.login(dataDir, Clock.systemDefaultZone()).logIn("chef", WORKER_PASSWORD.toCharArray()))
                .isInstanceOfSatisfying(Login.Outcome.LoggedIn.class, in -> in.context().close());
    }

    @Test
    void theLoginSpeaksEnglish() throws Exception {
        TestLogin.open(dataDir, Clock.systemDefaultZone()).close();
        openWorkplace();
        Toolkit.onFx(() -> {
            workplace.showLogin(new Settings(Locale.ENGLISH, Settings.Theme.LIGHT, null), null);
            stage.show();
            return null;
        });
        press("login-submit");
        assertThat(text("login-title")).isEqualTo("Log in");
        assertThat(text("login-error")).isEqualTo("Please enter your user name and password.");
        snapshot("login-en.png");
    }

    @Test
    void theLockHidesEveryPersonAndAnotherUserGetsAMainViewOfTheirOwn() throws Exception {
        String family;
        try (AppContext context = TestLogin.open(dataDir, Clock.systemDefaultZone())) {
            context.addDemo(40, 1);
            family = context.persons().listAll().getFirst().familyName();
            context.accounts().add("k.schmidt", "Katrin Schmidt", Set.of(Role.CASEWORKER), null,
                    WORKER_PASSWORD.toCharArray(), WORKER_PASSWORD.toCharArray()).orElseThrow();
            context.reconcileGrants();
            new JooqOfficeSettings(context.store()).set(AppContext.IDLE_LOCK_SETTING, "2");
        }
        openWorkplace();
        Login login = TestLogin.login(dataDir, Clock.systemDefaultZone());
        AppContext context = ((Login.Outcome.LoggedIn) login.logIn(TestLogin.ADMIN,
                TestLogin.PASSWORD.toCharArray())).context();
        Toolkit.onFx(() -> {
            workplace.open(context, null, Settings.DEFAULTS);
            stage.show();
            return null;
        });
        idle();
        Toolkit.onFx(() -> {
            workplace.ui().openPerson(context.persons().listAll().getFirst().id());
            return null;
        });
        idle();
        TestWindow.snapshot(stage.getScene(), "lock-before.png");
        assertThat(String.join("\n", texts())).as("the person is on screen before the lock").contains(family);
        assertThat(Toolkit.onFx(() -> workplace.idleTime())).isEqualTo(Duration.ofMinutes(2));
        Ui first = workplace.ui();
        Scene main = stage.getScene();

        Toolkit.onFx(() -> {
            main.getAccelerators().get(Workplace.LOCK).run();
            return null;
        });
        assertThat(workplace.isLocked()).isTrue();
        assertThat(context.user()).as("nobody is logged in while locked").isEmpty();
        assertThat(String.join("\n", texts())).doesNotContain(family);
        assertThat(text("login-title")).isEqualTo("Lotse ist gesperrt");
        snapshot("lock.png");

        // the same user finds the window as it was
        type("login-user", TestLogin.ADMIN);
        type("login-password", TestLogin.PASSWORD);
        press("login-submit");
        assertThat(stage.getScene()).isSameAs(main);
        assertThat(workplace.ui()).isSameAs(first);

        // the idle time locks as Ctrl+L does; another user gets a main view of their own
        Toolkit.onFx(() -> {
            workplace.idleElapsed();
            return null;
        });
        assertThat(workplace.isLocked()).isTrue();
        type("login-user", "k.schmidt");
        type("login-password", WORKER_PASSWORD);
        press("login-submit");
        assertThat(workplace.isLocked()).isFalse();
        assertThat(workplace.ui()).isNotSameAs(first);
        assertThat(stage.getScene()).isNotSameAs(main);
        assertThat(context.user().orElseThrow().userName()).isEqualTo("k.schmidt");
    }

    @Test
    void aDemoInstallationNamesItsAccountsOnTheLoginScreen() throws Exception {
        Login login = TestLogin.login(dataDir, Clock.systemDefaultZone());
        ((Login.SetUp.Done) login.setUpDemo(Login.DEMO_PASSWORD.toCharArray())).context().close();
        openWorkplace();
        Toolkit.onFx(() -> {
            workplace.showLogin(Settings.DEFAULTS, null);
            stage.show();
            return null;
        });
        assertThat(text("login-demo")).contains("admin, fallmanagement").contains(Login.DEMO_PASSWORD);
        snapshot("login-demo.png");
    }
}
