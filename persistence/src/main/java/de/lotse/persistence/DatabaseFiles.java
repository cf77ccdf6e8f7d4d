package de.lotse.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.channels.FileChannel;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.h2.tools.ChangeFileEncryption;

/** The H2 files themselves: how they are opened, whether they are encrypted, and encrypting one. */
final class DatabaseFiles {

    /** The database user; its password is empty, the file password guards the file. */
    static final String USER = "lotse";
    static final String SUFFIX = ".mv.db";

    /** An encrypted H2 file starts with this text, a plain one with {@code H:2,}. */
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PLAIN_HEADER = "H:2,".getBytes(StandardCharsets.US_ASCII);

    private DatabaseFiles() {
    }

    /**
     * The URL of the H2 database at {@code base} (its path without {@value #SUFFIX}).
     * WRITE_DELAY=0: a committed transaction is in the file before commit returns, so a killed
     * process loses nothing it had confirmed. TRACE_LEVEL_FILE=4: H2's trace goes to the
     * application's log (where only errors pass) instead of a plain trace file beside the
     * database, which would quote statements, values included.
     */
    static String jdbcUrl(Path base, boolean encrypted) {
        return "jdbc:h2:file:" + base.toAbsolutePath() + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=4"
                + (encrypted ? ";CIPHER=AES" : "");
    }

    static boolean isEncrypted(Path file) throws IOException {
        return startsWith(file, ENCRYPTED_HEADER);
    }

    /** Whether {@code file} is an H2 database file, encrypted or not. */
    static boolean isDatabase(Path file) throws IOException {
        return startsWith(file, ENCRYPTED_HEADER) || startsWith(file, PLAIN_HEADER);
    }

    private static boolean startsWith(Path file, byte[] header) throws IOException {
        byte[] head = new byte[header.length];
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(head, 0, head.length) == head.length && Arrays.equals(head, header);
        }
    }

    /**
     * Encrypts the plain H2 file {@code file} (closed) in place. H2's converter rewrites through
     * a temp file and is not atomic, so it runs on a copy in a folder beside the file; the copy is
     * checked (same tables, same rows) and then moved over the original in one step. A failure at
     * any point leaves the original as it was.
     */
    static void encrypt(Path file, char[] filePassword) throws IOException, SQLException {
        String name = file.getFileName().toString();
        String db = name.substring(0, name.length() - SUFFIX.length());
        Path work = Files.createDirectories(file.resolveSibling(".encrypting"));
        Path copy = work.resolve(name);
        try {
            Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
            ChangeFileEncryption.execute(work.toString(), db, "AES", null, filePassword, true);
            long expected = fingerprint(jdbcUrl(file.resolveSibling(db), false) + ";ACCESS_MODE_DATA=r", "");
            long found = fingerprint(jdbcUrl(work.resolve(db), true), new String(filePassword) + " ");
            if (expected != found) {
                throw new IOException("the encrypted copy does not hold what the plain file holds");
            }
            try (FileChannel channel = FileChannel.open(copy, StandardOpenOption.WRITE)) {
                channel.force(true); // on disk before it replaces the original
            }
            Files.move(copy, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            deleteQuietly(work);
        }
    }

    /** The number of tables and of rows in them: enough to see that a conversion lost nothing. */
    private static long fingerprint(String url, String password) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, USER, password)) {
            long sum = 0;
            List<String> tables = new ArrayList<>();
            try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery("SELECT TABLE_SCHEMA, TABLE_NAME"
                    + " FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA <> 'INFORMATION_SCHEMA'")) {
                while (result.next()) {
                    tables.add('"' + result.getString(1) + "\".\"" + result.getString(2) + '"');
                }
            }
            for (String table : tables) {
                try (Statement statement = connection.createStatement();
                        ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    count.next();
                    sum += count.getLong(1);
                }
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            }
            return sum * 1_000 + tables.size();
        }
    }

    /** Removes the work folder; a leftover is harmless (the next conversion starts it anew) and must not hide the outcome. */
    private static void deleteQuietly(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException ignored) {
            // see above
        }
    }
}
