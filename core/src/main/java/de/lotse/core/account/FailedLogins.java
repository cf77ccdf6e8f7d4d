package de.lotse.core.account;

import java.time.Instant;
import java.util.Optional;

/**
 * Port to the count of failed logins in a row, per user name as typed and normalized
 * ({@link UserNames#normalize(String)}), whether or not an account has that name.
 */
public interface FailedLogins {

    /** Failed logins in a row since the last success; 0 when none. */
    int failures(String userName);

    /** When the last of them was; empty when none. */
    Optional<Instant> lastFailure(String userName);

    void recordFailure(String userName, Instant at);

    /** After a successful login. */
    void reset(String userName);
}
