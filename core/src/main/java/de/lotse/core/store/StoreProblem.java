package de.lotse.core.store;

import java.nio.file.Path;

/**
 * Why the local store could not be opened or written, in terms a person can act on. Each case
 * names the folder or file concerned; none carries personal data.
 */
public sealed interface StoreProblem {

    /** The data folder (or the file named) cannot be written. */
    record ReadOnly(Path folder) implements StoreProblem { }

    /** Another Lotse process uses this data folder. */
    record InUse(Path folder) implements StoreProblem { }

    /** The database file cannot be read as a database. */
    record Corrupt(Path file) implements StoreProblem { }

    /** The database was written by a newer Lotse whose schema this version does not know. */
    record NewerSchema(Path file, String found, String supported) implements StoreProblem { }

    /** The disk holding the folder is full. */
    record DiskFull(Path folder) implements StoreProblem { }

    /** A migration failed; the database was put back from the backup taken just before. */
    record MigrationFailed(Path file, Path restoredFrom) implements StoreProblem { }

    /** A file given to restore is not a Lotse backup. */
    record NotABackup(Path file) implements StoreProblem { }

    /**
     * The database file cannot be opened with this installation's key: it was copied here from
     * another installation, or put back from another one's backup. Nothing was changed.
     */
    record KeyMismatch(Path file) implements StoreProblem { }

    /** The installation's key file and its copy are both damaged; nothing was changed. */
    record KeyFileDamaged(Path file) implements StoreProblem { }

    /** Anything else; {@code detail} is technical and free of personal data. */
    record Unexpected(Path folder, String detail) implements StoreProblem { }
}
