package de.lotse.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.app.AppContext;
import de.lotse.app.TestLogin;
import de.lotse.core.account.Account;
import de.lotse.core.account.Role;
import de.lotse.core.task.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Accounts travel with the sync through a real shared folder: one made on the town-hall PC logs in
 * on the laptop after it synced, a new password replaces the old one there, a disabled account
 * stops working there, even before the laptop's grants were brought in line.
 */
class AccountsSyncTest {

    private static final char[] PASSPHRASE = "Rathaus-Hagen-2026".toCharArray();
    private static final String FIRST = "Fahrradklingel am Rathaus";
    private static final String SECOND = "Laterne an der Volme";

    @TempDir
    Path folder;

    private Login.Outcome logInOnLaptop(String password) {
        Login.Outcome outcome = TestLogin.login(folder.resolve("laptop"), Clock.systemDefaultZone())
                .logIn("k.schmidt", password.toCharArray());
        if (outcome instanceof Login.Outcome.LoggedIn in) {
            in.context().close();
        }
        return outcome;
    }

    /** The laptop, opened by the office's administrator, syncs as the window does (grants follow). */
    private void laptopSyncs() throws Exception {
        try (AppContext laptop = TestLogin.open(folder.resolve("laptop"), Clock.systemDefaultZone())) {
            laptop.syncPort().sync(Progress.NONE);
        }
    }

    @Test
    void anAccountMadeOnThePcLogsInOnTheLaptopUntilItIsDisabledThere() throws Exception {
        Path share = Files.createDirectories(folder.resolve("share"));
        try (AppContext office = TestLogin.open(folder.resolve("office"), Clock.systemDefaultZone())) {
            office.sync().createRealm(share, PASSPHRASE.clone(), "PC Empfang");
            office.sync().sync(Progress.NONE);
            TestLogin.joined(folder.resolve("laptop"), share, PASSPHRASE.clone(), "Laptop Unterkunft").close();

            Account worker = office.accounts().add("k.schmidt", "Katrin Schmidt", Set.of(Role.FIELD_STAFF), null,
                    FIRST.toCharArray(), FIRST.toCharArray()).orElseThrow();
            assertThat(logInOnLaptop(FIRST)).as("not synced yet").isInstanceOf(Login.Outcome.WrongUserOrPassword.class);
            office.syncPort().sync(Progress.NONE);
            laptopSyncs();
            assertThat(logInOnLaptop(FIRST)).isInstanceOf(Login.Outcome.LoggedIn.class);

            office.accounts().setPassword(worker.id(), SECOND.toCharArray(), SECOND.toCharArray()).orElseThrow();
            office.syncPort().sync(Progress.NONE);
            laptopSyncs();
            assertThat(logInOnLaptop(FIRST)).as("the old password").isInstanceOf(
                    Login.Outcome.WrongUserOrPassword.class);
            assertThat(logInOnLaptop(SECOND)).isInstanceOf(Login.Outcome.LoggedIn.class);

            office.accounts().setDisabled(worker.id(), true).orElseThrow();
            office.syncPort().sync(Progress.NONE);
        }
        // the laptop imports the change but is killed before its grants follow: the grant is stale
        try (AppContext laptop = TestLogin.open(folder.resolve("laptop"), Clock.systemDefaultZone())) {
            laptop.sync().sync(Progress.NONE);
            assertThat(laptop.accountStore().findByUserName("k.schmidt").orElseThrow().disabled()).isTrue();
        }
        assertThat(logInOnLaptop(SECOND)).as("disabled, though the laptop still held a grant")
                .isInstanceOf(Login.Outcome.WrongUserOrPassword.class);
        assertThat(logInOnLaptop(SECOND)).isInstanceOf(Login.Outcome.WrongUserOrPassword.class);
    }
}
