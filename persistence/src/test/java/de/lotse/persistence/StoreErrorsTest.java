package de.lotse.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.core.store.StoreProblem;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.sql.SQLException;
import org.h2.api.ErrorCode;
import org.junit.jupiter.api.Test;

/** Failures deep in H2 or the file system come out as problems a person can act on. */
class StoreErrorsTest {

    private final Path folder = Path.of("/daten/lotse");
    private final Path file = folder.resolve("db/lotse.mv.db");

    private StoreProblem problemOf(Throwable failure) {
        return StoreErrors.translate(folder, file, new RuntimeException("wrapped", failure)).problem();
    }

    @Test
    void fullDiskIsNamedAsSuch() {
        assertThat(problemOf(new IOException("No space left on device"))).isEqualTo(new StoreProblem.DiskFull(folder));
        assertThat(problemOf(new FileSystemException("/daten/lotse/db", null, "No space left on device")))
                .isEqualTo(new StoreProblem.DiskFull(folder));
        assertThat(problemOf(new SQLException("IO Exception: \"java.io.IOException: There is not enough space on the disk\"",
                "90028", ErrorCode.IO_EXCEPTION_1))).isEqualTo(new StoreProblem.DiskFull(folder));
    }

    @Test
    void deniedWritesAreReadOnly() {
        assertThat(problemOf(new AccessDeniedException("/daten/lotse/lotse.lock"))).isEqualTo(new StoreProblem.ReadOnly(folder));
        assertThat(problemOf(new SQLException("read only", "90097", ErrorCode.DATABASE_IS_READ_ONLY)))
                .isEqualTo(new StoreProblem.ReadOnly(folder));
    }

    @Test
    void h2CodesForLockAndCorruptionAreRecognised() {
        assertThat(problemOf(new SQLException("locked", "90020", ErrorCode.DATABASE_ALREADY_OPEN_1)))
                .isEqualTo(new StoreProblem.InUse(folder));
        assertThat(problemOf(new SQLException("corrupt", "90030", ErrorCode.FILE_CORRUPTED_1)))
                .isEqualTo(new StoreProblem.Corrupt(file));
    }

    @Test
    void anythingElseIsUnexpectedWithoutItsMessage() {
        StoreProblem problem = problemOf(new IllegalStateException("Müller, Anna"));
        assertThat(problem).isInstanceOf(StoreProblem.Unexpected.class);
        assertThat(problem.toString()).doesNotContain("Müller");
    }
}
