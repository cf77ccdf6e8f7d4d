package de.lotse.core.account;

import java.util.Objects;

/**
 * Thrown by a service asked for what the user may not see or do. It is an exception, not a
 * validation result, because a screen that follows the roles never asks; the refusal says why
 * when something (a command line call, a stale view) does.
 */
public final class RefusedException extends RuntimeException {

    private final transient Refusal refusal;

    public RefusedException(Refusal refusal) {
        super("refused: " + refusal); // the refusal holds no personal data, so the message may be logged
        this.refusal = Objects.requireNonNull(refusal, "refusal");
    }

    public Refusal refusal() {
        return refusal;
    }
}
