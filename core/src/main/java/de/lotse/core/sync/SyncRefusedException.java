package de.lotse.core.sync;

/**
 * Sync will not run, for a reason a person must act on: a wrong passphrase, another realm's share,
 * a cloned or restored device, no share reachable. The reason is a code for the bundles.
 */
public final class SyncRefusedException extends Exception {

    /** Why sync refused. Each has a message in the bundles ({@code sync.refused.*}). */
    public enum Reason {
        NOT_JOINED, SHARE_UNREACHABLE, NO_REALM, REALM_EXISTS, OTHER_REALM, WRONG_PASSPHRASE,
        CLONED_OR_RESTORED, RETIRED, NEWER_FORMAT,
        /** A resolution for a conflict that is not open (any more). */
        NO_SUCH_CONFLICT,
        /** A typed value that does not fit the field, or a pick out of range. */
        INVALID_RESOLUTION,
        /** Deleting a record that other records still use. */
        STILL_IN_USE
    }

    private final Reason reason;

    public SyncRefusedException(Reason reason, String detail) {
        super(reason + (detail == null || detail.isEmpty() ? "" : ": " + detail));
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
