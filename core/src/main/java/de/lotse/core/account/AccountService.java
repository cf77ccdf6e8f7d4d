package de.lotse.core.account;

import static de.lotse.core.validation.Checks.blankToNull;

import de.lotse.core.id.Ids;
import de.lotse.core.validation.Checks;
import de.lotse.core.validation.FieldProblem;
import de.lotse.core.validation.Validated;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The office's accounts: the first administrator of a new installation, then adding accounts,
 * their roles, passwords, names and disabling them, all by someone who may manage accounts
 * ({@link Permission#ACCOUNTS_MANAGE}); and a user changing their own password. Problems a person
 * can cause come back as values and nothing is stored while one is left; asking without the
 * permission is refused ({@link RefusedException}).
 *
 * <p>One enabled administrator always stays, so the installation can never lose the last
 * person who can manage it.
 */
public final class AccountService {

    public static final String USER_NAME = "userName";
    public static final String DISPLAY_NAME = "displayName";
    public static final String ROLES = "roles";
    public static final String OLD_PASSWORD = "oldPassword";
    public static final String DISABLED = "disabled";

    private final AccountStore store;
    private final Credentials credentials;
    private final Supplier<Access> access;
    private final Clock clock;
    private final Ids ids;

    public AccountService(AccountStore store, Credentials credentials, Supplier<Access> access, Clock clock, Ids ids) {
        this.store = store;
        this.credentials = credentials;
        this.access = access;
        this.clock = clock;
        this.ids = ids;
    }

    /** Whether the installation has no account yet, so its first user sets up the administrator. */
    public boolean needsFirstAdministrator() {
        return store.list().isEmpty();
    }

    /**
     * The first account, an administrator, made by whoever sets up the installation (nobody is
     * logged in yet). Refused once there is any account, so it cannot be used to get in later.
     * {@code recoveryCode} opens the installation when the password is forgotten; it is shown
     * once and stored only as a credential.
     */
    public Validated<Account> createFirstAdministrator(String userName, String displayName, char[] password,
            char[] repeat, char[] recoveryCode) {
        if (!needsFirstAdministrator()) {
            throw new RefusedException(new Refusal.AccountsRule("account.administratorExists"));
        }
        return create(userName, displayName, Set.of(Role.ADMINISTRATOR), null, password, repeat,
                id -> credentials.create(id, recoveryCode));
    }

    /**
     * What is wrong with a new account's entries, leaving out whether the user name is taken: for
     * a set-up that checks what was typed before anything is made.
     */
    public static List<FieldProblem> problemsOfNew(String userName, String displayName, Set<Role> roles,
            char[] password, char[] repeat) {
        String name = UserNames.normalize(userName);
        List<FieldProblem> problems = new ArrayList<>();
        if (!UserNames.valid(name)) {
            problems.add(FieldProblem.of(USER_NAME, "userName.invalid", UserNames.MIN, UserNames.MAX));
        }
        Checks.required(DISPLAY_NAME, displayName, problems);
        checkRoles(roles, problems);
        problems.addAll(PasswordRules.check(name, password, repeat));
        return problems;
    }

    /** Every account, by user name. */
    public List<Account> list() {
        access.get().require(Permission.ACCOUNTS_MANAGE);
        return store.list().stream().sorted(Comparator.comparing(Account::userName)).toList();
    }

    /** A new account; {@code caseworkerId} is the directory's caseworker the person is, or null. */
    public Validated<Account> add(String userName, String displayName, Set<Role> roles, UUID caseworkerId,
            char[] password, char[] repeat) {
        access.get().require(Permission.ACCOUNTS_MANAGE);
        return create(userName, displayName, roles, caseworkerId, password, repeat, id -> null);
    }

    private Validated<Account> create(String userName, String displayName, Set<Role> roles, UUID caseworkerId,
            char[] password, char[] repeat, Function<UUID, String> recoveryCredential) {
        String name = UserNames.normalize(userName);
        List<FieldProblem> problems = problemsOfNew(userName, displayName, roles, password, repeat);
        if (UserNames.valid(name) && store.findByUserName(name).isPresent()) {
            problems.addFirst(FieldProblem.of(USER_NAME, "userName.taken"));
        }
        return Checks.saved(problems, () -> {
            UUID id = ids.next();
            // the credential is bound to the account's id, so the id comes first
            return new Account(id, name, displayName.strip(), roles, false, caseworkerId,
                    credentials.create(id, password), recoveryCredential.apply(id), clock.instant());
        }, store::add);
    }

    /** An administrator sets a new password for an account (a person who forgot theirs). */
    public Validated<Account> setPassword(UUID id, char[] password, char[] repeat) {
        access.get().require(Permission.ACCOUNTS_MANAGE);
        Account current = stored(id);
        List<FieldProblem> problems = new ArrayList<>(PasswordRules.check(current.userName(), password, repeat));
        return saved(problems, current, () -> current.withCredential(credentials.create(id, password)));
    }

    /**
     * A new recovery code for an enabled administrator's account (the one shown at the set-up
     * lost, or known to someone who should not know it): from now on only {@code code} opens
     * with it, on every device once synced.
     */
    public Validated<Account> setRecoveryCode(UUID id, char[] code) {
        access.get().require(Permission.ACCOUNTS_MANAGE);
        Account current = stored(id);
        List<FieldProblem> problems = new ArrayList<>();
        if (!current.enabledAdministrator()) {
            problems.add(FieldProblem.of(ROLES, "account.recoveryForAdministrators"));
        }
        return saved(problems, current, () -> current.withRecoveryCredential(credentials.create(id, code)));
    }

    /** The logged-in user changes their password, giving the old one. */
    public Validated<Account> changeOwnPassword(char[] oldPassword, char[] password, char[] repeat) {
        User user = access.get().requireUser();
        Account current = stored(user.accountId());
        if (current.disabled()) {
            throw new RefusedException(new Refusal.AccountsRule("account.disabled"));
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (oldPassword == null || !credentials.matches(current.credential(), current.id(), oldPassword)) {
            problems.add(FieldProblem.of(OLD_PASSWORD, "password.wrongOld"));
        }
        problems.addAll(PasswordRules.check(current.userName(), password, repeat));
        return saved(problems, current, () -> current.withCredential(credentials.create(current.id(), password)));
    }

    /** Gives an account other roles; at least one, and the last enabled administrator keeps theirs. */
    public Validated<Account> setRoles(UUID id, Set<Role> roles) {
        access.get().require(Permission.ACCOUNTS_MANAGE);
        Account current = stored(id);
        List<FieldProblem> problems = new ArrayList<>();
        checkRoles(roles, problems);
        if (problems.isEmpty()) {
            keepsAnAdministrator(current, current.withRoles(roles), ROLES, problems);
        }
        return saved(problems, current, () -> current.withRoles(roles));
    }

    /**
     * Disables an account (it no longer logs in on any device once synced) or enables it again.
     * An administrator cannot disable their own account, nor the last enabled administrator.
     */
    public Validated<Account> setDisabled(UUID id, boolean disabled) {
        Access current = access.get();
        current.require(Permission.ACCOUNTS_MANAGE);
        Account account = stored(id);
        List<FieldProblem> problems = new ArrayList<>();
        boolean own = current.user().map(user -> user.accountId().equals(id)).orElse(false);
        if (disabled && own) {
            problems.add(FieldProblem.of(DISABLED, "account.disableSelf"));
        } else {
            keepsAnAdministrator(account, account.withDisabled(disabled), DISABLED, problems);
        }
        return saved(problems, account, () -> account.withDisabled(disabled));
    }

    /** Changes the name shown and the directory's caseworker the account is (null: none). */
    public Validated<Account> edit(UUID id, String displayName, UUID caseworkerId) {
        access.get().require(Permission.ACCOUNTS_MANAGE);
        Account current = stored(id);
        List<FieldProblem> problems = new ArrayList<>();
        Checks.required(DISPLAY_NAME, displayName, problems);
        return saved(problems, current, () -> current.withProfile(blankToNull(displayName), caseworkerId));
    }

    private static void checkRoles(Set<Role> roles, List<FieldProblem> problems) {
        if (roles == null || roles.isEmpty()) {
            problems.add(FieldProblem.of(ROLES, "roles.required"));
        }
    }

    /** A problem when {@code changed} would leave no enabled administrator. */
    private void keepsAnAdministrator(Account base, Account changed, String field, List<FieldProblem> problems) {
        if (!base.enabledAdministrator() || changed.enabledAdministrator()) {
            return;
        }
        boolean another = store.list().stream()
                .anyMatch(account -> !account.id().equals(base.id()) && account.enabledAdministrator());
        if (!another) {
            problems.add(FieldProblem.of(field, "account.lastAdministrator"));
        }
    }

    /** Stores the change made from the account as read, when there are no problems. */
    private Validated<Account> saved(List<FieldProblem> problems, Account base, Supplier<Account> changed) {
        return Checks.saved(problems, changed, made -> store.update(base, made));
    }

    private Account stored(UUID id) {
        // an id comes from a list the caller was shown; one that is not there is a bug, not an input
        return store.find(id).orElseThrow(() -> new IllegalArgumentException("no account " + id));
    }
}
