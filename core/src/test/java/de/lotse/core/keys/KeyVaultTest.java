package de.lotse.core.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyVaultTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-02T07:30:00Z"), ZoneOffset.UTC);
    private static final UUID ANNA = UUID.randomUUID();
    private static final UUID BERND = UUID.randomUUID();
    private static final String ANNA_PASSWORD = "Annas Passwort im Rathaus";
    private static final String BERND_PASSWORD = "Bernds Passwort im Rathaus";

    @TempDir
    Path keysDir;

    private final FileKey key = FileKey.generate();
    private final RecoveryCode code = RecoveryCode.generate();
    private Credential anna;
    private Credential bernd;
    private Credential annaRecovery;
    private KeyVault vault;

    @BeforeEach
    void setUp() throws IOException {
        anna = Credential.create(ANNA, ANNA_PASSWORD.toCharArray(), Argon2Params.FOR_TESTS);
        bernd = Credential.create(BERND, BERND_PASSWORD.toCharArray(), Argon2Params.FOR_TESTS);
        annaRecovery = Credential.create(ANNA, code.chars(), Argon2Params.FOR_TESTS);
        vault = KeyVault.create(keysDir, key, CLOCK);
    }

    @Test
    void createRefusesToReplaceAKeyFile() {
        assertThatThrownBy(() -> KeyVault.create(keysDir, FileKey.generate(), CLOCK))
                .isInstanceOf(FileAlreadyExistsException.class);
    }

    @Test
    void openReadsTheFolderOrFindsNothing() throws IOException {
        assertThat(KeyVault.open(keysDir.resolve("empty"), CLOCK)).isEmpty();
        assertThat(KeyVault.open(keysDir, CLOCK)).hasValueSatisfying(
                opened -> assertThat(opened.installationId()).isEqualTo(vault.installationId()));
    }

    @Test
    void reconcileGrantsEveryEnabledAccountAndTheyLogIn() throws IOException {
        assertThat(vault.reconcile(key, List.of(annaAccount(true), berndAccount(true)))).isTrue();

        KeyVault reopened = KeyVault.open(keysDir, CLOCK).orElseThrow();
        assertOpens(reopened.unlock("Anna", ANNA_PASSWORD.toCharArray()), ANNA);
        assertOpens(reopened.unlock(" BERND ", BERND_PASSWORD.toCharArray()), BERND);
    }

    @Test
    void reconcileWritesOnlyWhenSomethingChanged() throws IOException {
        vault.reconcile(key, List.of(annaAccount(true)));
        Path file = keysDir.resolve(KeyFile.FILE_NAME);
        byte[] before = Files.readAllBytes(file);

        assertThat(vault.reconcile(key, List.of(annaAccount(true)))).isFalse();
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameOutcome() throws IOException {
        vault.reconcile(key, List.of(annaAccount(true)));

        assertThat(vault.unlock("anna", "falsches Passwort".toCharArray()))
                .isEqualTo(new UnlockOutcome.WrongUserOrPassword());
        assertThat(vault.unlock("niemand", ANNA_PASSWORD.toCharArray()))
                .isEqualTo(new UnlockOutcome.WrongUserOrPassword());
        assertThat(vault.unlock("bernd", BERND_PASSWORD.toCharArray()))
                .isEqualTo(new UnlockOutcome.WrongUserOrPassword());
    }

    @Test
    void anUnknownUserCostsAnArgon2Derivation() throws IOException {
        KeyVault empty = KeyVault.create(keysDir.resolve("other"), FileKey.generate(), CLOCK);
        empty.unlock("warm-up", "x".toCharArray());

        long start = System.nanoTime();
        empty.unlock("niemand", "irgendwas".toCharArray());
        long millis = (System.nanoTime() - start) / 1_000_000;

        // No grant on the device: the decoy has the default costs, 64 MiB; a lookup alone takes microseconds.
        assertThat(millis).isGreaterThanOrEqualTo(20);
    }

    @Test
    void failuresAreCountedAndClearedBySuccess() throws IOException {
        vault.reconcile(key, List.of(annaAccount(true)));

        vault.unlock("anna", "falsch".toCharArray());
        vault.unlock("ANNA", "auch falsch".toCharArray());
        vault.unlock("niemand", "falsch".toCharArray());

        KeyVault reopened = KeyVault.open(keysDir, CLOCK).orElseThrow();
        assertThat(reopened.failures("anna")).isEqualTo(2);
        assertThat(reopened.lastFailure("anna")).contains(CLOCK.instant());
        assertThat(reopened.failures("niemand")).isEqualTo(1);

        assertOpens(reopened.unlock("anna", ANNA_PASSWORD.toCharArray()), ANNA);
        assertThat(reopened.failures("anna")).isZero();
        reopened.recordFailure("anna");
        assertThat(KeyVault.open(keysDir, CLOCK).orElseThrow().failures("anna")).isEqualTo(1);
    }

    @Test
    void reconcileDropsDisabledAndUnknownAccounts() throws IOException {
        vault.reconcile(key, List.of(annaAccount(true), berndAccount(true)));

        assertThat(vault.reconcile(key, List.of(annaAccount(true), berndAccount(false)))).isTrue();
        assertThat(vault.unlock("bernd", BERND_PASSWORD.toCharArray()))
                .isInstanceOf(UnlockOutcome.WrongUserOrPassword.class);

        assertThat(vault.reconcile(key, List.of())).isTrue();
        assertThat(vault.keyFile().grants()).isEmpty();
        assertThat(vault.unlock("anna", ANNA_PASSWORD.toCharArray()))
                .isInstanceOf(UnlockOutcome.WrongUserOrPassword.class);
    }

    @Test
    void afterAPasswordChangeOnlyTheNewPasswordWorks() throws IOException {
        vault.reconcile(key, List.of(annaAccount(true)));
        Credential changed = Credential.create(ANNA, "Annas neues Passwort".toCharArray(), Argon2Params.FOR_TESTS);

        assertThat(vault.reconcile(key, List.of(new AccountKeys(ANNA, "anna", true, changed.toJson(), null))))
                .isTrue();

        assertThat(vault.keyFile().grantFor("anna").orElseThrow().credentialFingerprint())
                .isEqualTo(changed.fingerprint());
        assertThat(vault.unlock("anna", ANNA_PASSWORD.toCharArray()))
                .isInstanceOf(UnlockOutcome.WrongUserOrPassword.class);
        assertOpens(vault.unlock("anna", "Annas neues Passwort".toCharArray()), ANNA);
    }

    @Test
    void aRenamedAccountLogsInUnderItsNewName() throws IOException {
        vault.reconcile(key, List.of(annaAccount(true)));

        vault.reconcile(key, List.of(new AccountKeys(ANNA, "anna.meier", true, anna.toJson(), null)));

        assertThat(vault.keyFile().grantFor("anna")).isEmpty();
        assertOpens(vault.unlock("anna.meier", ANNA_PASSWORD.toCharArray()), ANNA);
    }

    @Test
    void anUnreadableCredentialLosesItsGrant() throws IOException {
        vault.reconcile(key, List.of(annaAccount(true)));

        vault.reconcile(key, List.of(new AccountKeys(ANNA, "anna", true, "{\"format\": 9}", null)));

        assertThat(vault.keyFile().grants()).isEmpty();
    }

    @Test
    void twoAccountsOfOneNameGetNoGrant() throws IOException {
        vault.reconcile(key, List.of(annaAccount(true),
                new AccountKeys(BERND, "ANNA", true, bernd.toJson(), null)));

        assertThat(vault.keyFile().grants()).isEmpty();
    }

    @Test
    void theRecoveryCodeOpensTheDevice() throws IOException {
        vault.reconcile(key, List.of(berndAccount(true),
                new AccountKeys(ANNA, "anna", true, anna.toJson(), annaRecovery.toJson())));
        assertThat(vault.keyFile().recoveryGrants()).hasSize(1);

        RecoveryCode typed = RecoveryCode.parse(new String(code.grouped()).toLowerCase()).orElseThrow();
        assertOpens(vault.unlockWithRecoveryCode(typed), ANNA);
        assertThat(vault.unlockWithRecoveryCode(RecoveryCode.generate()))
                .isInstanceOf(UnlockOutcome.WrongUserOrPassword.class);
        // The recovery grant does not answer to the user name and the code as a password.
        assertThat(vault.unlock("anna", code.chars())).isInstanceOf(UnlockOutcome.WrongUserOrPassword.class);

        vault.reconcile(key, List.of(annaAccount(true)));
        assertThat(vault.keyFile().recoveryGrants()).isEmpty();
    }

    @Test
    void reconcileRefusesAForeignFileKey() {
        assertThatThrownBy(() -> vault.reconcile(FileKey.generate(), List.of(annaAccount(true))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aGrantOfAnotherFileKeyDoesNotOpen() throws IOException {
        vault.reconcile(key, List.of(annaAccount(true)));
        // Anna's grant replaced by one of another installation's key, sealed to her credential all the same.
        Grant own = vault.keyFile().grantFor("anna").orElseThrow().grant();
        Grant foreign = Grant.seal(FileKey.generate(), ANNA, anna);
        Base64.Encoder base64 = Base64.getEncoder();
        String text = new String(vault.keyFile().toJson(), StandardCharsets.UTF_8)
                .replace(base64.encodeToString(own.ciphertext()), base64.encodeToString(foreign.ciphertext()))
                .replace(base64.encodeToString(own.ephemeralPublicKey()),
                        base64.encodeToString(foreign.ephemeralPublicKey()))
                .replace(base64.encodeToString(own.nonce()), base64.encodeToString(foreign.nonce()));
        Files.writeString(keysDir.resolve(KeyFile.FILE_NAME), text);

        KeyVault reopened = KeyVault.open(keysDir, CLOCK).orElseThrow();

        assertThat(reopened.keyFile().grantFor("anna").orElseThrow().grant()).isEqualTo(foreign);
        assertThat(reopened.unlock("anna", ANNA_PASSWORD.toCharArray()))
                .isInstanceOf(UnlockOutcome.WrongUserOrPassword.class);
    }

    @Test
    void outcomesAndAccountsShowNoKeyAndNoName() throws IOException {
        vault.reconcile(key, List.of(annaAccount(true)));
        var opened = vault.unlock("anna", ANNA_PASSWORD.toCharArray());

        assertThat(opened.toString() + vault + annaAccount(true))
                .doesNotContain(new String(key.h2FilePassword()))
                .doesNotContain("anna\"").doesNotContain("userName=anna");
    }

    private AccountKeys annaAccount(boolean enabled) {
        return new AccountKeys(ANNA, "anna", enabled, anna.toJson(), null);
    }

    private AccountKeys berndAccount(boolean enabled) {
        return new AccountKeys(BERND, "Bernd", enabled, bernd.toJson(), null);
    }

    private void assertOpens(UnlockOutcome outcome, UUID account) {
        assertThat(outcome).isInstanceOfSatisfying(UnlockOutcome.Opened.class, opened -> {
            assertThat(opened.accountId()).isEqualTo(account);
            assertThat(opened.key().sameKey(key)).isTrue();
        });
    }
}
