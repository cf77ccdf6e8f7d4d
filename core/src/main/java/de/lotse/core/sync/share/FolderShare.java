package de.lotse.core.sync.share;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * A share that is a folder: a mapped network drive, a NAS, a USB stick, or a folder a sync tool
 * keeps in step. The person chooses the folder; Lotse's files live in its {@code lotse} subfolder,
 * half-written ones in {@code lotse/tmp}.
 *
 * <p>Network drives fail in passing: an antivirus scanner or an indexer holds a fresh file and a
 * rename is refused with "access denied" for a moment. Such failures are retried a few times with
 * growing pauses before they count.
 */
public final class FolderShare implements Share {

    /** The folder inside the chosen one that holds Lotse's files. */
    public static final String LOTSE_FOLDER = "lotse";
    /** Where files are written before they get their final name, relative to {@link #LOTSE_FOLDER}. */
    public static final String TEMP_FOLDER = "tmp";

    /**
     * Called at each step of {@link #writeNew} ({@code "temp-written"}, {@code "temp-synced"},
     * {@code "moved"}), so that a test can fail or stop the write there and check what is left.
     */
    @FunctionalInterface
    public interface WriteHook {

        /** The hook of a share in use: does nothing. */
        WriteHook NONE = step -> {
        };

        void at(String step) throws IOException;
    }

    private static final int ATTEMPTS = 5;
    private static final long FIRST_PAUSE_MILLIS = 50;
    private static final Set<String> FOREIGN_NAMES = Set.of("desktop.ini", ".ds_store", "thumbs.db");
    private static final System.Logger LOG = System.getLogger(FolderShare.class.getName());

    private final Path root;
    private final Path home;
    private final WriteHook hook;
    /** Set once hard links fail for lack of support (FAT on a USB stick, some SMB servers), to skip trying again. */
    private volatile boolean linksUnsupported;

    public FolderShare(Path root) {
        this(root, WriteHook.NONE);
    }

    public FolderShare(Path root, WriteHook hook) {
        this(root, hook, true);
    }

    /** With {@code links} false, behaves as on a share without hard links, so tests reach the fallback. */
    FolderShare(Path root, WriteHook hook, boolean links) {
        this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
        this.home = this.root.resolve(LOTSE_FOLDER);
        this.hook = Objects.requireNonNull(hook, "hook");
        this.linksUnsupported = !links;
    }

    /** The folder the person chose. */
    public Path root() {
        return root;
    }

    @Override
    public boolean reachable() {
        return Files.isDirectory(root) && Files.isReadable(root);
    }

    @Override
    public List<String> list(String folder) throws IOException {
        Path dir = resolve(folder);
        requireReachable();
        return retrying(() -> {
            List<String> names = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                for (Path entry : entries) {
                    names.add(entry.getFileName().toString());
                }
            } catch (NoSuchFileException | NotDirectoryException e) {
                return List.of();
            }
            names.sort(null);
            return List.copyOf(names);
        });
    }

    @Override
    public Optional<byte[]> read(String path) throws IOException {
        Path file = resolveFile(path);
        requireReachable();
        return retrying(() -> {
            try {
                return Optional.of(Files.readAllBytes(file));
            } catch (NoSuchFileException e) {
                return Optional.empty();
            }
        });
    }

    @Override
    public boolean writeNew(String path, byte[] content) throws IOException {
        Path target = resolveFile(path);
        Objects.requireNonNull(content, "content");
        requireReachable();
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        Path temp = retrying(() -> writeTemp(content));
        try {
            retrying(() -> Files.createDirectories(target.getParent()));
            if (!place(temp, target)) {
                return false;
            }
            syncFolder(target.getParent());
            hook.at("moved");
            return true;
        } finally {
            removeTemp(temp);
        }
    }

    @Override
    public void replace(String path, byte[] content) throws IOException {
        Path target = resolveFile(path);
        Objects.requireNonNull(content, "content");
        requireReachable();
        Path temp = retrying(() -> writeTemp(content));
        try {
            retrying(() -> Files.createDirectories(target.getParent()));
            retrying(() -> Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE));
        } finally {
            removeTemp(temp);
        }
    }

    @Override
    public Optional<Instant> modified(String path) throws IOException {
        Path file = resolveFile(path);
        requireReachable();
        try {
            return Optional.of(Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant());
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    @Override
    public void delete(String path) throws IOException {
        Path file = resolveFile(path);
        requireReachable();
        retrying(() -> Files.deleteIfExists(file));
    }

    @Override
    public boolean isFolder(String path) {
        return Files.isDirectory(resolve(path), LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * Deletes temporary files last changed before {@code before}: what writes cut short by a crash or
     * a pulled cable left behind. Other devices write into the same folder, so only files old
     * enough that no write can still be using them may go.
     *
     * @return how many files were deleted
     */
    public int removeStaleTemporaries(Instant before) throws IOException {
        Objects.requireNonNull(before, "before");
        requireReachable();
        int removed = 0;
        for (String name : list(TEMP_FOLDER)) {
            Path file = home.resolve(TEMP_FOLDER).resolve(name);
            try {
                FileTime changed = Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS);
                if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && changed.toInstant().isBefore(before)
                        && Files.deleteIfExists(file)) {
                    removed++;
                }
            } catch (IOException e) {
                // Held by another process or gone already: next time.
                LOG.log(System.Logger.Level.DEBUG, "stale temporary file not removed: {0}", e.getClass().getSimpleName()); // the message would name paths
            }
        }
        return removed;
    }

    /**
     * Whether a file name on the share is someone else's: a sync tool's conflict copy, a file the
     * operating system leaves in every folder, an editor's lock file, a half-written temp file.
     * For reporting what lies on the share; the sync engine decides on its own which names are its.
     */
    public static boolean isForeignName(String name) {
        if (name == null || name.isEmpty()) {
            return true;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".tmp")
                || name.contains(" (conflicted copy")
                || name.contains(" (Konflikt")
                || FOREIGN_NAMES.contains(lower)
                || name.startsWith("~$")
                || name.startsWith(".");
    }

    private Path writeTemp(byte[] content) throws IOException {
        Path folder = home.resolve(TEMP_FOLDER);
        Files.createDirectories(folder);
        // A random name: devices share this folder, and a name taken by a crashed write must not block the next.
        Path temp = folder.resolve(UUID.randomUUID() + ".tmp");
        boolean complete = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                hook.at("temp-written");
                channel.force(true);
            }
            hook.at("temp-synced");
            complete = true;
            return temp;
        } finally {
            if (!complete) {
                removeTemp(temp);
            }
        }
    }

    /**
     * Gives {@code temp}'s content the name {@code target} unless {@code target} exists. A hard link
     * fails atomically when the name is taken, whoever else is writing; where links are not
     * supported, a move without replacing is the next best, and safe because only one device
     * writes each name.
     */
    private boolean place(Path temp, Path target) throws IOException {
        if (!linksUnsupported) {
            try {
                // Only "access denied" is retried here: a plain failure means no links on this share.
                retrying(() -> Files.createLink(target, temp), e -> e instanceof AccessDeniedException);
                return true;
            } catch (FileAlreadyExistsException e) {
                return false;
            } catch (UnsupportedOperationException | AccessDeniedException e) {
                // Still denied after the retries: some shares refuse links as such. Moving may work.
                LOG.log(System.Logger.Level.DEBUG, "hard link refused, moving instead: {0}", e.getClass().getSimpleName()); // the message would name paths
            } catch (FileSystemException e) {
                if (e instanceof NoSuchFileException) {
                    throw e;
                }
                linksUnsupported = true;
                LOG.log(System.Logger.Level.DEBUG, "hard links not supported on this share, moving instead: {0}", e.getClass().getSimpleName()); // the message would name paths
            }
        }
        try {
            return retrying(() -> {
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    return false;
                }
                Files.move(temp, target);
                return true;
            });
        } catch (FileAlreadyExistsException e) {
            return false;
        }
    }

    /** Makes the new name durable where the platform allows it (POSIX); elsewhere the server decides. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            // Windows cannot open folders as channels; nothing to do there.
        }
    }

    private void removeTemp(Path temp) {
        try {
            retrying(() -> Files.deleteIfExists(temp));
        } catch (IOException e) {
            // Left in tmp/, which readers ignore; removeStaleTemporaries clears it later.
            LOG.log(System.Logger.Level.WARNING, "temporary file not removed: {0}", e.getClass().getSimpleName()); // the message would name paths
        }
    }

    private void requireReachable() throws IOException {
        if (!reachable()) {
            // No path in the message: the chosen folder may carry a person's user name.
            throw new IOException("share not reachable");
        }
    }

    /** A path inside Lotse's folder; {@code ""} is the folder itself. */
    private Path resolve(String path) {
        Objects.requireNonNull(path, "path");
        Path resolved = home;
        if (path.isEmpty()) {
            return resolved;
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")
                    || segment.chars().anyMatch(c -> c < 0x20 || c == '\\' || c == ':')) {
                throw new IllegalArgumentException("not a share path: " + path);
            }
            resolved = resolved.resolve(segment);
        }
        return resolved;
    }

    private Path resolveFile(String path) {
        if (path == null || path.isEmpty()) {
            throw new IllegalArgumentException("a file path is required");
        }
        return resolve(path);
    }

    @FunctionalInterface
    private interface IoAction<T> {
        T run() throws IOException;
    }

    /**
     * Runs {@code action}, again after a pause when it fails in a way that passes (a file held by a
     * scanner: "access denied", or on Windows a sharing violation, which Java reports as a plain
     * {@link FileSystemException}).
     */
    private static <T> T retrying(IoAction<T> action) throws IOException {
        return retrying(action, FolderShare::passes);
    }

    private static <T> T retrying(IoAction<T> action, Predicate<IOException> passing) throws IOException {
        long pause = FIRST_PAUSE_MILLIS;
        for (int attempt = 1; ; attempt++) {
            try {
                return action.run();
            } catch (IOException e) {
                if (attempt >= ATTEMPTS || !passing.test(e)) {
                    throw e;
                }
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting to retry");
            }
            pause *= 2;
        }
    }

    private static boolean passes(IOException e) {
        return e instanceof AccessDeniedException || e.getClass() == FileSystemException.class;
    }
}
