package de.lotse.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.core.account.Access;
import de.lotse.core.account.Account;
import de.lotse.core.account.AccountService;
import de.lotse.core.account.LoginThrottle;
import de.lotse.core.account.Role;
import de.lotse.core.id.Ids;
import de.lotse.core.keys.AccountKeys;
import de.lotse.core.keys.Argon2Params;
import de.lotse.core.keys.FileKey;
import de.lotse.core.keys.KeyCredentials;
import de.lotse.core.keys.KeyVault;
import de.lotse.core.keys.VaultFailedLogins;
import de.lotse.core.keys.RecoveryCode;
import de.lotse.core.keys.UnlockOutcome;
import de.lotse.persistence.Database;
import de.lotse.persistence.JooqAccounts;
import de.lotse.persistence.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pieces of a login put together on a real encrypted folder: accounts made in the database,
 * their grants in the key file, the file key opened with a password, the delay after failures
 * kept across a restart.
 */
class LoginChainTest {

    private static final char[] ADMIN_PASSWORD = "Kastanienallee 17 im Herbst".toCharArray();
    private static final char[] CASEWORKER_PASSWORD = "Fahrradklingel am Rathaus".toCharArray();

    @TempDir
    Path dataDir;

    @Test
    void anAccountMadeInTheDatabaseOpensTheFileWithItsPasswordOnlyWhileEnabled() throws Exception {
        Clock clock = Clock.systemUTC();
        Path keys = dataDir.resolve("keys");
        FileKey fileKey = FileKey.generate();
        KeyVault vault = KeyVault.create(keys, fileKey, clock);
        Store store = Store.open(Database.open(dataDir, fileKey.bytes()), clock);
        JooqAccounts accounts = new JooqAccounts(store);
        AccountService service = new AccountService(accounts, new KeyCredentials(Argon2Params.FOR_TESTS),
                Access::system, clock, new Ids(clock));
        Account admin = service.createFirstAdministrator("admin", "Administration", ADMIN_PASSWORD.clone(),
                ADMIN_PASSWORD.clone(), RecoveryCode.generate().chars()).orElseThrow();
        Account caseworker = service.add("k.schmidt", "Katrin Schmidt", Set.of(Role.CASEWORKER), null,
                CASEWORKER_PASSWORD.clone(), CASEWORKER_PASSWORD.clone()).orElseThrow();
        assertThat(vault.reconcile(fileKey, keysOf(accounts))).isTrue();
        store.database().close();

        KeyVault restarted = KeyVault.open(keys, clock).orElseThrow();
        UnlockOutcome opened = restarted.unlock("K.Schmidt", CASEWORKER_PASSWORD.clone());
        assertThat(opened).isInstanceOfSatisfying(UnlockOutcome.Opened.class, o -> {
            assertThat(o.accountId()).isEqualTo(caseworker.id());
            assertThat(o.key().sameKey(fileKey)).isTrue();
        });
        assertThat(restarted.unlock("k.schmidt", ADMIN_PASSWORD.clone()))
                .isInstanceOf(UnlockOutcome.WrongUserOrPassword.class);
        assertThat(restarted.unlock("nobody", ADMIN_PASSWORD.clone()))
                .isInstanceOf(UnlockOutcome.WrongUserOrPassword.class);

        // the administrator disables the account; the next reconcile takes its grant away
        UnlockOutcome.Opened asAdmin = (UnlockOutcome.Opened) restarted.unlock("admin", ADMIN_PASSWORD.clone());
        assertThat(asAdmin.accountId()).isEqualTo(admin.id());
        Store again = Store.open(Database.open(dataDir, asAdmin.key().bytes()), clock);
        JooqAccounts stored = new JooqAccounts(again);
        new AccountService(stored, new KeyCredentials(Argon2Params.FOR_TESTS), Access::system, clock, new Ids(clock))
                .setDisabled(caseworker.id(), true).orElseThrow();
        restarted.reconcile(asAdmin.key(), keysOf(stored));
        again.database().close();
        assertThat(restarted.unlock("k.schmidt", CASEWORKER_PASSWORD.clone()))
                .isInstanceOf(UnlockOutcome.WrongUserOrPassword.class);
    }

    @Test
    void theDelayAfterFailedLoginsHoldsAcrossARestart() throws Exception {
        Clock clock = Clock.systemUTC();
        Path keys = dataDir.resolve("keys");
        KeyVault vault = KeyVault.create(keys, FileKey.generate(), clock);
        for (int i = 0; i < LoginThrottle.FREE_FAILURES + 2; i++) {
            vault.unlock("k.schmidt", "falsch".toCharArray());
        }

        LoginThrottle throttle = new LoginThrottle(new VaultFailedLogins(KeyVault.open(keys, clock).orElseThrow()));
        assertThat(throttle.waitBefore("k.schmidt", clock.instant())).isGreaterThan(Duration.ZERO);
        assertThat(throttle.waitBefore("a.weber", clock.instant())).isEqualTo(Duration.ZERO);
    }

    private static List<AccountKeys> keysOf(JooqAccounts accounts) {
        return accounts.list().stream().map(a -> new AccountKeys(a.id(), a.userName(), !a.disabled(), a.credential(),
                a.recoveryCredential())).toList();
    }
}
