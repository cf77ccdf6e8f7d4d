package de.lotse.core.keys;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The keys folder of one device: logging in with a password or a recovery code, and keeping the
 * grants in line with the accounts. It knows no database: the caller opens H2 with the file key
 * it gets, checks there that the account is enabled, and hands the accounts to {@link #reconcile}.
 *
 * <p>A login for a user name without a grant does the same Argon2id work as one with a wrong
 * password (on a credential nobody can open, with the costs of the device's grants), so neither
 * the outcome nor the time tells whether a user name exists here. Failed logins are counted in the
 * key file, for the caller's growing delay ({@link #failures}, {@link #lastFailure}).
 *
 * <p>Thread-safe; each change is written to disk before the method returns.
 */
public final class KeyVault {

    private static final System.Logger LOG = System.getLogger(KeyVault.class.getName());

    private final Path keysDir;
    private final Clock clock;
    private final Map<Argon2Params, Credential> decoys = new HashMap<>();
    private KeyFile keyFile;

    private KeyVault(Path keysDir, Clock clock, KeyFile keyFile) {
        this.keysDir = keysDir;
        this.clock = clock;
        this.keyFile = keyFile;
    }

    /**
     * The vault of the key file in {@code keysDir}; empty when there is none (a new installation:
     * {@link #create}).
     *
     * @throws KeyFileDamagedException when the key file and its backup are both unreadable
     */
    public static Optional<KeyVault> open(Path keysDir, Clock clock) throws IOException {
        Objects.requireNonNull(keysDir, "keysDir");
        Objects.requireNonNull(clock, "clock");
        return KeyFile.read(keysDir).map(file -> new KeyVault(keysDir, clock, file));
    }

    /**
     * A new key file for a new database encrypted with {@code key}, written to {@code keysDir}. The
     * caller then grants the first account ({@link #reconcile}).
     *
     * @throws FileAlreadyExistsException when the folder has a key file already: replacing it
     *                                    would lock every account out of the database it opens
     */
    public static KeyVault create(Path keysDir, FileKey key, Clock clock) throws IOException {
        Objects.requireNonNull(keysDir, "keysDir");
        Objects.requireNonNull(clock, "clock");
        if (Files.exists(keysDir.resolve(KeyFile.FILE_NAME)) || Files.exists(keysDir.resolve(KeyFile.BACKUP_NAME))) {
            throw new FileAlreadyExistsException(KeyFile.FILE_NAME);
        }
        KeyFile file = KeyFile.create(key);
        file.write(keysDir);
        return new KeyVault(keysDir, clock, file);
    }

    /** The key file as it is now. */
    public synchronized KeyFile keyFile() {
        return keyFile;
    }

    /** The installation's id, which the caller also keeps in the database (see {@link KeyFile}). */
    public synchronized UUID installationId() {
        return keyFile.installationId();
    }

    /**
     * Logs {@code userName} in with {@code password}: its grant, Argon2id, the private key, the
     * file key. A failure is counted, a success clears the count. The caller wipes {@code password}.
     */
    public synchronized UnlockOutcome unlock(String userName, char[] password) throws IOException {
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(password, "password");
        Optional<KeyFile.Entry> entry = keyFile.grantFor(userName);
        Optional<FileKey> key;
        if (entry.isPresent()) {
            key = open(entry.get(), password);
        } else {
            // The same Argon2id work as for a real account, so that the time does not tell.
            decoy().unlock(UUID.randomUUID(), password);
            key = Optional.empty();
        }
        if (key.isEmpty()) {
            replace(keyFile.withFailure(userName, clock.instant()));
            return new UnlockOutcome.WrongUserOrPassword();
        }
        replace(keyFile.withoutFailures(userName));
        return new UnlockOutcome.Opened(entry.get().accountId(), key.get());
    }

    /**
     * Opens the device with a recovery code: the first recovery grant whose credential the code
     * opens. One Argon2id derivation per recovery grant on the device, so a second or so for each
     * account that has a recovery code; the code's 124 bits need no count of failures.
     */
    public synchronized UnlockOutcome unlockWithRecoveryCode(RecoveryCode code) {
        Objects.requireNonNull(code, "code");
        List<KeyFile.Entry> recovery = keyFile.recoveryGrants();
        char[] chars = code.chars();
        try {
            if (recovery.isEmpty()) {
                decoy().unlock(UUID.randomUUID(), chars);
            }
            for (KeyFile.Entry entry : recovery) {
                Optional<FileKey> key = open(entry, chars);
                if (key.isPresent()) {
                    return new UnlockOutcome.Opened(entry.accountId(), key.get());
                }
            }
            return new UnlockOutcome.WrongUserOrPassword();
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    /**
     * Counts a failed login that the vault could not see: the grant opened, but the database says
     * the account is disabled (this device had not synced since), which the person is told in the
     * same words as a wrong password.
     */
    public synchronized void recordFailure(String userName) throws IOException {
        replace(keyFile.withFailure(userName, clock.instant()));
    }

    /** Failed logins for {@code userName} since its last successful one. */
    public synchronized int failures(String userName) {
        return keyFile.failures(userName);
    }

    public synchronized Optional<Instant> lastFailure(String userName) {
        return keyFile.lastFailure(userName);
    }

    /**
     * Brings the grants in line with the accounts, as the open database knows them: every enabled
     * account gets a grant sealed to its current credential (and to its recovery credential, when
     * it has one) where its grant is missing or stale (another credential, after a password
     * change, or another user name); grants of disabled and unknown accounts go. An account whose
     * credential cannot be read (damaged, or from a newer Lotse) loses its grants on this device,
     * as they may be sealed to a credential whose password was changed. Two enabled accounts with
     * the same user name get none, as a name must open one account. Writes the key file only when
     * something changed.
     *
     * @return whether the key file changed
     * @throws IllegalArgumentException when {@code key} is not this device's file key
     */
    public synchronized boolean reconcile(FileKey key, List<AccountKeys> accounts) throws IOException {
        Objects.requireNonNull(accounts, "accounts");
        if (!keyFile.belongsTo(key)) {
            throw new IllegalArgumentException("file key does not belong to this key file");
        }
        Map<UUID, AccountKeys> enabled = new LinkedHashMap<>();
        Map<String, Integer> names = new HashMap<>();
        for (AccountKeys account : accounts) {
            if (account.enabled()) {
                enabled.put(account.accountId(), account);
                names.merge(KeyFile.normalizeUserName(account.userName()), 1, Integer::sum);
            }
        }
        Set<UUID> granted = new HashSet<>();
        for (AccountKeys account : enabled.values()) {
            if (names.get(KeyFile.normalizeUserName(account.userName())) > 1) {
                LOG.log(System.Logger.Level.WARNING, "account {0} shares its user name with another; no grant",
                        account.accountId());
            } else {
                granted.add(account.accountId());
            }
        }

        KeyFile next = keyFile;
        for (KeyFile.Entry entry : keyFile.grants()) {
            if (!granted.contains(entry.accountId())) {
                next = next.withoutGrant(entry.accountId());
            }
        }
        for (UUID accountId : granted) {
            AccountKeys account = enabled.get(accountId);
            next = grant(next, key, account, account.credentialJson(), false);
            next = account.recoveryCredentialJson() == null
                    ? next.withoutGrant(accountId, true)
                    : grant(next, key, account, account.recoveryCredentialJson(), true);
        }
        if (next.equals(keyFile)) {
            return false;
        }
        replace(next);
        return true;
    }

    private static KeyFile grant(KeyFile file, FileKey key, AccountKeys account, String credentialJson,
                                 boolean recovery) {
        Credential credential;
        try {
            credential = Credential.fromJson(credentialJson);
        } catch (IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, "account {0}: {1} credential unreadable ({2}); no grant",
                    account.accountId(), recovery ? "recovery" : "normal", e.getMessage());
            return file.withoutGrant(account.accountId(), recovery);
        }
        Optional<KeyFile.Entry> existing = file.grantOf(account.accountId(), recovery);
        boolean current = existing.isPresent() && existing.get().credential().equals(credential)
                && existing.get().userNameHash().equals(file.userNameHash(account.userName()));
        return current ? file : file.withGrant(key, account.accountId(), account.userName(), credential, recovery);
    }

    /** The file key behind {@code entry}, when {@code secret} opens its credential and the key is this file's. */
    private Optional<FileKey> open(KeyFile.Entry entry, char[] secret) {
        Optional<PrivateKey> privateKey = entry.credential().unlock(entry.accountId(), secret);
        if (privateKey.isEmpty()) {
            return Optional.empty();
        }
        Optional<FileKey> key = entry.grant().open(entry.accountId(), entry.credential(), privateKey.get());
        if (key.isEmpty() || !keyFile.belongsTo(key.get())) {
            // The password was right, the grant is not: damaged, or from before the file key changed.
            LOG.log(System.Logger.Level.WARNING, "grant of account {0} does not give this device''s file key",
                    entry.accountId());
            key.ifPresent(FileKey::destroy);
            return Optional.empty();
        }
        return key;
    }

    /** A credential nobody can open, with the costs of this device's first grant (or the default). */
    private Credential decoy() {
        Argon2Params params = keyFile.grants().stream().filter(entry -> !entry.recovery()).findFirst()
                .map(entry -> entry.credential().params()).orElse(Argon2Params.DEFAULT);
        return decoys.computeIfAbsent(params, Credential::decoy);
    }

    private void replace(KeyFile next) throws IOException {
        if (next != keyFile && !next.equals(keyFile)) {
            next.write(keysDir);
            keyFile = next;
        }
    }

    @Override
    public String toString() {
        return "KeyVault[" + keyFile + "]";
    }
}
