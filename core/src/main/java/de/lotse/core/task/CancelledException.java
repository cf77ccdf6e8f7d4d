package de.lotse.core.task;

/**
 * Ends a piece of work the person cancelled ({@link Progress#stopIfCancelled()}). It is not a
 * failure: the work stopped where stopping leaves no half-written result, and whoever started it
 * turns this into a plain "cancelled" outcome (the screen's task runner does), never an error
 * message. It carries no stack trace, since it points at no bug.
 */
public final class CancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CancelledException() {
        super("cancelled by the person", null, false, false);
    }
}
