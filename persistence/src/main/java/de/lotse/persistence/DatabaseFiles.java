package de.lotse.persistence;

import de.lotse.core.data.FileTrees;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.channels.FileChannel;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/** The H2 files themselves: how they are opened, whether they are encrypted, and encrypting one. */
final class DatabaseFiles {

    /** The database user; its password is empty, the file key guards the file. */
    static final String USER = "lotse";
    static final String SUFFIX = ".mv.db";
    private static final int CHUNK = 1 << 20;

    /** A plain H2 file starts with this text, an encrypted one with {@link EncryptedFile#MARK}. */
    private static final byte[] PLAIN_HEADER = "H:2,".getBytes(StandardCharsets.US_ASCII);

    private DatabaseFiles() {
    }

    /**
     * The URL of the H2 database at {@code base} (its path without {@value #SUFFIX}).
     * WRITE_DELAY=0: a committed transaction is in the file before commit returns, so a killed
     * process loses nothing it had confirmed. TRACE_LEVEL_FILE=4: H2's trace goes to the
     * application's log (where only errors pass) instead of a plain trace file beside the
     * database, which would quote statements, values included. MAX_MEMORY_ROWS: a large result
     * stays in memory; H2 would write it to a temp file in {@code java.io.tmpdir}, outside the
     * encrypted file system and so in plain (Lotse's largest, the whole register, is tens of MB).
     */
    static String jdbcUrl(Path base, boolean encrypted) {
        return "jdbc:h2:" + (encrypted ? EncryptedFilePath.nameOf(base) : "file:" + base.toAbsolutePath())
                + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=4;MAX_MEMORY_ROWS=" + Integer.MAX_VALUE;
    }

    static boolean isEncrypted(Path file) throws IOException {
        return startsWith(file, EncryptedFile.MARK);
    }

    /** Whether {@code file} is an H2 database file, encrypted or not. */
    static boolean isDatabase(Path file) throws IOException {
        return startsWith(file, EncryptedFile.MARK) || startsWith(file, PLAIN_HEADER);
    }

    /** Whether {@code head}, a file's first bytes, is the start of a plain H2 file. */
    static boolean isPlain(byte[] head) {
        return head.length >= PLAIN_HEADER.length && Arrays.equals(head, 0, PLAIN_HEADER.length, PLAIN_HEADER, 0,
                PLAIN_HEADER.length);
    }

    private static boolean startsWith(Path file, byte[] header) throws IOException {
        byte[] head = new byte[header.length];
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(head, 0, head.length) == head.length && Arrays.equals(head, header);
        }
    }

    /**
     * Encrypts the plain file {@code file} (closed) in place, byte for byte: the encrypted copy is
     * written in a folder beside the file, read back and compared with the original, and then
     * moved over it in one step. A failure at any point leaves the original as it was.
     */
    static void encrypt(Path file, byte[] fileKey) throws IOException {
        Path work = Files.createDirectories(file.resolveSibling(".encrypting"));
        Path copy = work.resolve(file.getFileName());
        try {
            Files.deleteIfExists(copy);
            byte[] plain = digestOf(FileChannel.open(file, StandardOpenOption.READ), null);
            try (FileChannel source = FileChannel.open(file, StandardOpenOption.READ);
                    FileChannel target = EncryptedFile.open(FileChannel.open(copy, StandardOpenOption.CREATE_NEW,
                            StandardOpenOption.READ, StandardOpenOption.WRITE), copy.toString(), fileKey, true)) {
                digestOf(source, target);
                target.force(true); // on disk before it replaces the original
            }
            byte[] encrypted = digestOf(EncryptedFile.open(FileChannel.open(copy, StandardOpenOption.READ),
                    copy.toString(), fileKey, false), null);
            if (!MessageDigest.isEqual(plain, encrypted)) {
                throw new IOException("the encrypted copy does not hold what the plain file holds");
            }
            Files.move(copy, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            deleteQuietly(work);
        }
    }

    /** Reads {@code source} to its end (closing it), writes what it read to {@code copyTo} if given, and returns its SHA-256. */
    private static byte[] digestOf(FileChannel source, FileChannel copyTo) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
        ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
        try (source) {
            long position = 0;
            for (int read; (read = source.read(buffer.clear(), position)) > 0; position += read) {
                buffer.flip();
                digest.update(buffer.duplicate());
                while (copyTo != null && buffer.hasRemaining()) {
                    copyTo.write(buffer, position + buffer.position());
                }
            }
        }
        return digest.digest();
    }

    /** Removes the work folder; a leftover is harmless (the next conversion starts it anew) and must not hide the outcome. */
    private static void deleteQuietly(Path folder) {
        try {
            FileTrees.delete(folder);
        } catch (IOException ignored) {
            // see above
        }
    }
}
