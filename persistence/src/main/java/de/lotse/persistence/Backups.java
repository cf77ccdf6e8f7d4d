package de.lotse.persistence;

import de.lotse.core.store.StoreException;
import de.lotse.core.store.StoreProblem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Backups of a whole data folder's database as a zip file holding the encrypted database file.
 * A backup is taken while the database is open and is consistent ({@link Database#copyEncryptedFileTo}); a restore happens only while no Lotse process uses the folder, keeps a copy of
 * the database it replaces, and swaps the file in one move.
 */
public final class Backups {

    private static final String ENTRY = Database.DB_FILE_NAME;

    private Backups() {
    }

    /** Writes a backup of the open database to {@code out}; {@code out} appears whole or not at all. */
    public static void backup(Database database, Path out) {
        Path target = out.toAbsolutePath();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            Files.deleteIfExists(partial);
            boolean copied;
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
                zip.putNextEntry(new ZipEntry(ENTRY));
                copied = database.copyEncryptedFileTo(zip);
                zip.closeEntry();
            }
            if (!copied) { // a plain database of a benchmark: H2 copies it
                Files.delete(partial);
                database.dsl().execute("BACKUP TO '" + partial.toString().replace("'", "''") + "'");
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | SQLException | RuntimeException e) {
            deleteQuietly(partial);
            throw StoreErrors.translate(target.getParent(), e);
        }
    }

    /**
     * Refuses a backup that is none ({@link StoreProblem.NotABackup}) or that this installation's
     * {@code fileKey} does not open ({@link StoreProblem.KeyMismatch}), before anything is replaced.
     * A plain backup of an earlier Lotse passes: it is encrypted with the folder's key on the next open.
     */
    public static void check(Path backup, byte[] fileKey) {
        byte[] head;
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            ZipEntry entry = zip.getEntry(ENTRY);
            if (entry == null) {
                throw notABackup(backup, null);
            }
            try (InputStream in = zip.getInputStream(entry)) {
                head = in.readNBytes(EncryptedFile.headLength());
            }
        } catch (IOException e) {
            throw notABackup(backup, e);
        }
        if (DatabaseFiles.isPlain(head)) {
            return;
        }
        if (!EncryptedFile.isMarked(head)) {
            throw notABackup(backup, null);
        }
        if (!EncryptedFile.opensWith(head, fileKey)) {
            throw new StoreException(new StoreProblem.KeyMismatch(backup.toAbsolutePath()), null);
        }
    }

    /**
     * Puts the database of a backup in place of the one in {@code dataDir}. Refuses when another
     * process uses the folder or when {@code backup} is not a Lotse backup.
     *
     * @return where the replaced database was kept, or {@code null} when there was none
     */
    public static Path restore(Path dataDir, Path backup) {
        try (InstanceLock ignored = InstanceLock.acquire(dataDir)) {
            Path dbFile = Database.databaseFile(dataDir);
            Path incoming = dbFile.resolveSibling(ENTRY + ".restoring");
            try {
                Files.createDirectories(dbFile.getParent());
                extract(backup, incoming);
                Path kept = Files.exists(dbFile) ? Database.copyToBackups(dataDir, "before-restore") : null;
                Files.move(incoming, dbFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return kept;
            } catch (IOException e) {
                deleteQuietly(incoming);
                throw StoreErrors.translate(dataDir, e);
            } catch (StoreException e) {
                deleteQuietly(incoming);
                throw e;
            }
        }
    }

    private static void extract(Path backup, Path target) throws IOException {
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            ZipEntry entry = zip.getEntry(ENTRY);
            if (entry == null) {
                throw notABackup(backup, null);
            }
            try (InputStream in = zip.getInputStream(entry)) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (java.util.zip.ZipException e) {
            throw notABackup(backup, e);
        } catch (java.nio.file.NoSuchFileException e) {
            throw notABackup(backup, e);
        }
        if (!DatabaseFiles.isDatabase(target)) {
            throw notABackup(backup, null);
        }
    }

    private static StoreException notABackup(Path backup, Exception cause) {
        return new StoreException(new StoreProblem.NotABackup(backup.toAbsolutePath()), cause);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover partial file is harmless: it is never read as a backup
        }
    }
}
