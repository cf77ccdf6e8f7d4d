package de.lotse.core.account;

import java.util.UUID;

/** Credentials that are the password in plain text with the account's id: for tests only, obviously. */
final class FakeCredentials implements Credentials {

    @Override
    public String create(UUID accountId, char[] password) {
        return "{\"fake\":\"" + accountId + ":" + new String(password) + "\"}";
    }

    @Override
    public boolean matches(String credential, UUID accountId, char[] password) {
        return credential.equals(create(accountId, password));
    }
}
