package de.lotse.app;

import de.lotse.core.keys.KeyCredentials;
import de.lotse.core.account.Access;
import de.lotse.core.account.Account;
import de.lotse.core.account.AccountService;
import de.lotse.core.account.Permission;
import de.lotse.core.account.User;
import de.lotse.core.agenda.AgendaService;
import de.lotse.core.cases.CaseRegister;
import de.lotse.core.cases.CaseService;
import de.lotse.core.cases.CaseSummary;
import de.lotse.core.clock.OfficeTime;
import de.lotse.core.demo.DemoCases;
import de.lotse.core.demo.DemoData;
import de.lotse.core.demo.DemoGenerator;
import de.lotse.core.demo.DemoOffice;
import de.lotse.core.device.DeviceIdentity;
import de.lotse.core.directory.Directory;
import de.lotse.core.directory.DirectoryService;
import de.lotse.core.id.Ids;
import de.lotse.core.keys.AccountKeys;
import de.lotse.core.keys.Argon2Params;
import de.lotse.core.keys.FileKey;
import de.lotse.core.keys.KeyVault;
import de.lotse.core.overview.AttentionQueries;
import de.lotse.core.overview.OverviewQueries;
import de.lotse.core.person.PersonRegister;
import de.lotse.core.person.PersonService;
import de.lotse.core.store.Installation;
import de.lotse.core.store.StoreStatistics;
import de.lotse.core.sync.Conflict;
import de.lotse.core.sync.Resolution;
import de.lotse.core.sync.SyncPort;
import de.lotse.core.sync.SyncRefusedException;
import de.lotse.core.sync.SyncReport;
import de.lotse.core.sync.SyncStatus;
import de.lotse.core.task.Progress;
import de.lotse.persistence.Backups;
import de.lotse.persistence.Database;
import de.lotse.persistence.JooqAccounts;
import de.lotse.persistence.JooqAgenda;
import de.lotse.persistence.JooqOfficeSettings;
import de.lotse.persistence.JooqAttentionQueries;
import de.lotse.persistence.JooqCaseRegister;
import de.lotse.persistence.JooqDirectory;
import de.lotse.persistence.JooqOverviewQueries;
import de.lotse.persistence.JooqPersonRegister;
import de.lotse.persistence.Store;
import de.lotse.persistence.TableCounts;
import de.lotse.persistence.sync.ShareSync;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The composition root of services: the opened store and everything built on it. The window and
 * the command line both start from here. Opening blocks: never call it on the FX thread.
 */
public final class AppContext implements AutoCloseable {

    /** Persons made on a first start with an empty database, so a new user sees a living office. */
    public static final int FIRST_START_DEMO_PERSONS = 2_000;

    private final Path dataDir;
    private final Clock clock;
    private final Store store;
    private final Ids ids;
    private final PersonRegister persons;
    private final OverviewQueries overview;
    private final PersonService people;
    private final CaseRegister caseRegister;
    private final Directory directoryStore;
    private final CaseService cases;
    private final DirectoryService directory;
    private final AgendaService agenda;
    private final AttentionQueries attention;
    private final FileKey fileKey;
    private final KeyVault vault;
    private final JooqAccounts accountStore;
    private final AccountService accounts;
    /** Who works with the open store now: nobody until a login, and again while locked. */
    private final AtomicReference<Access> access = new AtomicReference<>(Access.nobody());
    /** Made on first use: a start without sync needs none of it. */
    private ShareSync sync;

    private AppContext(Path dataDir, Clock clock, Store store, FileKey fileKey, KeyVault vault, Argon2Params costs) {
        this.dataDir = dataDir;
        this.clock = clock;
        this.store = store;
        this.fileKey = fileKey;
        this.vault = vault;
        this.persons = new JooqPersonRegister(store, clock);
        this.overview = new JooqOverviewQueries(store);
        this.ids = new Ids(clock);
        this.people = new PersonService(persons, ids, clock, this::access);
        this.caseRegister = new JooqCaseRegister(store);
        this.directoryStore = new JooqDirectory(store);
        this.cases = new CaseService(caseRegister, directoryStore, ids, clock, () -> store.device().code(),
                this::access);
        this.directory = new DirectoryService(directoryStore, ids, this::access);
        this.agenda = new AgendaService(new JooqAgenda(store), ids, clock, this::access);
        this.attention = new JooqAttentionQueries(store);
        this.accountStore = new JooqAccounts(store);
        this.accounts = new AccountService(accountStore, new KeyCredentials(costs), this::access, clock, ids);
    }

    /**
     * Opens the data folder's store with its file key; nobody is logged in yet. Only the login
     * ({@link de.lotse.app.security.Login}) calls this, having opened {@code vault} with a
     * password. {@code costs} are the Argon2id costs of new credentials.
     */
    public static AppContext open(Path dataDir, Clock clock, FileKey fileKey, KeyVault vault, Argon2Params costs) {
        return new AppContext(dataDir, clock, Store.open(Database.open(dataDir, fileKey.bytes()), clock), fileKey,
                vault, costs);
    }

    /** Who works with the store now; {@link Access#nobody()} before a login and while locked. */
    public Access access() {
        return access.get();
    }

    /** The user logged in, if anybody is. */
    public Optional<User> user() {
        return access.get().user();
    }

    /** {@code account} is logged in from now on. Only the login calls this, once the password opened its grant. */
    public void logIn(Account account) {
        access.set(Access.of(User.of(account)));
    }

    /** Nobody is logged in any more (the lock, a logout): every service refuses until the next login. */
    public void lock() {
        access.set(Access.nobody());
    }

    /** The office's idle time before the window locks itself, unless set: five minutes. */
    public static final Duration DEFAULT_IDLE_LOCK = Duration.ofMinutes(5);

    /** The office setting of the idle time, in minutes. */
    public static final String IDLE_LOCK_SETTING = "lock.idleMinutes";

    /** After how long without input the window locks itself: the administrator's setting, else five minutes. */
    public Duration idleLock() {
        return new JooqOfficeSettings(store).get(IDLE_LOCK_SETTING).flatMap(AppContext::minutes)
                .orElse(DEFAULT_IDLE_LOCK);
    }

    /** The shortest and the longest idle time an administrator may set, in minutes. */
    public static final int MIN_IDLE_MINUTES = 1;
    public static final int MAX_IDLE_MINUTES = 240;

    /**
     * Sets the office's idle time before the window locks itself (synced to every device); for
     * who manages the installation.
     *
     * @return false when {@code minutes} lies outside {@link #MIN_IDLE_MINUTES}..{@link #MAX_IDLE_MINUTES}
     */
    public boolean setIdleLock(int minutes) {
        access().require(Permission.INSTALLATION_MANAGE);
        if (minutes < MIN_IDLE_MINUTES || minutes > MAX_IDLE_MINUTES) {
            return false;
        }
        new JooqOfficeSettings(store).set(IDLE_LOCK_SETTING, Integer.toString(minutes));
        return true;
    }

    private static Optional<Duration> minutes(String value) {
        try {
            int minutes = Integer.parseInt(value.strip());
            return minutes >= MIN_IDLE_MINUTES && minutes <= MAX_IDLE_MINUTES
                    ? Optional.of(Duration.ofMinutes(minutes))
                    : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The office's accounts, checked by role. */
    public AccountService accounts() {
        return accounts;
    }

    /** The accounts as stored, unchecked: for the login, which runs before anybody is logged in. */
    public JooqAccounts accountStore() {
        return accountStore;
    }

    /** This device's key file. */
    public KeyVault vault() {
        return vault;
    }

    /**
     * Brings this device's grants in line with the accounts: a new account (made here or synced)
     * can log in here, a disabled one or an old password no longer can.
     */
    public void reconcileGrants() {
        List<AccountKeys> keys = accountStore.list().stream().map(account -> new AccountKeys(account.id(),
                account.userName(), !account.disabled(), account.credential(), account.recoveryCredential())).toList();
        try {
            vault.reconcile(fileKey, keys);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stores the shipped plan templates when there are none yet, so that a new office can start plans. */
    public void shipTemplatesIfNone() {
        directory.shipTemplatesIfNone();
    }

    /** Fills an empty register with demo data; returns whether it did. */
    public boolean loadDemoIfEmpty() {
        if (persons.countPersons() > 0) {
            return false;
        }
        addDemo(FIRST_START_DEMO_PERSONS, 1);
        return true;
    }

    /**
     * Adds demo persons, households and residence histories, and around them the office: its
     * organisations, caseworkers and templates (once), and cases with plans and appointments.
     */
    public DemoData addDemo(int personCount, long seed) {
        DemoData data = new DemoGenerator(seed, today()).generate(personCount);
        persons.addAll(data.persons(), data.households(), data.residences());
        DemoCases demoCases = new DemoCases(seed, today(), device().code());
        String town = data.households().isEmpty() ? "Hagen" : data.households().getFirst().address().city();
        DemoOffice office = demoCases.office(town);
        if (directoryStore.organisations().isEmpty()) {
            directoryStore.addAll(office.organisations(), office.contacts(), office.caseworkers(),
                    directoryStore.hasTemplates() ? List.of() : office.templates());
        }
        DemoOffice stored = new DemoOffice(directoryStore.organisations(), List.of(), directoryStore.caseworkers(),
                directoryStore.templates());
        caseRegister.addAll(demoCases.cases(data.persons(), data.households(), stored,
                caseRegister.listAll().stream().map(CaseSummary::number).toList()));
        return data;
    }

    /** Today at the office. */
    public LocalDate today() {
        return OfficeTime.today(clock);
    }

    /** The clock everything here reads the time from. */
    public Clock clock() {
        return clock;
    }

    /**
     * This computer's name (empty when unknown), to suggest as the device's name. It may ask DNS:
     * call it in the background.
     */
    public String hostName() {
        String fromEnvironment = System.getenv(System.getProperty("os.name", "").startsWith("Windows")
                ? "COMPUTERNAME" : "HOSTNAME");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment.strip();
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "";
        }
    }

    public Path dataDir() {
        return dataDir;
    }

    public DeviceIdentity device() {
        return store.device();
    }

    public String schemaVersion() {
        return store.database().schemaVersion();
    }

    /**
     * The open store, for the repository of a new area: its line in the window's feature list
     * builds repository, service and feature from it ({@code docs/ARCHITECTURE.md}).
     */
    public Store store() {
        return store;
    }

    /** The ids of new records, for a new area's service. */
    public Ids ids() {
        return ids;
    }

    public Database database() {
        return store.database();
    }

    public PersonRegister persons() {
        return persons;
    }

    /** The register with its rules: checked writes, search, duplicates. */
    public PersonService people() {
        return people;
    }

    /** Case files and their plans, journal, consents, benefits and referrals, with their rules. */
    public CaseService cases() {
        return cases;
    }

    /** Organisations with their contacts, caseworkers and plan templates, with their rules. */
    /**
     * Refuses a backup that is none or that this installation's key does not open, before a
     * restore replaces anything; only who may restore backups asks.
     */
    public void checkBackup(Path backup) {
        access().require(Permission.BACKUP_RESTORE);
        byte[] key = fileKey.bytes();
        try {
            Backups.check(backup, key);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    public DirectoryService directory() {
        return directory;
    }

    /** Appointments with their rules. */
    public AgendaService agenda() {
        return agenda;
    }

    public AttentionQueries attention() {
        return attention;
    }

    /**
     * Sync for the window: every call goes to {@link #sync()}, which is made at the first call;
     * those run off the FX thread, so the start pays nothing for sync.
     */
    public SyncPort syncPort() {
        return new SyncPort() {
            @Override
            public SyncStatus status() {
                return AppContext.this.sync().status();
            }

            @Override
            public void createRealm(Path share, char[] passphrase, String deviceName) throws SyncRefusedException {
                AppContext.this.sync().createRealm(share, passphrase, deviceName);
            }

            @Override
            public void join(Path share, char[] passphrase, String deviceName) throws SyncRefusedException {
                AppContext.this.sync().join(share, passphrase, deviceName);
                reconcileGrants();
            }

            @Override
            public SyncReport sync(Progress progress) throws SyncRefusedException {
                SyncReport report = AppContext.this.sync().sync(progress);
                reconcileGrants();
                return report;
            }

            @Override
            public List<Conflict> openConflicts() {
                return AppContext.this.sync().openConflicts();
            }

            @Override
            public void resolve(String conflictId, Resolution resolution) throws SyncRefusedException {
                AppContext.this.sync().resolve(conflictId, resolution);
                reconcileGrants();
            }
        };
    }

    /** Sync over the office's share: its state, a sync, the conflicts, snapshots; made at the first call. */
    public synchronized ShareSync sync() {
        if (sync == null) {
            sync = new ShareSync(store, clock);
        }
        return sync;
    }

    public OverviewQueries overview() {
        return overview;
    }

    public Map<String, Long> tableCounts() {
        return TableCounts.of(store);
    }

    /** What the status bar and the administration view show of this installation. */
    public Installation installation() {
        return new Installation(dataDir, device(), schemaVersion());
    }

    public StoreStatistics statistics() {
        return this::tableCounts;
    }

    @Override
    public synchronized void close() {
        if (fileKey.isDestroyed()) {
            return; // closed before: the window and its probe may both close at the end
        }
        lock();
        store.database().close();
        fileKey.destroy();
    }
}
