package de.lotse.core.keys;

import java.util.Objects;
import java.util.UUID;

/**
 * What {@link KeyVault#reconcile} needs to know of one account, as the accounts table holds it:
 * its id and user name, whether it is enabled, its credential and, when it has one, its recovery
 * credential ({@code null} otherwise), both as {@link Credential#toJson} wrote them.
 */
public record AccountKeys(UUID accountId, String userName, boolean enabled, String credentialJson,
                          String recoveryCredentialJson) {

    public AccountKeys {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(credentialJson, "credentialJson");
    }

    /** The id and whether it is enabled: user names are often people's names. */
    @Override
    public String toString() {
        return "AccountKeys[accountId=" + accountId + ", enabled=" + enabled + ", recovery="
                + (recoveryCredentialJson != null) + "]";
    }
}
