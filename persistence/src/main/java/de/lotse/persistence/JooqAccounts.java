package de.lotse.persistence;

import static de.lotse.persistence.jooq.Tables.ACCOUNT;

import de.lotse.core.account.Account;
import de.lotse.core.account.AccountStore;
import de.lotse.core.account.Role;
import de.lotse.persistence.jooq.tables.records.AccountRecord;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The office's accounts in H2. They sync like every business table; a role set is stored as one
 * field (its names in order), and so is a credential, so that a change of either arrives whole.
 */
public final class JooqAccounts implements AccountStore {

    private final Store store;

    public JooqAccounts(Store store) {
        this.store = store;
    }

    @Override
    public List<Account> list() {
        return store.read(dsl -> dsl.selectFrom(ACCOUNT).fetch(JooqAccounts::account)).stream()
                .sorted(Comparator.comparing(Account::userName)).toList();
    }

    @Override
    public Optional<Account> find(UUID id) {
        return store.read(dsl -> dsl.selectFrom(ACCOUNT).where(ACCOUNT.ID.eq(id)).fetchOptional(JooqAccounts::account));
    }

    @Override
    public Optional<Account> findByUserName(String userName) {
        String wanted = userName.strip().toLowerCase(Locale.ROOT);
        // two devices offline may have made one name twice: the older account answers until an administrator decides
        return store.read(dsl -> dsl.selectFrom(ACCOUNT).where(ACCOUNT.USER_NAME.eq(wanted))
                .orderBy(ACCOUNT.CREATED_AT, ACCOUNT.ID).limit(1).fetchOptional(JooqAccounts::account));
    }

    @Override
    public void add(Account account) {
        store.writeAll(writer -> writer.insert(record(account)));
    }

    @Override
    public void update(Account base, Account changed) {
        store.writeAll(writer -> writer.save(base, changed, JooqAccounts::record));
    }

    private static Account account(AccountRecord r) {
        return new Account(r.getId(), r.getUserName(), r.getDisplayName(), roles(r.getRoles()), r.getDisabled(),
                r.getCaseworkerId(), r.getCredential(), r.getRecoveryCredential(), r.getCreatedAt().toInstant());
    }

    private static AccountRecord record(Account a) {
        return new AccountRecord(a.id(), a.userName(), a.displayName(), roles(a.roles()), a.disabled(),
                a.caseworkerId(), a.credential(), a.recoveryCredential(), a.createdAt().atOffset(ZoneOffset.UTC));
    }

    static String roles(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }

    /** Role names this version does not know (from a newer Lotse) are left out, never guessed. */
    static Set<Role> roles(String stored) {
        Set<String> names = Arrays.stream(stored.split(",")).map(String::strip).collect(Collectors.toSet());
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(Role.values()).filter(role -> names.contains(role.name())).forEach(roles::add);
        return roles;
    }
}
