package de.lotse.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;
import org.h2.store.fs.FileUtils;

/**
 * H2's view of a folder of {@link EncryptedFile}s: a database URL {@code jdbc:h2:lotsexts:<path>}
 * stores the database file and every file H2 makes beside it (temp files, the compacted copy)
 * encrypted. The key stays out of the URL, which H2 quotes in messages: {@link #unlock} hands it
 * over for the folder, {@link #lock} takes it back. Public only because H2 makes its instances
 * by reflection; nothing outside this package uses it.
 */
public final class EncryptedFilePath extends FilePathWrapper {

    static final String SCHEME = "lotsexts";
    private static final Map<Path, byte[]> KEYS = new ConcurrentHashMap<>();
    private static final Map<Path, EncryptedFile> WRITABLE = new ConcurrentHashMap<>();

    static {
        FilePath.register(new EncryptedFilePath());
    }

    /** For H2, which wraps each path in a new instance. */
    public EncryptedFilePath() {
    }

    /** The H2 name of {@code file} in this file system. */
    static String nameOf(Path file) {
        return SCHEME + ":" + file.toAbsolutePath();
    }

    /** Files in {@code folder} (which exists) open with {@code fileKey} from now on. */
    static void unlock(Path folder, byte[] fileKey) throws IOException {
        KEYS.put(folder.toRealPath(), fileKey.clone());
    }

    /**
     * Files in {@code folder} no longer open. The key is dropped, not wiped: an open under way may
     * still be deriving a file's keys from it.
     */
    static void lock(Path folder) {
        try {
            KEYS.remove(folder.toRealPath());
        } catch (IOException gone) {
            KEYS.remove(folder.toAbsolutePath().normalize());
        }
    }

    /** The file H2 holds open for writing at {@code file}, if any: a backup copies its bytes as they are on disk. */
    static Optional<EncryptedFile> openForWriting(Path file) throws IOException {
        return Optional.ofNullable(WRITABLE.get(file.getParent().toRealPath().resolve(file.getFileName())));
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        // H2 names files by their real path, links resolved; the folder is looked up the same way
        Path given = Path.of(getBase().toString()).toAbsolutePath().normalize();
        Path file = given.getParent().toRealPath().resolve(given.getFileName());
        byte[] key = KEYS.get(file.getParent());
        if (key == null) {
            throw new IOException("no file key for the folder of " + file.getFileName());
        }
        FileChannel channel = FileUtils.open(file.toString(), mode);
        try {
            boolean writable = !"r".equals(mode);
            EncryptedFile opened = EncryptedFile.open(channel, file.getFileName().toString(), key, writable,
                    closed -> WRITABLE.remove(file, closed));
            if (writable) {
                WRITABLE.putIfAbsent(file, opened); // the database's own channel, opened first
            }
            return opened;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    @Override
    public long size() {
        return EncryptedFile.logicalSize(getBase().size());
    }

    @Override
    public InputStream newInputStream() throws IOException {
        return Channels.newInputStream(open("r"));
    }

    @Override
    public OutputStream newOutputStream(boolean append) throws IOException {
        return newFileChannelOutputStream(open("rw"), append);
    }
}
