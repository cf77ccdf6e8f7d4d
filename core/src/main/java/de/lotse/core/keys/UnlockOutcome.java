package de.lotse.core.keys;

import java.util.Objects;
import java.util.UUID;

/**
 * What a login attempt on this device came to. One outcome for an unknown user and a wrong
 * password alike (SECURITY.md: one message for "wrong user or password").
 */
public sealed interface UnlockOutcome {

    /**
     * The password (or recovery code) opened {@code accountId}'s grant. The caller opens the
     * database with {@code key}, checks there that the account is still enabled, and destroys the key.
     */
    record Opened(UUID accountId, FileKey key) implements UnlockOutcome {

        public Opened {
            Objects.requireNonNull(accountId, "accountId");
            Objects.requireNonNull(key, "key");
        }
    }

    /** No grant on this device opens with what was typed. */
    record WrongUserOrPassword() implements UnlockOutcome {
    }
}
