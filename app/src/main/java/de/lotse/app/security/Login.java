package de.lotse.app.security;

import de.lotse.app.AppContext;
import de.lotse.core.account.Account;
import de.lotse.core.account.AccountService;
import de.lotse.core.account.LoginThrottle;
import de.lotse.core.account.Role;
import de.lotse.core.keys.Argon2Params;
import de.lotse.core.keys.Credential;
import de.lotse.core.keys.FileKey;
import de.lotse.core.keys.KeyFile;
import de.lotse.core.keys.VaultFailedLogins;
import de.lotse.core.keys.KeyVault;
import de.lotse.core.keys.RecoveryCode;
import de.lotse.core.keys.UnlockOutcome;
import de.lotse.core.store.StoreException;
import de.lotse.core.store.StoreProblem;
import de.lotse.core.validation.FieldProblem;
import de.lotse.core.validation.Validated;
import de.lotse.persistence.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The way into a data folder. A new folder is set up first: its first administrator (or the demo's
 * accounts), whose grant then holds the new file key. After that a user name and a password open
 * the key file's grant, the file key and the store; the account must still be enabled there and
 * its password the current one. An unknown user and a wrong password get one answer, failures are
 * counted in the key file and make the next attempt for that name wait.
 */
public final class Login {

    private static final Logger LOG = LoggerFactory.getLogger(Login.class);

    /** The system property that makes new credentials cheap to derive: for tests only. */
    public static final String FAST_KEYS_PROPERTY = "lotse.testing.fastKeys";

    /** The demo's password for every demo account, shown on the demo's login screen and in README. */
    public static final String DEMO_PASSWORD = "Demo Rathaus Hagen";
    /** Marks a data folder set up with the demo's accounts, so that the login screen names them. */
    static final String DEMO_MARKER = "demo-installation";

    /** One account of the demo: its user name, its name shown, its role. */
    public record DemoAccount(String userName, String displayName, Role role) { }

    /** The demo's accounts, the administrator first: one per role. */
    public static final List<DemoAccount> DEMO_ACCOUNTS = List.of(
            new DemoAccount("admin", "Administration", Role.ADMINISTRATOR),
            new DemoAccount("fallmanagement", "Fallmanagement (Demo)", Role.CASEWORKER),
            new DemoAccount("unterkunft", "Unterkunftsbetreuung (Demo)", Role.FIELD_STAFF),
            new DemoAccount("ehrenamt", "Ehrenamtskoordination (Demo)", Role.VOLUNTEER_COORDINATOR),
            new DemoAccount("leitung", "Leitung (Demo)", Role.HEAD_OF_OFFICE));

    /** Whether the folder still needs its first account, or has accounts to log in with. */
    public enum State { NEW, LOCKED }

    /** What a set-up came to. */
    public sealed interface SetUp {

        /** What was typed is refused; nothing was made. */
        record Invalid(List<FieldProblem> problems) implements SetUp { }

        /** The folder is set up and its administrator logged in; the recovery code is shown once. */
        record Done(AppContext context, RecoveryCode recoveryCode) implements SetUp { }
    }

    /** What a login came to. */
    public sealed interface Outcome {

        /** The store is open and the user logged in. */
        record LoggedIn(AppContext context) implements Outcome { }

        /** No account here opens with what was typed (or it is disabled): one answer for all. */
        record WrongUserOrPassword() implements Outcome { }

        /** Too many failures for this name: no attempt before {@code delay} has passed. */
        record Wait(Duration delay) implements Outcome { }

        /** The new password typed with a recovery code is refused; the code was right. */
        record Invalid(List<FieldProblem> problems) implements Outcome { }
    }

    private final Path dataDir;
    private final Path keysDir;
    private final Clock clock;
    private final Argon2Params costs;

    /** The login of {@code dataDir}; {@code costs} are those of new credentials. */
    public Login(Path dataDir, Clock clock, Argon2Params costs) {
        this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
        this.keysDir = dataDir.resolve("keys");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.costs = Objects.requireNonNull(costs, "costs");
    }

    /** The login of {@code dataDir} with the costs of this process ({@link #costs()}). */
    public static Login of(Path dataDir, Clock clock) {
        return new Login(dataDir, clock, costs());
    }

    /** The Argon2id costs of new credentials: the default, or the tests' cheap ones when asked for. */
    public static Argon2Params costs() {
        if (Boolean.getBoolean(FAST_KEYS_PROPERTY)) {
            LOG.warn("New credentials use the cheap costs for tests ({})", FAST_KEYS_PROPERTY);
            return Argon2Params.FOR_TESTS;
        }
        return Argon2Params.DEFAULT;
    }

    public Path dataDir() {
        return dataDir;
    }

    /**
     * Whether the folder is set up. A set-up killed half-way is finished here when its account was
     * made, and forgotten when it was not (the next set-up begins with the same key).
     */
    public State state() {
        Optional<FileKey> begun = SetUpKey.find(keysDir);
        Optional<KeyVault> vault = vault();
        if (begun.isEmpty()) {
            return vault.isPresent() ? State.LOCKED : State.NEW;
        }
        if (vault.isEmpty()) {
            return State.NEW;
        }
        try (AppContext context = AppContext.open(dataDir, clock, begun.get(), vault.get(), costs)) {
            if (context.accountStore().list().isEmpty()) {
                deleteKeyFile();
                return State.NEW;
            }
            finish(context);
            LOG.info("A set-up killed after its first account was made is finished");
            return State.LOCKED;
        }
    }

    /** Whether the folder was set up with the demo's accounts (the login screen names them). */
    public boolean isDemo() {
        return Files.exists(dataDir.resolve(DEMO_MARKER));
    }

    /**
     * Sets up a new folder with its first administrator and logs them in. What was typed is
     * checked before anything is made; the database (a plain one of an earlier Lotse too) is then
     * encrypted under a new file key, which the administrator's grant and recovery grant hold.
     */
    public SetUp setUp(String userName, String displayName, char[] password, char[] repeat) {
        List<FieldProblem> problems = AccountService.problemsOfNew(userName, displayName, Set.of(Role.ADMINISTRATOR),
                password, repeat);
        if (!problems.isEmpty()) {
            return new SetUp.Invalid(problems);
        }
        AppContext context = begin();
        try {
            RecoveryCode code = RecoveryCode.generate();
            char[] recovery = code.chars();
            Validated<Account> made;
            try {
                made = context.accounts().createFirstAdministrator(userName, displayName, password, repeat, recovery);
            } finally {
                Arrays.fill(recovery, '\0');
            }
            if (made instanceof Validated.Invalid<Account> invalid) {
                context.close();
                return new SetUp.Invalid(invalid.problems());
            }
            finish(context);
            context.logIn(made.orElseThrow());
            return new SetUp.Done(context, code);
        } catch (RuntimeException | Error e) {
            context.close();
            throw e;
        }
    }

    /**
     * Sets up a new folder with the demo's accounts ({@link #DEMO_ACCOUNTS}), each with
     * {@code password}, and logs the administrator in.
     */
    public SetUp setUpDemo(char[] password) {
        DemoAccount first = DEMO_ACCOUNTS.getFirst();
        SetUp made = setUp(first.userName(), first.displayName(), password, password);
        if (!(made instanceof SetUp.Done done)) {
            return made;
        }
        for (DemoAccount account : DEMO_ACCOUNTS.subList(1, DEMO_ACCOUNTS.size())) {
            done.context().accounts().add(account.userName(), account.displayName(), Set.of(account.role()), null,
                    password, password).orElseThrow();
        }
        done.context().reconcileGrants();
        try {
            Files.writeString(dataDir.resolve(DEMO_MARKER),
                    "Demo: the accounts of Login.DEMO_ACCOUNTS, password in README.md\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return done;
    }

    /**
     * The store of a new folder that is to join the office's share: nobody is logged in, as the
     * office's accounts come with the join; {@link #finishJoin} after it.
     */
    public AppContext beginJoin() {
        return begin();
    }

    /**
     * Finishes a new folder's set-up after its join: when the office's accounts arrived, they can
     * log in here from now on. Otherwise (a share of an earlier Lotse, without accounts) the folder
     * still waits for its first administrator, with the joined data kept.
     *
     * @return whether accounts arrived
     */
    public boolean finishJoin(AppContext context) {
        if (context.accountStore().list().isEmpty()) {
            return false;
        }
        finish(context);
        return true;
    }

    /** Logs {@code userName} in with {@code password}, opening the store. The caller wipes the password. */
    public Outcome logIn(String userName, char[] password) {
        KeyVault vault = vault().orElseThrow(() -> new IllegalStateException("not set up"));
        Optional<Duration> wait = waitBefore(vault, userName);
        if (wait.isPresent()) {
            return new Outcome.Wait(wait.get());
        }
        return opened(vault, userName, unlock(vault, userName, password), false);
    }

    /**
     * Logs {@code userName} in on a store that is open and locked (the window's lock screen): the
     * password must open the user's grant here as at a start.
     */
    public Outcome unlock(AppContext context, String userName, char[] password) {
        KeyVault vault = context.vault();
        Optional<Duration> wait = waitBefore(vault, userName);
        if (wait.isPresent()) {
            return new Outcome.Wait(wait.get());
        }
        UnlockOutcome outcome = unlock(vault, userName, password);
        if (!(outcome instanceof UnlockOutcome.Opened opened)) {
            return new Outcome.WrongUserOrPassword();
        }
        opened.key().destroy(); // the store is open with the same key (the vault checked it is this file's)
        return admitted(context, opened.accountId(), false) ? new Outcome.LoggedIn(context)
                : refused(vault, userName);
    }

    /**
     * Opens the store with the administrator's recovery code and gives that account the new
     * password: the way back in when the password is forgotten.
     */
    public Outcome recover(CharSequence typedCode, char[] password, char[] repeat) {
        KeyVault vault = vault().orElseThrow(() -> new IllegalStateException("not set up"));
        Optional<RecoveryCode> code = RecoveryCode.parse(typedCode);
        if (code.isEmpty()) {
            return new Outcome.WrongUserOrPassword();
        }
        UnlockOutcome outcome = vault.unlockWithRecoveryCode(code.get());
        code.get().destroy();
        Outcome opened = opened(vault, null, outcome, true);
        if (!(opened instanceof Outcome.LoggedIn(AppContext context))) {
            return opened;
        }
        UUID accountId = context.user().orElseThrow().accountId();
        Validated<Account> changed = context.accounts().setPassword(accountId, password, repeat);
        if (changed instanceof Validated.Invalid<Account> invalid) {
            context.close();
            return new Outcome.Invalid(invalid.problems());
        }
        context.reconcileGrants();
        context.logIn(changed.orElseThrow());
        return opened;
    }

    private Outcome opened(KeyVault vault, String userName, UnlockOutcome outcome, boolean recovery) {
        if (!(outcome instanceof UnlockOutcome.Opened opened)) {
            return new Outcome.WrongUserOrPassword();
        }
        AppContext context = AppContext.open(dataDir, clock, opened.key(), vault, costs);
        try {
            if (admitted(context, opened.accountId(), recovery)) {
                return new Outcome.LoggedIn(context);
            }
        } catch (RuntimeException | Error e) {
            context.close();
            throw e;
        }
        context.close();
        return userName == null ? new Outcome.WrongUserOrPassword() : refused(vault, userName);
    }

    /**
     * Whether the account whose grant opened may log in: it is there, enabled, and the grant was
     * sealed to its current credential (after a password change synced here, only the new password
     * counts). The grants are brought in line on the way, whatever the answer.
     */
    private static boolean admitted(AppContext context, UUID accountId, boolean recovery) {
        Optional<Account> account = context.accountStore().find(accountId);
        boolean current = account.isPresent() && !account.get().disabled() && context.vault().keyFile().grants()
                .stream()
                .filter(entry -> entry.accountId().equals(accountId) && entry.recovery() == recovery)
                .anyMatch(entry -> sameCredential(entry, recovery ? account.get().recoveryCredential()
                        : account.get().credential()));
        context.reconcileGrants();
        if (current) {
            context.logIn(account.get());
        } else {
            LOG.info("Login of account {} refused: disabled, unknown or an old credential", accountId);
        }
        return current;
    }

    private static boolean sameCredential(KeyFile.Entry entry, String stored) {
        try {
            return stored != null && entry.credential().equals(Credential.fromJson(stored));
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }

    private Outcome refused(KeyVault vault, String userName) {
        try {
            vault.recordFailure(userName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Outcome.WrongUserOrPassword();
    }

    private Optional<Duration> waitBefore(KeyVault vault, String userName) {
        Duration wait = new LoginThrottle(new VaultFailedLogins(vault)).waitBefore(userName, clock.instant());
        return wait.isPositive() ? Optional.of(wait) : Optional.empty();
    }

    private static UnlockOutcome unlock(KeyVault vault, String userName, char[] password) {
        try {
            return vault.unlock(userName, password);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The store of a set-up under way: its key written first, then the key file, then the database. */
    private AppContext begin() {
        if (state() == State.LOCKED) {
            throw new IllegalStateException("already set up");
        }
        if (SetUpKey.find(keysDir).isEmpty() && Database.isEncrypted(dataDir)) {
            // its key went with the key file: a new key would not open it, and nothing here may touch it
            throw new StoreException(new StoreProblem.KeyFileDamaged(keysDir.resolve(KeyFile.FILE_NAME)));
        }
        FileKey key = SetUpKey.findOrMake(keysDir);
        Optional<KeyVault> begun = vault();
        KeyVault vault;
        try {
            vault = begun.isPresent() ? begun.get() : KeyVault.create(keysDir, key, clock);
        } catch (IOException e) {
            throw new StoreException(new StoreProblem.KeyFileDamaged(keysDir.resolve(KeyFile.FILE_NAME)), e);
        }
        return AppContext.open(dataDir, clock, key, vault, costs);
    }

    /** The first account's grant holds the key now: the set-up's plain copy of it goes. */
    private void finish(AppContext context) {
        context.reconcileGrants();
        SetUpKey.delete(keysDir);
    }

    private Optional<KeyVault> vault() {
        try {
            return KeyVault.open(keysDir, clock);
        } catch (IOException e) {
            throw new StoreException(new StoreProblem.KeyFileDamaged(keysDir.resolve(KeyFile.FILE_NAME)), e);
        }
    }

    private void deleteKeyFile() {
        try {
            Files.deleteIfExists(keysDir.resolve(KeyFile.FILE_NAME));
            Files.deleteIfExists(keysDir.resolve(KeyFile.BACKUP_NAME));
        } catch (IOException e) {
            throw new StoreException(new StoreProblem.KeyFileDamaged(keysDir.resolve(KeyFile.FILE_NAME)), e);
        }
    }
}
