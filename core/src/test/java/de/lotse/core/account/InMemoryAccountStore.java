package de.lotse.core.account;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Accounts in a map, for tests; counts its writes so a test sees that nothing was stored. */
final class InMemoryAccountStore implements AccountStore {

    private final Map<UUID, Account> accounts = new LinkedHashMap<>();
    int writes;

    @Override
    public List<Account> list() {
        return new ArrayList<>(accounts.values());
    }

    @Override
    public Optional<Account> find(UUID id) {
        return Optional.ofNullable(accounts.get(id));
    }

    @Override
    public Optional<Account> findByUserName(String userName) {
        return accounts.values().stream().filter(account -> account.userName().equalsIgnoreCase(userName)).findFirst();
    }

    @Override
    public void add(Account account) {
        if (accounts.putIfAbsent(account.id(), account) != null) {
            throw new IllegalStateException("account exists " + account.id());
        }
        writes++;
    }

    @Override
    public void update(Account base, Account changed) {
        if (!accounts.containsKey(base.id()) || !base.id().equals(changed.id())) {
            throw new IllegalStateException("no account " + base.id());
        }
        accounts.put(changed.id(), changed);
        writes++;
    }
}
