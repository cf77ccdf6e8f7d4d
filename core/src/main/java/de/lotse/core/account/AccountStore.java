package de.lotse.core.account;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port to the stored accounts. Every write records its changes for sync, so an account works on every device. */
public interface AccountStore {

    /** Every account, disabled ones included. */
    List<Account> list();

    Optional<Account> find(UUID id);

    /** The account of this user name, however its letters are cased. */
    Optional<Account> findByUserName(String userName);

    void add(Account account);

    /**
     * Stores the fields in which {@code changed} differs from {@code base}, the account as it was
     * read: a field another device changed meanwhile and this change left alone keeps its value.
     */
    void update(Account base, Account changed);
}
