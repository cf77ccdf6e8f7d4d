package de.lotse.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.app.TestLogin;
import de.lotse.app.security.Login;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Accounts on the command line: set-up, login of every command, the administrator's user commands. */
class AccountsCliTest {

    private static final String CHEF_PASSWORD = "Kastanienallee im Herbst";
    private static final String WORKER_PASSWORD = "Fahrradklingel am Rathaus";

    @TempDir
    Path dataDir;

    private static Map<String, String> as(String user, String password) {
        Map<String, String> environment = new HashMap<>();
        environment.put(Secrets.USER_VARIABLE, user);
        environment.put(Secrets.PASSWORD_VARIABLE, password);
        return environment;
    }

    private static Map<String, String> with(Map<String, String> environment, String name, String value) {
        Map<String, String> more = new HashMap<>(environment);
        more.put(name, value);
        return more;
    }

    private CliRun run(Map<String, String> environment, String... args) {
        return CliRun.lotse(environment, dataDir, args);
    }

    private CliRun asChef(String... args) {
        return run(as("chef", CHEF_PASSWORD), args);
    }

    private void init() {
        CliRun init = run(Map.of(Secrets.PASSWORD_VARIABLE, CHEF_PASSWORD), "init", "--admin", "chef");
        assertThat(init.code()).as(init.err()).isZero();
    }

    @Test
    void aNewFolderIsRefusedWithTheWaysToSetItUp() {
        CliRun info = asChef("info");

        assertThat(info.code()).isEqualTo(1);
        assertThat(info.err().strip()).doesNotContain("\n").contains("lotse init --admin NAME")
                .contains("lotse demo").contains("lotse share join");
        assertThat(dataDir.resolve("db")).as("nothing was made").doesNotExist();
    }

    @Test
    void initMakesTheAdministratorAndPrintsTheRecoveryCodeOnce() {
        CliRun weak = run(Map.of(Secrets.PASSWORD_VARIABLE, "passwort1234"), "init", "--admin", "chef");
        assertThat(weak.code()).isEqualTo(1);
        assertThat(weak.err()).contains("zu leicht zu erraten");
        assertThat(dataDir.resolve("db")).doesNotExist();

        CliRun init = run(Map.of(Secrets.PASSWORD_VARIABLE, CHEF_PASSWORD), "init", "--admin", "Chef");
        assertThat(init.code()).as(init.err()).isZero();
        assertThat(init.out()).contains("Administration: chef").contains("Wiederherstellungscode")
                .containsPattern("(?m)^([2-9A-Z]{5}-){4}[2-9A-Z]{5}$");

        CliRun again = run(Map.of(Secrets.PASSWORD_VARIABLE, CHEF_PASSWORD), "init", "--admin", "eve");
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("schon eingerichtet");
        assertThat(asChef("info").code()).isZero();
    }

    @Test
    void aNewRecoveryCodeReplacesTheOldOneAndIsOnlyForAdministrators() {
        CliRun init = run(Map.of(Secrets.PASSWORD_VARIABLE, CHEF_PASSWORD), "init", "--admin", "chef");
        String first = recoveryCodeIn(init.out());
        CliRun worker = run(with(as("chef", CHEF_PASSWORD), Secrets.NEW_PASSWORD_VARIABLE, WORKER_PASSWORD), "user",
                "add", "anna", "--name", "Anna", "--role", "caseworker");
        assertThat(worker.code()).as(worker.err()).isZero();

        CliRun refused = asChef("user", "recovery-code", "anna");
        CliRun made = asChef("user", "recovery-code", "chef");

        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("nur ein aktives Konto der Administration");
        assertThat(made.code()).as(made.err()).isZero();
        assertThat(made.out()).contains("Neuer Wiederherstellungscode für chef");
        String second = recoveryCodeIn(made.out());
        assertThat(second).isNotEqualTo(first);
        char[] newPassword = "Neues Passwort nach dem Code".toCharArray();
        assertThat(TestLogin.login(dataDir, Clock.systemUTC()).recover(first, newPassword, newPassword))
                .as("the old code no longer opens").isInstanceOf(Login.Outcome.WrongUserOrPassword.class);
        Login.Outcome recovered = TestLogin.login(dataDir, Clock.systemUTC()).recover(second, newPassword, newPassword);
        assertThat(recovered).isInstanceOf(Login.Outcome.LoggedIn.class);
        ((Login.Outcome.LoggedIn) recovered).context().close();
    }

    private static String recoveryCodeIn(String printed) {
        Matcher code = Pattern.compile("(?m)^([2-9A-Z]{5}-){4}[2-9A-Z]{5}$").matcher(printed);
        assertThat(code.find()).as(printed).isTrue();
        return code.group();
    }

    @Test
    void everyCommandLogsInWithOneAnswerForAWrongNameOrPassword() {
        init();

        CliRun wrong = run(as("chef", WORKER_PASSWORD), "info");
        CliRun nobody = run(as("niemand", CHEF_PASSWORD), "info");
        CliRun noPassword = run(Map.of(Secrets.USER_VARIABLE, "chef"), "info");
        CliRun noUser = run(Map.of(Secrets.PASSWORD_VARIABLE, CHEF_PASSWORD), "info");

        assertThat(wrong.code()).isEqualTo(1);
        assertThat(wrong.err().strip()).isEqualTo("Benutzername oder Passwort falsch.");
        assertThat(nobody.err()).isEqualTo(wrong.err());
        assertThat(noPassword.err()).contains("LOTSE_PASSWORD");
        assertThat(noUser.err()).contains("--user").contains("LOTSE_USER");
        assertThat(run(Map.of(Secrets.PASSWORD_VARIABLE, CHEF_PASSWORD), "--user", "chef", "info").code()).isZero();
    }

    @Test
    void theDelayAfterFailuresHoldsAcrossRunsOfTheCommandLine() {
        init();
        for (int i = 0; i < 4; i++) {
            assertThat(run(as("chef", WORKER_PASSWORD), "info").code()).isEqualTo(1);
        }

        CliRun right = asChef("info");

        assertThat(right.code()).isEqualTo(1);
        assertThat(right.err()).containsPattern("bitte \\d+ s warten");
    }

    @Test
    void theAdministratorManagesAccountsThatThenLogInOrNot() throws Exception {
        init();
        Map<String, String> newPassword = with(as("chef", CHEF_PASSWORD), Secrets.NEW_PASSWORD_VARIABLE,
                WORKER_PASSWORD);

        CliRun badRole = run(newPassword, "user", "add", "k.schmidt", "--name", "Katrin Schmidt", "--role", "koch");
        assertThat(badRole.code()).isEqualTo(1);
        assertThat(badRole.err()).contains("Unbekannte Rolle „koch“").contains("caseworker, field-staff");
        CliRun weak = run(with(newPassword, Secrets.NEW_PASSWORD_VARIABLE, "k.schmidt-2026-x"), "user", "add",
                "k.schmidt", "--name", "Katrin Schmidt", "--role", "caseworker");
        assertThat(weak.code()).isEqualTo(1);
        assertThat(weak.err()).contains("darf den Benutzernamen nicht enthalten");

        CliRun added = run(newPassword, "user", "add", "k.schmidt", "--name", "Katrin Schmidt", "--role",
                "caseworker,field-staff");
        assertThat(added.code()).as(added.err()).isZero();
        assertThat(added.out().strip()).isEqualTo("Konto k.schmidt angelegt.");

        CliRun list = asChef("user", "list", "--json");
        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.out()).doesNotContain("credential").doesNotContain("publicKey");
        JsonNode accounts = JsonMapper.builder().build().readTree(list.out());
        assertThat(accounts).hasSize(2);
        JsonNode worker = accounts.get(1);
        assertThat(worker.get("userName").asString()).isEqualTo("k.schmidt");
        assertThat(worker.get("roles").toString()).isEqualTo("[\"caseworker\",\"field-staff\"]");
        assertThat(worker.get("disabled").asBoolean()).isFalse();

        assertThat(run(as("k.schmidt", WORKER_PASSWORD), "info").code()).isZero();
        CliRun notAllowed = run(as("k.schmidt", WORKER_PASSWORD), "user", "list");
        assertThat(notAllowed.code()).isEqualTo(1);
        assertThat(notAllowed.err().strip()).isEqualTo("Ihre Rolle erlaubt das nicht.");

        CliRun backup = run(as("k.schmidt", WORKER_PASSWORD), "backup", "--out",
                dataDir.resolve("nicht.zip").toString());
        assertThat(backup.code()).as("a caseworker makes no backups").isEqualTo(1);
        assertThat(backup.err().strip()).isEqualTo("Ihre Rolle erlaubt das nicht.");
        assertThat(dataDir.resolve("nicht.zip")).doesNotExist();
        assertThat(run(as("k.schmidt", WORKER_PASSWORD), "sync").err().strip())
                .isEqualTo("Ihre Rolle erlaubt das nicht.");
        assertThat(asChef("backup", "--out", dataDir.resolve("ja.zip").toString()).code()).isZero();
        CliRun restore = run(as("k.schmidt", WORKER_PASSWORD), "restore", dataDir.resolve("ja.zip").toString());
        assertThat(restore.code()).as("a caseworker restores no backup").isEqualTo(1);
        assertThat(restore.err().strip()).isEqualTo("Ihre Rolle erlaubt das nicht.");
        assertThat(asChef("restore", dataDir.resolve("ja.zip").toString()).code()).isZero();

        CliRun self = asChef("user", "disable", "chef");
        assertThat(self.code()).isEqualTo(1);
        assertThat(self.err()).contains("das eigene Konto lässt sich nicht sperren");
        assertThat(asChef("user", "disable", "k.schmidt").out().strip()).isEqualTo("Konto k.schmidt gesperrt.");
        assertThat(run(as("k.schmidt", WORKER_PASSWORD), "info").err().strip())
                .isEqualTo("Benutzername oder Passwort falsch.");

        assertThat(asChef("user", "enable", "k.schmidt").code()).isZero();
        String another = "Laterne an der Volme";
        assertThat(run(with(as("chef", CHEF_PASSWORD), Secrets.NEW_PASSWORD_VARIABLE, another), "user", "password",
                "k.schmidt").code()).isZero();
        assertThat(run(as("k.schmidt", WORKER_PASSWORD), "info").code()).as("the old password").isEqualTo(1);
        assertThat(run(as("k.schmidt", another), "info").code()).isZero();

        assertThat(asChef("user", "roles", "k.schmidt", "--role", "head-of-office").code()).isZero();
        assertThat(asChef("user", "list").out()).contains("k.schmidt\tKatrin Schmidt\thead-of-office\taktiv");
        assertThat(asChef("user", "disable", "niemand").err()).contains("Es gibt kein Konto „niemand“.");
    }

    @Test
    void theAdministratorSetsTheIdleTimeForEveryDeviceAndOthersMayNot() {
        init();
        assertThat(asChef("office", "lock-after").out().strip()).isEqualTo(
                "Lotse sperrt sich nach 5 Minuten ohne Eingabe.");
        CliRun tooLong = asChef("office", "lock-after", "500");
        assertThat(tooLong.code()).isEqualTo(1);
        assertThat(tooLong.err().strip()).isEqualTo("Bitte eine Zahl von 1 bis 240 Minuten angeben.");
        assertThat(asChef("office", "lock-after", "2").out().strip()).isEqualTo(
                "Lotse sperrt sich nach 2 Minuten ohne Eingabe.");

        Map<String, String> newPassword = with(as("chef", CHEF_PASSWORD), Secrets.NEW_PASSWORD_VARIABLE,
                WORKER_PASSWORD);
        assertThat(run(newPassword, "user", "add", "k.schmidt", "--name", "Katrin Schmidt", "--role",
                "caseworker").code()).isZero();
        CliRun refused = run(as("k.schmidt", WORKER_PASSWORD), "office", "lock-after", "60");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err().strip()).isEqualTo("Ihre Rolle erlaubt das nicht.");
        assertThat(asChef("office", "lock-after").out()).contains("nach 2 Minuten");
        assertThat(JsonMapper.builder().build().readTree(asChef("office", "lock-after", "--json").out())
                .path("lockAfterMinutes").asInt()).isEqualTo(2);
    }

    @Test
    void demoOnANewFolderMakesTheDemosAccountsWithItsPassword() {
        CliRun demo = run(Map.of(), "demo", "--persons", "20");

        assertThat(demo.code()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("Demo-Konten: admin, fallmanagement, unterkunft, ehrenamt, leitung")
                .contains(Login.DEMO_PASSWORD);
        assertThat(Files.exists(dataDir.resolve("demo-installation"))).isTrue();
        for (Login.DemoAccount account : Login.DEMO_ACCOUNTS) {
            assertThat(run(as(account.userName(), Login.DEMO_PASSWORD), "info").code()).as(account.userName()).isZero();
        }
        CliRun more = run(as("fallmanagement", Login.DEMO_PASSWORD), "demo", "--persons", "5");
        assertThat(more.code()).as("only who manages the installation adds demo data").isEqualTo(1);
        CliRun admin = run(as("admin", Login.DEMO_PASSWORD), "demo", "--persons", "5", "--seed", "2");
        assertThat(admin.code()).as(admin.err()).isZero();
    }

    @Test
    void aNewFolderJoinsTheOfficesShareWithoutAnAccountAndTheOfficesAccountsLogInThere(@TempDir Path other)
            throws Exception {
        init();
        Path share = Files.createDirectories(other.resolve("share"));
        Path laptop = other.resolve("laptop");
        Map<String, String> chef = with(as("chef", CHEF_PASSWORD), ShareCommand.PASSPHRASE_VARIABLE,
                "Rathaus-Hagen-2026");
        CliRun realm = run(chef, "share", "init", "--share", share.toString(), "--name", "PC Empfang");
        assertThat(realm.code()).as(realm.err()).isZero();
        assertThat(run(chef, "sync").code()).isZero();

        CliRun joined = CliRun.lotse(Map.of(ShareCommand.PASSPHRASE_VARIABLE, "Rathaus-Hagen-2026"), laptop,
                "share", "join", "--share", share.toString(), "--name", "Laptop Unterkunft");

        assertThat(joined.code()).as(joined.err()).isZero();
        assertThat(joined.out()).contains("die Konten des Amtes melden sich hier jetzt an");
        assertThat(CliRun.lotse(as("chef", CHEF_PASSWORD), laptop, "info").code()).isZero();
        assertThat(CliRun.lotse(as("chef", WORKER_PASSWORD), laptop, "info").code()).isEqualTo(1);
    }
}
