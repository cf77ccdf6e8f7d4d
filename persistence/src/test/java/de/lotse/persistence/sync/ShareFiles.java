package de.lotse.persistence.sync;

import static de.lotse.persistence.jooq.Tables.PERSON;
import static de.lotse.persistence.jooq.Tables.SYNC_CONFLICT;
import static de.lotse.persistence.jooq.Tables.SYNC_REALM;
import static de.lotse.persistence.jooq.Tables.SYNC_RECORD;

import de.lotse.core.sync.crypto.Envelope;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

/** Helpers for sync tests that work on real folders: copying, hashing, looking into devices. */
final class ShareFiles {

    private ShareFiles() {
    }

    /** Every regular file under {@code root} (relative path with '/') and the SHA-256 of its content. */
    static Map<String, String> hashes(Path root) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        if (!Files.exists(root)) {
            return hashes;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                hashes.put(root.relativize(file).toString().replace('\\', '/'), Envelope.sha256(Files.readAllBytes(file)));
            }
        }
        return hashes;
    }

    /** Copies a folder with everything in it, keeping modification times. */
    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    static Path batch(Path share, UUID device, long seq) {
        return share.resolve("lotse").resolve("log").resolve(device.toString()).resolve(String.format("%012d.batch", seq));
    }

    /** The path of a batch as a sync report names it. */
    static String reported(UUID device, long seq) {
        return ShareSync.batchPath(device, seq);
    }

    /** Opens a copied data folder and points it at {@code share} (where its copy of the share now lies). */
    static SyncDevice reopen(Path dataDir, Path share) {
        SyncDevice device = new SyncDevice(dataDir);
        device.store.exclusively(tx -> tx.update(SYNC_REALM)
                .set(SYNC_REALM.SHARE_PATH, share.toAbsolutePath().toString()).execute());
        return device;
    }

    static Set<String> familyNames(SyncDevice device) {
        List<String> names = device.store.read(dsl -> dsl.select(PERSON.FAMILY_NAME).from(PERSON).fetch(PERSON.FAMILY_NAME));
        return new TreeSet<>(names);
    }

    static int personCount(SyncDevice device) {
        return device.store.read(dsl -> dsl.fetchCount(PERSON));
    }

    /** The ids of the records sync holds a state of. */
    static Set<UUID> stateIds(SyncDevice device) {
        List<UUID> ids = device.store.read(dsl -> dsl.select(SYNC_RECORD.RECORD_ID).from(SYNC_RECORD)
                .fetch(SYNC_RECORD.RECORD_ID));
        return new TreeSet<>(ids);
    }

    /** Every person row as text, in id order: equal lists mean equal data. */
    static List<String> personRows(SyncDevice device) {
        return device.store.read(dsl -> dsl.selectFrom(PERSON).orderBy(PERSON.ID).fetch().map(r -> r.formatJSON()));
    }

    /** Every record state, in key order: what sync holds, byte for byte. */
    static List<String> states(SyncDevice device) {
        return device.store.read(dsl -> dsl.selectFrom(SYNC_RECORD).orderBy(SYNC_RECORD.ENTITY, SYNC_RECORD.RECORD_ID)
                .fetch().map(r -> r.getEntity() + "/" + r.getRecordId() + "=" + r.getState()));
    }

    /** Every open conflict as stored, in id order. */
    static List<String> conflicts(SyncDevice device) {
        return device.store.read(dsl -> dsl.selectFrom(SYNC_CONFLICT).orderBy(SYNC_CONFLICT.ID)
                .fetch().map(r -> r.formatJSON()));
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
