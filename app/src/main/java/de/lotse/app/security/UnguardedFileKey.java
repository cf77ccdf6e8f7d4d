package de.lotse.app.security;

import de.lotse.core.keys.FileKey;
import de.lotse.core.store.StoreException;
import de.lotse.core.store.StoreProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;

/**
 * A step on the way, not the design: the database file is encrypted, but until login lands the
 * file key lies unguarded in {@code keys/file.key} beside it. The login (issue 12, next step)
 * replaces this class by the key file's grants, sealed to each account, and removes the file.
 */
public final class UnguardedFileKey {

    private static final String FILE = "file.key";

    private UnguardedFileKey() {
    }

    /** The data folder's file key, made on first use. */
    public static byte[] of(Path dataDir) {
        Path keys = dataDir.resolve("keys");
        Path file = keys.resolve(FILE);
        try {
            if (Files.exists(file)) {
                byte[] key = HexFormat.of().parseHex(Files.readString(file).strip());
                if (key.length != FileKey.BYTES) {
                    throw new IllegalArgumentException("a file key has " + FileKey.BYTES + " bytes");
                }
                return key;
            }
            Files.createDirectories(keys);
            FileKey key = FileKey.generate();
            Path partial = keys.resolve(FILE + ".partial");
            Files.writeString(partial, new String(key.h2FilePassword()));
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return key.bytes();
        } catch (IOException | IllegalArgumentException e) {
            throw new StoreException(new StoreProblem.KeyFileDamaged(file), e);
        }
    }
}
