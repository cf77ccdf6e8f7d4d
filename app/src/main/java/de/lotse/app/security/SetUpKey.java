package de.lotse.app.security;

import de.lotse.core.keys.FileKey;
import de.lotse.core.store.StoreException;
import de.lotse.core.store.StoreProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The file key of a set-up under way, in {@code keys/file.key} beside the key file. It is written
 * before the database is encrypted and deleted once the first account's grant holds the key, so
 * that a set-up killed half-way never leaves a database nobody can open. While it exists the
 * set-up is not finished ({@link Login#state}).
 */
final class SetUpKey {

    private static final String FILE = "file.key";

    private SetUpKey() {
    }

    /** The key of an unfinished set-up, if one was begun. */
    static Optional<FileKey> find(Path keysDir) {
        Path file = keysDir.resolve(FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            byte[] key = HexFormat.of().parseHex(Files.readString(file).strip());
            if (key.length != FileKey.BYTES) {
                throw new IllegalArgumentException("a file key has " + FileKey.BYTES + " bytes");
            }
            return Optional.of(FileKey.of(key));
        } catch (IOException | IllegalArgumentException e) {
            throw new StoreException(new StoreProblem.KeyFileDamaged(file), e);
        }
    }

    /** The key of the unfinished set-up, or a new one written for it. */
    static FileKey findOrMake(Path keysDir) {
        Optional<FileKey> begun = find(keysDir);
        if (begun.isPresent()) {
            return begun.get();
        }
        Path file = keysDir.resolve(FILE);
        try {
            Files.createDirectories(keysDir);
            FileKey key = FileKey.generate();
            Path partial = keysDir.resolve(FILE + ".partial");
            Files.writeString(partial, new String(key.h2FilePassword()).strip());
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return key;
        } catch (IOException e) {
            throw new StoreException(new StoreProblem.KeyFileDamaged(file), e);
        }
    }

    /** The set-up is finished: the key lives on only in the grants. */
    static void delete(Path keysDir) {
        try {
            Files.deleteIfExists(keysDir.resolve(FILE));
        } catch (IOException e) {
            throw new StoreException(new StoreProblem.KeyFileDamaged(keysDir.resolve(FILE)), e);
        }
    }
}
