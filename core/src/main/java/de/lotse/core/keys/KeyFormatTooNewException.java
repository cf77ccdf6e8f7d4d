package de.lotse.core.keys;

/**
 * A credential, grant or key file was written by a newer Lotse in a format this version does not
 * know. An {@link IllegalArgumentException} like any other unreadable one, but told apart so that
 * the caller can ask the person to update rather than report damage (and so that a key file of a
 * newer version is never replaced by its older backup).
 */
public final class KeyFormatTooNewException extends IllegalArgumentException {

    private final int format;

    public KeyFormatTooNewException(String what, int format) {
        super(what + ": newer format " + format);
        this.format = format;
    }

    public int format() {
        return format;
    }
}
