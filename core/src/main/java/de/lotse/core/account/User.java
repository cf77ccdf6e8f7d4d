package de.lotse.core.account;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The person logged in: their account, names, roles, and the directory's caseworker they are
 * ({@code caseworkerId}, null when none), who is named as author and whose cases are "my cases".
 */
public record User(UUID accountId, String userName, String displayName, Set<Role> roles, UUID caseworkerId) {

    public User {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(userName, "userName");
        roles = Set.copyOf(roles);
    }

    /** The user an account logs in as. */
    public static User of(Account account) {
        return new User(account.id(), account.userName(), account.displayName(), account.roles(),
                account.caseworkerId());
    }

    /** Ids and roles only: a log line carries no names. */
    @Override
    public String toString() {
        return "User[accountId=" + accountId + ", roles=" + roles + ", caseworkerId=" + caseworkerId + "]";
    }
}
