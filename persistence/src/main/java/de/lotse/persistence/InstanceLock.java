package de.lotse.persistence;

import de.lotse.core.store.StoreException;
import de.lotse.core.store.StoreProblem;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Keeps a second Lotse process away from a data folder. The operating system releases the lock
 * when the process dies, so a crash never leaves the folder blocked.
 */
public final class InstanceLock implements AutoCloseable {

    /** Name of the lock file inside the data folder. */
    public static final String FILE_NAME = "lotse.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Creates the data folder if needed and takes its lock, or says why it cannot. */
    public static InstanceLock acquire(Path dataDir) {
        FileChannel channel;
        try {
            Files.createDirectories(dataDir);
            channel = FileChannel.open(dataDir.resolve(FILE_NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw StoreErrors.translate(dataDir, e);
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new StoreException(new StoreProblem.InUse(dataDir), null);
            }
            return new InstanceLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new StoreException(new StoreProblem.InUse(dataDir), e);
        } catch (IOException e) {
            closeQuietly(channel);
            throw StoreErrors.translate(dataDir, e);
        } catch (StoreException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    /** Whether some process holds the lock of {@code dataDir} right now. */
    public static boolean isHeld(Path dataDir) {
        if (!Files.exists(dataDir.resolve(FILE_NAME))) {
            return false;
        }
        try (InstanceLock ignored = acquire(dataDir)) {
            return false;
        } catch (StoreException e) {
            return e.problem() instanceof StoreProblem.InUse;
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing more can be done; the lock was not taken
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the operating system drops the lock with the process anyway
        }
    }
}
