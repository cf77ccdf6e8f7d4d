package de.lotse.core.account;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * An account of the office: who may log in (a lowercase user name, unique however it is
 * typed), with which roles, as which caseworker of the directory ({@code caseworkerId}, null when
 * none), and whether it is disabled. {@code credential} and {@code recoveryCredential} (null when
 * none) are opaque to this package: made and checked by {@link Credentials}, never shown or logged.
 */
public record Account(UUID id, String userName, String displayName, Set<Role> roles, boolean disabled,
        UUID caseworkerId, String credential, String recoveryCredential, Instant createdAt) {

    public Account {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userName, "userName");
        if (!userName.equals(userName.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("a user name is stored in lowercase");
        }
        roles = Set.copyOf(roles);
        Objects.requireNonNull(credential, "credential");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Whether it counts for the rule that one enabled administrator stays. */
    public boolean enabledAdministrator() {
        return !disabled && roles.contains(Role.ADMINISTRATOR);
    }

    public Account withRoles(Set<Role> changed) {
        return new Account(id, userName, displayName, changed, disabled, caseworkerId, credential,
                recoveryCredential, createdAt);
    }

    public Account withDisabled(boolean changed) {
        return new Account(id, userName, displayName, roles, changed, caseworkerId, credential,
                recoveryCredential, createdAt);
    }

    public Account withCredential(String changed) {
        return new Account(id, userName, displayName, roles, disabled, caseworkerId, changed,
                recoveryCredential, createdAt);
    }

    public Account withRecoveryCredential(String changed) {
        return new Account(id, userName, displayName, roles, disabled, caseworkerId, credential, changed, createdAt);
    }

    public Account withProfile(String changedDisplayName, UUID changedCaseworkerId) {
        return new Account(id, userName, changedDisplayName, roles, disabled, changedCaseworkerId, credential,
                recoveryCredential, createdAt);
    }

    /** Ids, roles and state only: no credential (it is what an attacker wants) and no names (logs keep ids). */
    @Override
    public String toString() {
        return "Account[id=" + id + ", roles=" + roles + ", disabled=" + disabled + ", caseworkerId="
                + caseworkerId + ", createdAt=" + createdAt + "]";
    }
}
