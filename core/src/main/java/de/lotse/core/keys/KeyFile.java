package de.lotse.core.keys;

import de.lotse.core.json.Json;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A device's key file, {@code <dataDir>/keys/lotse.keys} (and its backup {@code lotse.keys.bak}):
 * per account a {@link Grant} of the device's file key, with the account's {@link Credential}, so
 * that a login can open the database before anything in it can be read; and the failed logins
 * per user name, so that the delay after failures outlasts a restart.
 *
 * <p>Immutable: every {@code with…} returns a new key file; {@link #write} stores one.
 *
 * <p>What it holds, and why nothing in it opens the database without a password:
 * <ul>
 * <li>{@code installationId}: random, made with the key file. The caller keeps it in the database
 *     too: a database that opens with the file key but holds another id was restored from
 *     another installation's copy together with its key file.</li>
 * <li>{@code fileKeyCheck}: HMAC-SHA256 under the file key of a label and the installation id.
 *     It recognises the file key (a grant from before a change of file key, a caller handing
 *     {@link #withGrant} a foreign key) and, as an HMAC under a random 256-bit key, says nothing
 *     about it. With it, a caller whose grant opened and whose H2 then reports an encryption
 *     error knows the database file is not the one this key file belongs to, which a wrong
 *     password never gets to (its grant does not open).</li>
 * <li>{@code grants}: account id, a hash of the user name, whether it is a recovery grant, the
 *     credential (its private key wrapped under Argon2id) and the grant. The user name is kept
 *     only as a hash salted with the installation id: SECURITY.md's first requirement has the
 *     data folder show no name without a password, and user names are often people's names.</li>
 * <li>{@code failedLogins}: per user name hash, the count and the time of the last failure. A
 *     hash again, as people type their password into the user name field; at most
 *     {@value #MAX_FAILURE_ENTRIES} entries, the oldest dropped first.</li>
 * </ul>
 */
public final class KeyFile {

    private static final System.Logger LOG = System.getLogger(KeyFile.class.getName());

    public static final String FILE_NAME = "lotse.keys";
    public static final String BACKUP_NAME = "lotse.keys.bak";
    /** The format this version writes and reads. */
    public static final int FORMAT = 1;
    /** So that names typed at random cannot grow the file without end. */
    public static final int MAX_FAILURE_ENTRIES = 1000;

    /** A key file is a few KiB per account; anything larger is not one. */
    private static final long MAX_FILE_BYTES = 16L * 1024 * 1024;
    private static final int CHECK_BYTES = 32;
    private static final int USER_HASH_BYTES = 16;
    private static final String CHECK_LABEL = "lotse key file v1 file key check\n";
    private static final String USER_LABEL = "lotse key file v1 user name\n";
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");

    /**
     * One account's grant. {@code userNameHash} is the salted hash of the normalised user name
     * (see {@link KeyFile#grantFor}); a recovery grant is sealed to the account's recovery
     * credential.
     */
    public record Entry(UUID accountId, String userNameHash, boolean recovery, Credential credential, Grant grant) {

        public Entry {
            Objects.requireNonNull(accountId, "accountId");
            Objects.requireNonNull(userNameHash, "userNameHash");
            Objects.requireNonNull(credential, "credential");
            Objects.requireNonNull(grant, "grant");
        }

        /** The fingerprint of the credential this grant was sealed to. */
        public String credentialFingerprint() {
            return credential.fingerprint();
        }

        /** Ids and the fingerprint; the user name hash stays out of logs too. */
        @Override
        public String toString() {
            return "Entry[accountId=" + accountId + ", recovery=" + recovery + ", credential="
                    + credential.fingerprint() + "]";
        }
    }

    /** Failed logins for one user name. */
    public record Failures(int count, Instant lastFailure) {

        public Failures {
            Objects.requireNonNull(lastFailure, "lastFailure");
            if (count < 1) {
                throw new IllegalArgumentException("count must be positive");
            }
        }
    }

    private final UUID installationId;
    private final byte[] fileKeyCheck;
    private final List<Entry> grants;
    private final Map<String, Failures> failedLogins;

    private KeyFile(UUID installationId, byte[] fileKeyCheck, List<Entry> grants, Map<String, Failures> failedLogins) {
        this.installationId = Objects.requireNonNull(installationId, "installationId");
        this.fileKeyCheck = fileKeyCheck.clone();
        if (this.fileKeyCheck.length != CHECK_BYTES) {
            throw new IllegalArgumentException("fileKeyCheck must be " + CHECK_BYTES + " bytes");
        }
        this.grants = List.copyOf(grants);
        this.failedLogins = Collections.unmodifiableMap(new LinkedHashMap<>(failedLogins));
    }

    /** A new, empty key file for a new installation whose database is encrypted with {@code key}. */
    public static KeyFile create(FileKey key) {
        Objects.requireNonNull(key, "key");
        UUID installationId = UUID.randomUUID();
        return new KeyFile(installationId, check(key, installationId), List.of(), Map.of());
    }

    public UUID installationId() {
        return installationId;
    }

    /** Whether {@code key} is the file key this key file was made for. */
    public boolean belongsTo(FileKey key) {
        return key != null && !key.isDestroyed() && MessageDigest.isEqual(check(key, installationId), fileKeyCheck);
    }

    /** Every grant, normal and recovery, in the order they were added. */
    public List<Entry> grants() {
        return grants;
    }

    /**
     * This key file with {@code key} sealed for {@code accountId} to {@code credential}, replacing
     * the account's grant of the same kind (normal or recovery). A normal grant also replaces
     * another account's normal grant under the same user name, so that a name opens one account.
     *
     * @throws IllegalArgumentException when {@code key} is not this key file's file key
     */
    public KeyFile withGrant(FileKey key, UUID accountId, String userName, Credential credential, boolean recovery) {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(credential, "credential");
        if (!belongsTo(key)) {
            throw new IllegalArgumentException("file key does not belong to this key file");
        }
        String hash = userNameHash(userName);
        List<Entry> kept = new ArrayList<>();
        for (Entry entry : grants) {
            boolean sameSlot = entry.accountId().equals(accountId) && entry.recovery() == recovery;
            boolean sameName = !recovery && !entry.recovery() && entry.userNameHash().equals(hash);
            if (!sameSlot && !sameName) {
                kept.add(entry);
            }
        }
        kept.add(new Entry(accountId, hash, recovery, credential, Grant.seal(key, accountId, credential)));
        return new KeyFile(installationId, fileKeyCheck, kept, failedLogins);
    }

    /** This key file without any grant of {@code accountId}, normal or recovery. */
    public KeyFile withoutGrant(UUID accountId) {
        Objects.requireNonNull(accountId, "accountId");
        return new KeyFile(installationId, fileKeyCheck,
                grants.stream().filter(entry -> !entry.accountId().equals(accountId)).toList(), failedLogins);
    }

    /** This key file without {@code accountId}'s grant of one kind. */
    KeyFile withoutGrant(UUID accountId, boolean recovery) {
        return new KeyFile(installationId, fileKeyCheck, grants.stream()
                .filter(entry -> !(entry.accountId().equals(accountId) && entry.recovery() == recovery))
                .toList(), failedLogins);
    }

    /** The normal (not recovery) grant of the account with this user name, in any case and spacing around it. */
    public Optional<Entry> grantFor(String userName) {
        String hash = userNameHash(userName);
        return grants.stream().filter(entry -> !entry.recovery() && entry.userNameHash().equals(hash)).findFirst();
    }

    Optional<Entry> grantOf(UUID accountId, boolean recovery) {
        return grants.stream()
                .filter(entry -> entry.accountId().equals(accountId) && entry.recovery() == recovery).findFirst();
    }

    public List<Entry> recoveryGrants() {
        return grants.stream().filter(Entry::recovery).toList();
    }

    /** One more failed login for {@code userName}, at {@code at}. */
    public KeyFile withFailure(String userName, Instant at) {
        Objects.requireNonNull(at, "at");
        String hash = userNameHash(userName);
        Map<String, Failures> failures = new LinkedHashMap<>(failedLogins);
        Failures before = failures.remove(hash);
        failures.put(hash, new Failures(before == null ? 1 : before.count() + 1, at));
        while (failures.size() > MAX_FAILURE_ENTRIES) {
            failures.entrySet().stream().min(Comparator.comparing(entry -> entry.getValue().lastFailure()))
                    .ifPresent(oldest -> failures.remove(oldest.getKey()));
        }
        return new KeyFile(installationId, fileKeyCheck, grants, failures);
    }

    /** This key file with no failed logins for {@code userName}; the same one when it had none. */
    public KeyFile withoutFailures(String userName) {
        String hash = userNameHash(userName);
        if (!failedLogins.containsKey(hash)) {
            return this;
        }
        Map<String, Failures> failures = new LinkedHashMap<>(failedLogins);
        failures.remove(hash);
        return new KeyFile(installationId, fileKeyCheck, grants, failures);
    }

    /** Failed logins for {@code userName} since its last successful one. */
    public int failures(String userName) {
        Failures failures = failedLogins.get(userNameHash(userName));
        return failures == null ? 0 : failures.count();
    }

    public Optional<Instant> lastFailure(String userName) {
        return Optional.ofNullable(failedLogins.get(userNameHash(userName))).map(Failures::lastFailure);
    }

    /**
     * The user name as it is compared: without spaces around it, in Unicode's composed form (an
     * umlaut typed as one character or as two), in lower case.
     */
    public static String normalizeUserName(String userName) {
        Objects.requireNonNull(userName, "userName");
        return Normalizer.normalize(userName.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** The salted hash a user name is stored under in this key file. */
    String userNameHash(String userName) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((USER_LABEL + installationId + "\n").getBytes(StandardCharsets.UTF_8));
            byte[] hash = digest.digest(normalizeUserName(userName).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, USER_HASH_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    private static byte[] check(FileKey key, UUID installationId) {
        return key.check((CHECK_LABEL + installationId).getBytes(StandardCharsets.UTF_8));
    }

    // ---- reading and writing

    /**
     * Reads the key file in {@code keysDir}: {@code lotse.keys}, or its backup when it is missing
     * or damaged. Empty when neither exists (a device before its first start).
     *
     * @throws KeyFileDamagedException when a key file exists but neither can be read
     * @throws KeyFormatTooNewException when a newer Lotse wrote it (its backup is not used then: a
     *                                  write would lose what the newer version added)
     */
    public static Optional<KeyFile> read(Path keysDir) throws IOException {
        Path file = keysDir.resolve(FILE_NAME);
        Path backup = keysDir.resolve(BACKUP_NAME);
        Exception failure;
        try {
            return Optional.of(readOne(file));
        } catch (NoSuchFileException e) {
            failure = null;
        } catch (IOException | IllegalArgumentException e) {
            if (e instanceof KeyFormatTooNewException newer) {
                throw newer;
            }
            LOG.log(System.Logger.Level.WARNING, "{0} unreadable ({1}), trying {2}", FILE_NAME, e.getMessage(),
                    BACKUP_NAME);
            failure = e;
        }
        try {
            KeyFile fromBackup = readOne(backup);
            if (failure == null) {
                LOG.log(System.Logger.Level.WARNING, "{0} missing, read {1}", FILE_NAME, BACKUP_NAME);
            }
            return Optional.of(fromBackup);
        } catch (NoSuchFileException e) {
            if (failure == null) {
                return Optional.empty();
            }
            throw new KeyFileDamagedException(file, backup, failure);
        } catch (IOException | IllegalArgumentException e) {
            if (e instanceof KeyFormatTooNewException newer) {
                throw newer;
            }
            throw new KeyFileDamagedException(file, backup, failure != null ? failure : e);
        }
    }

    private static KeyFile readOne(Path file) throws IOException {
        if (Files.size(file) > MAX_FILE_BYTES) {
            throw new IllegalArgumentException("key file: too large");
        }
        return fromJson(Files.readAllBytes(file));
    }

    /**
     * Writes this key file to {@code keysDir} so that a crash at any moment leaves a readable one:
     * the new content goes to a temporary file in the same folder and is forced to disk; the
     * current file, when it is readable, is kept as {@code lotse.keys.bak} (a copy, forced, moved
     * into place); then the temporary file replaces {@code lotse.keys} in one atomic rename. Where
     * the file system knows POSIX permissions the folder and files are the owner's alone.
     */
    public void write(Path keysDir) throws IOException {
        createOwnerOnlyDirectories(keysDir);
        Path file = keysDir.resolve(FILE_NAME);
        byte[] current = null;
        try {
            current = Files.readAllBytes(file);
            fromJson(current);
        } catch (NoSuchFileException e) {
            current = null;
        } catch (IOException | IllegalArgumentException e) {
            // Not a good file: the backup, good or not, is better than it.
            current = null;
        }
        if (current != null) {
            replaceDurably(keysDir, BACKUP_NAME, current);
        }
        replaceDurably(keysDir, FILE_NAME, toJson());
    }

    private static void replaceDurably(Path dir, String name, byte[] content) throws IOException {
        Path temp = posix(dir)
                ? Files.createTempFile(dir, name + ".", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_FILE))
                : Files.createTempFile(dir, name + ".", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("the keys folder does not support atomic renames", e);
            }
            temp = null;
            forceDirectory(dir);
        } finally {
            if (temp != null) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** So that the rename survives a power cut; not possible (and not needed) on Windows. */
    private static void forceDirectory(Path dir) {
        if (!posix(dir)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "cannot force the keys folder to disk", e);
        }
    }

    private static void createOwnerOnlyDirectories(Path dir) throws IOException {
        if (!posix(dir)) {
            Files.createDirectories(dir);
            return;
        }
        if (Files.notExists(dir)) {
            Path parent = dir.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            FileAttribute<Set<PosixFilePermission>> ownerOnly = PosixFilePermissions.asFileAttribute(OWNER_DIR);
            Files.createDirectories(dir, ownerOnly);
        }
        try {
            Files.setPosixFilePermissions(dir, OWNER_DIR);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot restrict the keys folder to its owner", e);
        }
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    // ---- JSON

    public byte[] toJson() {
        ObjectNode node = Json.object();
        node.put("format", FORMAT);
        node.put("installationId", installationId.toString());
        node.put("fileKeyCheck", Json.base64(fileKeyCheck));
        ArrayNode array = node.putArray("grants");
        for (Entry entry : grants) {
            ObjectNode item = array.addObject();
            item.put("accountId", entry.accountId().toString());
            item.put("userNameHash", entry.userNameHash());
            item.put("recovery", entry.recovery());
            item.set("credential", entry.credential().toJsonNode());
            item.set("grant", entry.grant().toJsonNode());
        }
        ObjectNode failures = node.putObject("failedLogins");
        failedLogins.forEach((hash, value) -> {
            ObjectNode item = failures.putObject(hash);
            item.put("count", value.count());
            item.put("lastFailure", value.lastFailure().toString());
        });
        return Json.prettyBytes(node);
    }

    /**
     * Reads a key file's content. Unknown fields are ignored, so a later minor version may add some.
     *
     * @throws KeyFormatTooNewException when a newer Lotse wrote it
     * @throws IllegalArgumentException naming the field, when it is not a key file
     */
    public static KeyFile fromJson(byte[] json) {
        JsonNode node = Json.parse(json, "key file");
        KeyFormatTooNewException.checkedFormat(node, FORMAT, "key file");
        UUID installationId = Json.uuid(node, "installationId");
        byte[] check = Json.base64(node, "fileKeyCheck", CHECK_BYTES);
        List<Entry> grants = new ArrayList<>();
        for (JsonNode item : Json.array(node, "grants")) {
            if (!item.isObject()) {
                throw Json.bad("grants");
            }
            grants.add(new Entry(Json.uuid(item, "accountId"), userNameHash(item, "userNameHash"),
                    Json.bool(item, "recovery"), Credential.fromJsonNode(Json.object(item, "credential")),
                    Grant.fromJsonNode(Json.object(item, "grant"))));
        }
        Map<String, Failures> failures = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> item : Json.object(node, "failedLogins").properties()) {
            if (!isUserNameHash(item.getKey()) || !item.getValue().isObject()) {
                throw Json.bad("failedLogins");
            }
            int count = Json.integer(item.getValue(), "count");
            if (count < 1) {
                throw Json.bad("count");
            }
            failures.put(item.getKey(), new Failures(count, Json.instant(item.getValue(), "lastFailure")));
        }
        return new KeyFile(installationId, check, grants, failures);
    }

    private static String userNameHash(JsonNode node, String field) {
        String hash = Json.string(node, field);
        if (!isUserNameHash(hash)) {
            throw Json.bad(field);
        }
        return hash;
    }

    private static boolean isUserNameHash(String text) {
        return text.length() == USER_HASH_BYTES * 2
                && text.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KeyFile that
                && installationId.equals(that.installationId) && Arrays.equals(fileKeyCheck, that.fileKeyCheck)
                && grants.equals(that.grants) && failedLogins.equals(that.failedLogins);
    }

    @Override
    public int hashCode() {
        return Objects.hash(installationId, grants, failedLogins);
    }

    @Override
    public String toString() {
        return "KeyFile[installationId=" + installationId + ", grants=" + grants.size() + ", failedLogins="
                + failedLogins.size() + "]";
    }
}
