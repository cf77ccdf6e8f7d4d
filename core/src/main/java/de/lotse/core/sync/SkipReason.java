package de.lotse.core.sync;

/** Why a file on the share was not applied. Each has a message in the bundles ({@code sync.skip.*}). */
public enum SkipReason {
    /** Not a Lotse file: a sync tool's conflict copy, {@code desktop.ini}, a half-written temp file. */
    FOREIGN_FILE,
    /** Shorter than its header says, empty, or not readable as a batch. */
    CORRUPT,
    /** Written for another realm. */
    OTHER_REALM,
    /** Its signature or its encryption tag does not check out: changed by someone other than its device. */
    BAD_SIGNATURE,
    /** Its device is not a member of the realm (or its device file is bad). */
    UNKNOWN_DEVICE,
    /** Its name, its header and its place in the device's chain disagree (a copy or a replay). */
    OUT_OF_PLACE,
    /** An earlier file of the same device is missing; it waits for it. */
    GAP,
    /** It follows changes from another device that this device has not got yet. */
    WAITING,
    /** Written by a newer Lotse. */
    NEWER_FORMAT,
    /** Could not be read from the share just now. */
    UNREADABLE,
    /** Checks out, but its changes do not fit this device's database (a bug, or a newer Lotse's data). */
    CANNOT_APPLY
}
