package de.lotse.core.sync.share;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The one small interface sync has to a share (a folder today; WebDAV or S3 later). Paths are
 * '/'-separated and relative to Lotse's own folder on the share; {@code ""} is that folder.
 *
 * <p>The contract that keeps several writers safe without locks: files are never overwritten
 * ({@link #writeNew}), so each device writes only names of its own and readers never see half a
 * file under a final name.
 */
public interface Share {

    /** Whether the share is there now (mounted, readable); cheap enough to ask before every sync. */
    boolean reachable();

    /**
     * Names of the files and folders directly inside {@code folder}, sorted; empty when the folder
     * does not exist.
     *
     * @throws IOException when the share itself is unreachable, so that an unmounted share is never
     *     mistaken for an empty one
     */
    List<String> list(String folder) throws IOException;

    /** The content of {@code path}; empty when there is no such file. */
    Optional<byte[]> read(String path) throws IOException;

    /**
     * Writes a file that did not exist, completely or not at all: through a temporary file, flushed
     * to disk, then put in place without ever replacing an existing file. Creates parent folders.
     *
     * @return false, and nothing changed, when {@code path} already existed
     */
    boolean writeNew(String path, byte[] content) throws IOException;

    /**
     * Writes a small file that its one writer renews (a device's head): through a temporary file,
     * then moved over the old one, so readers see the old or the new content, never half.
     */
    void replace(String path, byte[] content) throws IOException;

    /** When {@code path} was last written, by the share's clock; empty when there is no such file. */
    Optional<Instant> modified(String path) throws IOException;

    /** Deletes {@code path}; nothing happens when it does not exist. */
    void delete(String path) throws IOException;

    /** Whether {@code path} is an existing folder. */
    boolean isFolder(String path);
}
