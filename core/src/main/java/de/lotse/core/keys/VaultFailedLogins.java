package de.lotse.core.keys;

import de.lotse.core.account.FailedLogins;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Optional;

/**
 * Failed logins as the device's key file counts them, so that the growing delay holds across
 * restarts of the window and of the command line. The vault counts its own failures and clears
 * them on success; this adds the failures only the database sees (an account disabled on another
 * device whose grant is still here).
 */
public final class VaultFailedLogins implements FailedLogins {

    private final KeyVault vault;

    public VaultFailedLogins(KeyVault vault) {
        this.vault = vault;
    }

    @Override
    public int failures(String userName) {
        return vault.failures(userName);
    }

    @Override
    public Optional<Instant> lastFailure(String userName) {
        return vault.lastFailure(userName);
    }

    @Override
    public void recordFailure(String userName, Instant at) {
        try {
            vault.recordFailure(userName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void reset(String userName) {
        // the vault clears the count itself when a login succeeds
    }
}
