package de.lotse.core.keys;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Neither the key file nor its backup could be read: nobody can log in on this device until an
 * administrator restores the keys folder from a backup. The message names the files, never their
 * contents (and not the folder, whose path often holds the name of the person logged in to the
 * computer); {@link #file()} and {@link #backup()} give the full paths for a dialog.
 */
public final class KeyFileDamagedException extends IOException {

    private final transient Path file;
    private final transient Path backup;

    public KeyFileDamagedException(Path file, Path backup, Throwable cause) {
        super("key file damaged: " + file.getFileName() + " and " + backup.getFileName() + " unreadable", cause);
        this.file = file;
        this.backup = backup;
    }

    public Path file() {
        return file;
    }

    public Path backup() {
        return backup;
    }
}
