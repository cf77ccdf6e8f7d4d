package de.lotse.core.keys;

import de.lotse.core.json.Json;
import tools.jackson.databind.JsonNode;
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

    /** The {@code format} field of {@code node}, refused when newer than {@code newest} or not positive. */
    static int checkedFormat(JsonNode node, int newest, String what) {
        int format = Json.integer(node, "format");
        if (format > newest) {
            throw new KeyFormatTooNewException(what, format);
        }
        if (format < 1) {
            throw Json.bad("format");
        }
        return format;
    }
}
