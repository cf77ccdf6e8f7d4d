package de.lotse.core.account;

import java.util.UUID;

/**
 * Port to the making and checking of credentials (implemented with the key handling, outside this
 * package). A credential is opaque text bound to its account's id; the password is a
 * {@code char[]} so the caller can wipe it once done.
 */
public interface Credentials {

    /** A new credential for the account's password. */
    String create(UUID accountId, char[] password);

    /** Whether {@code password} is the one {@code credential} was made from for this account. */
    boolean matches(String credential, UUID accountId, char[] password);
}
