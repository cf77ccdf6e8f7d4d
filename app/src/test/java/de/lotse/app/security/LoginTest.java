package de.lotse.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.lotse.app.AppContext;
import de.lotse.core.account.Account;
import de.lotse.core.account.LoginThrottle;
import de.lotse.core.account.Role;
import de.lotse.core.keys.Argon2Params;
import de.lotse.core.person.PartialDate;
import de.lotse.core.person.PersonDraft;
import de.lotse.core.person.Sex;
import de.lotse.core.store.StoreException;
import de.lotse.core.store.StoreProblem;
import de.lotse.core.validation.FieldProblem;
import de.lotse.persistence.Database;
import de.lotse.persistence.JooqPersonRegister;
import de.lotse.persistence.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The way into a real data folder: set-up, login, recovery, and set-ups killed half-way. */
class LoginTest {

    private static final String PASSWORD = "Kastanienallee im Herbst";
    private static final String OTHER = "Fahrradklingel am Rathaus";
    private static final Clock CLOCK = Clock.systemUTC();

    @TempDir
    Path dataDir;

    private Login login() {
        return new Login(dataDir, CLOCK, Argon2Params.FOR_TESTS);
    }

    private Login.SetUp.Done setUp() {
        return (Login.SetUp.Done) login().setUp("chef", "Leitung Amt", PASSWORD.toCharArray(), PASSWORD.toCharArray());
    }

    private Login.Outcome logIn(String user, String password) {
        Login.Outcome outcome = login().logIn(user, password.toCharArray());
        if (outcome instanceof Login.Outcome.LoggedIn in) {
            in.context().close();
        }
        return outcome;
    }

    private Path keyFile() {
        return dataDir.resolve("keys").resolve("lotse.keys");
    }

    private Path setUpKey() {
        return dataDir.resolve("keys").resolve("file.key");
    }

    @Test
    void aRefusedSetUpMakesNothing() {
        Login.SetUp refused = login().setUp("c", "", "kurz".toCharArray(), "anders".toCharArray());

        assertThat(refused).isInstanceOfSatisfying(Login.SetUp.Invalid.class, invalid ->
                assertThat(invalid.problems()).extracting(FieldProblem::code).containsExactly("userName.invalid",
                        "required", "password.tooShort", "password.mismatch"));
        assertThat(dataDir.resolve("db")).doesNotExist();
        assertThat(dataDir.resolve("keys")).doesNotExist();
        assertThat(login().state()).isEqualTo(Login.State.NEW);
    }

    @Test
    void theSetUpEncryptsUnderAKeyOnlyTheGrantsHoldAndShowsARecoveryCode() throws Exception {
        assertThat(login().state()).isEqualTo(Login.State.NEW);
        Login.SetUp.Done done = setUp();
        try (AppContext context = done.context()) {
            assertThat(context.user()).hasValueSatisfying(user -> {
                assertThat(user.userName()).isEqualTo("chef");
                assertThat(user.roles()).containsExactly(Role.ADMINISTRATOR);
            });
            assertThat(new String(done.recoveryCode().grouped())).matches("([2-9A-Z]{5}-){4}[2-9A-Z]{5}");
            assertThat(context.accountStore().list().getFirst().recoveryCredential()).isNotNull();
        }
        assertThat(login().state()).isEqualTo(Login.State.LOCKED);
        assertThat(setUpKey()).as("the key lives on only in the grants").doesNotExist();
        assertThat(Files.readAllBytes(Database.databaseFile(dataDir))).as("encrypted").startsWith(
                "Lotse-AES-XTS-1".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

        assertThat(logIn("Chef", PASSWORD)).isInstanceOf(Login.Outcome.LoggedIn.class);
        assertThat(logIn("chef", OTHER)).isInstanceOf(Login.Outcome.WrongUserOrPassword.class);
        assertThat(logIn("niemand", PASSWORD)).isInstanceOf(Login.Outcome.WrongUserOrPassword.class);
        assertThatThrownBy(() -> login().setUp("eve", "Eve", OTHER.toCharArray(), OTHER.toCharArray()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void failuresMakeTheNameWaitAcrossRestartsAndOnlyThatName() {
        setUp().context().close();
        for (int i = 0; i < LoginThrottle.FREE_FAILURES + 1; i++) {
            assertThat(logIn("chef", OTHER)).isInstanceOf(Login.Outcome.WrongUserOrPassword.class);
        }
        // a new Login is a new start of Lotse: the count lives in the key file
        assertThat(logIn("chef", PASSWORD)).isInstanceOfSatisfying(Login.Outcome.Wait.class,
                wait -> assertThat(wait.delay()).isPositive());
        assertThat(logIn("niemand", OTHER)).isInstanceOf(Login.Outcome.WrongUserOrPassword.class);
    }

    @Test
    void aPlainFolderOfAnEarlierLotseIsEncryptedAtItsSetUpWithItsDataKept() {
        UUID id = UUID.randomUUID();
        try (Database plain = Database.openWithoutEncryptionForBenchmark(dataDir)) {
            new JooqPersonRegister(Store.open(plain, CLOCK), CLOCK).add(id, new PersonDraft("Haddad", "Amal",
                    PartialDate.of(LocalDate.of(1990, 1, 2)), Sex.FEMALE, List.of("SY"), null));
        }
        assertThat(login().state()).isEqualTo(Login.State.NEW);

        setUp().context().close();

        Login.Outcome outcome = login().logIn("chef", PASSWORD.toCharArray());
        try (AppContext context = ((Login.Outcome.LoggedIn) outcome).context()) {
            assertThat(context.persons().find(id)).isPresent();
        }
    }

    @Test
    void aSetUpKilledAfterItsAccountWasMadeIsFinishedAtTheNextStart() {
        try (AppContext begun = login().beginJoin()) {
            begun.accounts().createFirstAdministrator("chef", "Leitung", PASSWORD.toCharArray(),
                    PASSWORD.toCharArray(), "ABCDE23456FGHJK789MNPQRST".toCharArray()).orElseThrow();
        } // killed here: the key still lies beside the key file, which grants nobody yet
        assertThat(setUpKey()).exists();

        assertThat(login().state()).isEqualTo(Login.State.LOCKED);
        assertThat(setUpKey()).doesNotExist();
        assertThat(logIn("chef", PASSWORD)).isInstanceOf(Login.Outcome.LoggedIn.class);
    }

    @Test
    void aSetUpKilledBeforeItsAccountIsForgottenAndTheNextOneKeepsTheData() {
        UUID id = UUID.randomUUID();
        try (AppContext begun = login().beginJoin()) {
            begun.persons().add(id, new PersonDraft("Haddad", "Amal", PartialDate.of(LocalDate.of(1990, 1, 2)),
                    Sex.FEMALE, List.of("SY"), null));
        }
        assertThat(login().state()).isEqualTo(Login.State.NEW);
        assertThat(keyFile()).as("a key file that grants nobody goes").doesNotExist();

        try (AppContext context = setUp().context()) {
            assertThat(context.persons().find(id)).isPresent();
        }
        assertThat(setUpKey()).doesNotExist();
    }

    @Test
    void anEncryptedDatabaseWhoseKeyFileIsGoneIsNotTouched() throws Exception {
        setUp().context().close();
        Files.delete(keyFile());
        Files.delete(dataDir.resolve("keys").resolve("lotse.keys.bak"));
        byte[] before = Files.readAllBytes(Database.databaseFile(dataDir));

        assertThat(login().state()).isEqualTo(Login.State.NEW);
        assertThatThrownBy(() -> login().setUp("chef", "Leitung", PASSWORD.toCharArray(), PASSWORD.toCharArray()))
                .isInstanceOfSatisfying(StoreException.class, e ->
                        assertThat(e.problem()).isInstanceOf(StoreProblem.KeyFileDamaged.class));
        assertThat(Files.readAllBytes(Database.databaseFile(dataDir))).isEqualTo(before);
        assertThat(setUpKey()).doesNotExist();
    }

    @Test
    void theRecoveryCodeOpensAndSetsANewPassword() {
        Login.SetUp.Done done = setUp();
        String code = new String(done.recoveryCode().grouped());
        done.context().close();

        assertThat(login().recover("AAAAA-AAAAA-AAAAA-AAAAA-AAAAA", OTHER.toCharArray(), OTHER.toCharArray()))
                .isInstanceOf(Login.Outcome.WrongUserOrPassword.class);
        assertThat(login().recover(code.toLowerCase(), "kurz".toCharArray(), "kurz".toCharArray()))
                .isInstanceOf(Login.Outcome.Invalid.class);
        Login.Outcome recovered = login().recover(code, OTHER.toCharArray(), OTHER.toCharArray());
        assertThat(recovered).isInstanceOf(Login.Outcome.LoggedIn.class);
        ((Login.Outcome.LoggedIn) recovered).context().close();

        assertThat(logIn("chef", PASSWORD)).isInstanceOf(Login.Outcome.WrongUserOrPassword.class);
        assertThat(logIn("chef", OTHER)).isInstanceOf(Login.Outcome.LoggedIn.class);
    }

    @Test
    void aDisabledAccountIsRefusedAndTheLockScreenChecksThePasswordAsAStartDoes() {
        try (AppContext context = setUp().context()) {
            Account worker = context.accounts().add("k.schmidt", "Katrin Schmidt", Set.of(Role.CASEWORKER), null,
                    OTHER.toCharArray(), OTHER.toCharArray()).orElseThrow();
            context.reconcileGrants();

            context.lock();
            assertThat(context.user()).isEmpty();
            assertThat(login().unlock(context, "k.schmidt", PASSWORD.toCharArray()))
                    .isInstanceOf(Login.Outcome.WrongUserOrPassword.class);
            assertThat(context.user()).isEmpty();
            assertThat(login().unlock(context, "k.schmidt", OTHER.toCharArray()))
                    .isInstanceOf(Login.Outcome.LoggedIn.class);
            assertThat(context.user().orElseThrow().accountId()).isEqualTo(worker.id());

            context.lock();
            assertThat(login().unlock(context, "chef", PASSWORD.toCharArray())).isInstanceOf(Login.Outcome.LoggedIn.class);
            context.accounts().setDisabled(worker.id(), true).orElseThrow();
            context.reconcileGrants();
        }
        assertThat(logIn("k.schmidt", OTHER)).isInstanceOf(Login.Outcome.WrongUserOrPassword.class);
    }
}
