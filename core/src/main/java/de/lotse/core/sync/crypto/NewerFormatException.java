package de.lotse.core.sync.crypto;

/**
 * A file on the share was written by a newer Lotse in a format this version does not know. An
 * {@link IllegalArgumentException} like any other unreadable file, but told apart so that sync can
 * ask the person to update rather than report damage.
 */
public final class NewerFormatException extends IllegalArgumentException {

    private final int format;

    public NewerFormatException(int format) {
        super("newer format " + format);
        this.format = format;
    }

    public int format() {
        return format;
    }
}
