package de.lotse.persistence;

import de.lotse.core.store.StoreException;
import de.lotse.core.store.StoreProblem;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import org.h2.api.ErrorCode;

/** Turns low-level failures of files and of H2 into problems a person can act on. */
final class StoreErrors {

    private StoreErrors() {
    }

    static StoreException translate(Path folder, Throwable failure) {
        return translate(folder, folder, failure);
    }

    /** {@code file} is named when the database file itself is corrupt. */
    static StoreException translate(Path folder, Path file, Throwable failure) {
        return new StoreException(problem(folder, file, failure), failure);
    }

    private static StoreProblem problem(Path folder, Path file, Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StoreException store) {
                return store.problem();
            }
            if (t instanceof EncryptedFile.WrongKeyException) {
                return new StoreProblem.KeyMismatch(file);
            }
            if (t instanceof EncryptedFile.DamagedException) {
                return new StoreProblem.Corrupt(file);
            }
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("no space left") || message.contains("not enough space")
                    || message.contains("disk full")) {
                return new StoreProblem.DiskFull(folder);
            }
            if (t instanceof AccessDeniedException || message.contains("read-only file system")
                    || message.contains("operation not permitted") || message.contains("permission denied")
                    || t instanceof SQLException sql && sql.getErrorCode() == ErrorCode.DATABASE_IS_READ_ONLY) {
                return new StoreProblem.ReadOnly(folder);
            }
            if (t instanceof SQLException sql && (sql.getErrorCode() == ErrorCode.FILE_ENCRYPTION_ERROR_1
                    || sql.getErrorCode() == ErrorCode.WRONG_USER_OR_PASSWORD)) {
                return new StoreProblem.KeyMismatch(file);
            }
            if (t instanceof SQLException sql && sql.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                return new StoreProblem.InUse(folder);
            }
            if (t instanceof SQLException sql && (sql.getErrorCode() == ErrorCode.FILE_CORRUPTED_1
                    || sql.getErrorCode() == ErrorCode.FILE_VERSION_ERROR_1)) {
                return new StoreProblem.Corrupt(file);
            }
            if (t instanceof FileSystemException fs && fs.getReason() != null
                    && fs.getReason().toLowerCase(Locale.ROOT).contains("space")) {
                return new StoreProblem.DiskFull(folder);
            }
        }
        return new StoreProblem.Unexpected(folder, failure.getClass().getSimpleName());
    }
}
