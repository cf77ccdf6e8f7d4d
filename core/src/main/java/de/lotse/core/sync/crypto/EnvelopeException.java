package de.lotse.core.sync.crypto;

import de.lotse.core.sync.SkipReason;
import java.util.Objects;

/**
 * A file on the share could not be opened as an envelope. The reason says why, in the terms the
 * sync status shows to people; the message names the check that failed and never file content.
 */
public final class EnvelopeException extends Exception {

    private final SkipReason reason;

    public EnvelopeException(SkipReason reason, String check) {
        super(reason + ": " + check);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public EnvelopeException(SkipReason reason, String check, Throwable cause) {
        super(reason + ": " + check, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public SkipReason reason() {
        return reason;
    }
}
