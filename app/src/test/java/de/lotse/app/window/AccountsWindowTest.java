package de.lotse.app.window;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.app.AppContext;
import de.lotse.app.TestLogin;
import de.lotse.app.security.Login;
import de.lotse.app.settings.Settings;
import de.lotse.app.shell.Area;
import de.lotse.app.shell.Feature;
import de.lotse.app.shell.Tabs;
import de.lotse.core.account.Account;
import de.lotse.core.account.Role;
import de.lotse.core.directory.Caseworker;
import de.lotse.core.keys.RecoveryCode;
import de.lotse.core.keys.UnlockOutcome;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Verwaltung → Benutzer, and what each role's window shows, on the headless platform over a real folder. */
class AccountsWindowTest {

    private static final String PASSWORD = "Fahrradklingel am Rathaus";

    @TempDir
    Path dataDir;

    private TestWindow window;

    @BeforeAll
    static void startToolkit() {
        TestWindow.startToolkit();
    }

    @AfterEach
    void close() {
        if (window != null) {
            window.close();
        }
    }

    private Scene dialogScene() {
        return Toolkit.onFx(() -> Window.getWindows().stream().filter(w -> w != window.stage()).findFirst()
                .orElseThrow().getScene());
    }

    private static Node in(Scene scene, String id) {
        return Toolkit.onFx(() -> scene.lookup("#" + id));
    }

    private static void type(Scene scene, String id, String text) {
        Toolkit.onFx(() -> {
            ((TextInputControl) scene.lookup("#" + id)).setText(text);
            return null;
        });
    }

    private static String label(Scene scene, String id) {
        return Toolkit.onFx(() -> ((Label) scene.lookup("#" + id)).getText());
    }

    private void fire(Scene scene, String id) throws InterruptedException {
        Toolkit.onFx(() -> {
            ((Button) scene.lookup("#" + id)).fire();
            return null;
        });
        window.awaitIdle();
        window.awaitPulse();
    }

    @Test
    void theAdministratorAddsAnAccountEditsAndDisablesIt() throws Exception {
        AppContext context = TestLogin.open(dataDir, Clock.systemDefaultZone());
        Caseworker katrin = context.directory().save(null, new Caseworker(UUID.randomUUID(), "Katrin Schmidt"))
                .orElseThrow();
        Scene main = openAccounts(context);
        assertThat(label(main, "accounts-count")).isEqualTo("ein Konto");

        fire(main, "accounts-new");
        Scene dialog = dialogScene();
        type(dialog, "account-user", "k.schmidt");
        type(dialog, "account-name", "Katrin Schmidt");
        type(dialog, "account-password", "k.schmidt hat ein Passwort");
        type(dialog, "account-repeat", "k.schmidt hat ein Passwort");
        fire(dialog, "account-save");
        assertThat(label(dialog, "account-password-error")).isEqualTo("darf den Benutzernamen nicht enthalten");
        assertThat(Toolkit.onFx(() -> ((TextInputControl) dialog.lookup("#account-password")).getText())).isEmpty();
        TestWindow.snapshot(dialog, "accounts-new-refused.png");

        Toolkit.onFx(() -> {
            ((CheckBox) dialog.lookup("#account-role-FIELD_STAFF")).setSelected(true);
            @SuppressWarnings("unchecked")
            ComboBox<Optional<Caseworker>> caseworker = (ComboBox<Optional<Caseworker>>) dialog.lookup("#account-caseworker");
            caseworker.setValue(caseworker.getItems().stream().filter(Optional::isPresent)
                    .filter(c -> c.get().id().equals(katrin.id())).findFirst().orElseThrow());
            return null;
        });
        type(dialog, "account-password", PASSWORD);
        type(dialog, "account-repeat", PASSWORD);
        fire(dialog, "account-save");
        assertThat(Toolkit.onFx(() -> Window.getWindows().size())).as("the dialog closed").isEqualTo(1);
        Account made = context.accountStore().findByUserName("k.schmidt").orElseThrow();
        assertThat(made.roles()).containsExactlyInAnyOrder(Role.CASEWORKER, Role.FIELD_STAFF);
        assertThat(made.caseworkerId()).isEqualTo(katrin.id());
        assertThat(label(main, "accounts-count")).isEqualTo("2 Konten");
        TestWindow.snapshot(main, "accounts.png");
        assertThat(TestLogin.login(dataDir, Clock.systemDefaultZone()).unlock(context, "k.schmidt",
                PASSWORD.toCharArray())).as("the grant is there at once").isInstanceOf(Login.Outcome.LoggedIn.class);
        context.logIn(context.accountStore().findByUserName(TestLogin.ADMIN).orElseThrow());

        select(main, "k.schmidt");
        fire(main, "accounts-edit");
        Scene edit = dialogScene();
        assertThat(Toolkit.onFx(() -> ((TextInputControl) edit.lookup("#account-name")).getText())).isEqualTo("Katrin Schmidt");
        type(edit, "account-name", "Katrin Schmidt-Weber");
        Toolkit.onFx(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<Optional<Caseworker>> caseworker = (ComboBox<Optional<Caseworker>>) edit.lookup("#account-caseworker");
            assertThat(caseworker.getValue()).contains(katrin);
            caseworker.setValue(Optional.empty());
            return null;
        });
        TestWindow.snapshot(edit, "accounts-edit.png");
        fire(edit, "account-save");
        Account edited = context.accountStore().findByUserName("k.schmidt").orElseThrow();
        assertThat(edited.displayName()).isEqualTo("Katrin Schmidt-Weber");
        assertThat(edited.caseworkerId()).isNull();

        fire(main, "accounts-disable");
        assertThat(context.accountStore().findByUserName("k.schmidt").orElseThrow().disabled()).isTrue();
        assertThat(TestLogin.login(dataDir, Clock.systemDefaultZone()).unlock(context, "k.schmidt",
                PASSWORD.toCharArray())).isInstanceOf(Login.Outcome.WrongUserOrPassword.class);
    }

    @Test
    void theAdministratorMakesANewRecoveryCodeShownOnceAndOnlyItOpens() throws Exception {
        AppContext context = TestLogin.open(dataDir, Clock.systemDefaultZone());
        context.accounts().add("k.schmidt", "Katrin Schmidt", Set.of(Role.CASEWORKER), null,
                PASSWORD.toCharArray(), PASSWORD.toCharArray()).orElseThrow();
        context.reconcileGrants();
        Scene main = openAccounts(context);
        select(main, "k.schmidt");
        assertThat(Toolkit.onFx(in(main, "accounts-recovery")::isDisabled))
                .as("only an administrator has a recovery code").isTrue();
        select(main, TestLogin.ADMIN);
        String oldRecovery = context.accountStore().findByUserName(TestLogin.ADMIN).orElseThrow().recoveryCredential();

        fire(main, "accounts-recovery");
        Scene ask = dialogScene();
        TestWindow.snapshot(ask, "accounts-recovery-ask.png");
        fire(ask, "accounts-recovery-make");
        Scene shown = dialogScene();
        String code = label(shown, "accounts-recovery-code");
        assertThat(code).matches("([2-9A-Z]{5}-){4}[2-9A-Z]{5}");
        assertThat(Toolkit.onFx(in(shown, "accounts-recovery-done")::isDisabled))
                .as("closes only once the code is written down").isTrue();
        TestWindow.snapshot(shown, "accounts-recovery-code.png");
        Toolkit.onFx(() -> {
            ((CheckBox) shown.lookup("#accounts-recovery-written")).setSelected(true);
            return null;
        });
        fire(shown, "accounts-recovery-done");

        assertThat(Toolkit.onFx(() -> Window.getWindows().size())).as("the dialog closed").isEqualTo(1);
        assertThat(context.accountStore().findByUserName(TestLogin.ADMIN).orElseThrow().recoveryCredential())
                .isNotEqualTo(oldRecovery);
        assertThat(context.vault().unlockWithRecoveryCode(RecoveryCode.parse(code).orElseThrow()))
                .as("the grants followed at once").isInstanceOf(UnlockOutcome.Opened.class);
        assertThat(context.vault().unlockWithRecoveryCode(RecoveryCode.generate()))
                .isInstanceOf(UnlockOutcome.WrongUserOrPassword.class);
    }

    /** The window on Verwaltung → Benutzer, as {@code context}'s user sees it; its scene. */
    private Scene openAccounts(AppContext context) throws InterruptedException {
        window = TestWindow.open(context, dataDir, Settings.DEFAULTS, 1200, 780);
        Ui ui = window.ui();
        Toolkit.onFx(() -> {
            ui.show(ui.accounts());
            return null;
        });
        window.awaitIdle();
        window.awaitPulse();
        return window.stage().getScene();
    }

    private static void select(Scene main, String userName) {
        Toolkit.onFx(() -> {
            @SuppressWarnings("unchecked")
            TableView<Account> table = (TableView<Account>) main.lookup("#accounts-table");
            table.getSelectionModel().select(table.getItems().stream()
                    .filter(a -> a.userName().equals(userName)).findFirst().orElseThrow());
            return null;
        });
    }

    @Test
    void eachRoleSeesOnlyTheAreasAndTabsItMayUse() throws Exception {
        try (AppContext setUp = TestLogin.open(dataDir, Clock.systemDefaultZone())) {
            setUp.addDemo(30, 1);
            setUp.accounts().add("u.weber", "Uwe Weber", Set.of(Role.FIELD_STAFF),
                    setUp.directory().caseworkers().getFirst().id(), PASSWORD.toCharArray(), PASSWORD.toCharArray())
                    .orElseThrow();
            setUp.reconcileGrants();
        }
        AppContext context = ((Login.Outcome.LoggedIn) TestLogin.login(dataDir, Clock.systemDefaultZone())
                .logIn("u.weber", PASSWORD.toCharArray())).context();
        window = TestWindow.open(context, dataDir, Settings.DEFAULTS, 1200, 780);
        Ui ui = window.ui();
        window.awaitIdle();

        List<String> areas = ui.main().areas().stream().map(Area::feature).map(Feature::id).toList();
        assertThat(areas).containsExactly("start", "persons", "admin");
        assertThat(ui.register().pages()).extracting(Feature::id).containsExactly("persons");
        assertThat(((Tabs) ui.administration()).pages()).extracting(Feature::id)
                .containsExactly("settings", "organisations", "templates", "caseworkers");
        assertThat(ui.start().model().attentionProperty().get()).as("no lists naming persons").isNull();
        assertThat(ui.session().caseworkerProperty().get()).as("the user is the directory's caseworker they are")
                .isEqualTo(context.user().orElseThrow().caseworkerId()).isNotNull();
        TestWindow.snapshot(window.stage().getScene(), "role-field-staff-start.png");
    }
}
