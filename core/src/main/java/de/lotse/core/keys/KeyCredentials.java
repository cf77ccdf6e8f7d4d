package de.lotse.core.keys;

import de.lotse.core.account.Credentials;
import java.util.Objects;
import java.util.UUID;

/**
 * Account credentials as {@code core.keys} makes them: a key pair whose private half is wrapped
 * under Argon2id of the password. {@code params} are the costs of new credentials; a stored one
 * is checked with the costs it was made with.
 */
public final class KeyCredentials implements Credentials {

    private final Argon2Params params;

    public KeyCredentials(Argon2Params params) {
        this.params = Objects.requireNonNull(params, "params");
    }

    @Override
    public String create(UUID accountId, char[] password) {
        return Credential.create(accountId, password, params).toJson();
    }

    @Override
    public boolean matches(String credential, UUID accountId, char[] password) {
        try {
            return Credential.fromJson(credential).unlock(accountId, password).isPresent();
        } catch (IllegalArgumentException unreadable) {
            return false; // damaged, or from a newer Lotse: no password opens it here
        }
    }
}
