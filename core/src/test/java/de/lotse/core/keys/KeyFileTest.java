package de.lotse.core.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyFileTest {

    private static final UUID ANNA = UUID.randomUUID();
    private static final UUID BERND = UUID.randomUUID();

    @TempDir
    Path keysDir;

    private final FileKey key = FileKey.generate();
    private final Credential annaCredential = Credential.create(ANNA, "Annas langes Passwort".toCharArray(),
            Argon2Params.FOR_TESTS);
    private final Credential berndCredential = Credential.create(BERND, "Bernds langes Passwort".toCharArray(),
            Argon2Params.FOR_TESTS);

    @Test
    void noFileIsNoKeyFile() throws IOException {
        assertThat(KeyFile.read(keysDir)).isEmpty();
        assertThat(KeyFile.read(keysDir.resolve("not there"))).isEmpty();
    }

    @Test
    void writesAndReadsItsGrants() throws IOException {
        KeyFile file = KeyFile.create(key).withGrant(key, ANNA, "Anna.Schmidt", annaCredential, false);

        file.write(keysDir.resolve("keys"));
        KeyFile read = KeyFile.read(keysDir.resolve("keys")).orElseThrow();

        assertThat(read).isEqualTo(file);
        assertThat(read.belongsTo(key)).isTrue();
        assertThat(read.belongsTo(FileKey.generate())).isFalse();
        KeyFile.Entry entry = read.grantFor("  anna.schmidt ").orElseThrow();
        assertThat(entry.accountId()).isEqualTo(ANNA);
        assertThat(entry.credentialFingerprint()).isEqualTo(annaCredential.fingerprint());
        var privateKey = entry.credential().unlock(ANNA, "Annas langes Passwort".toCharArray()).orElseThrow();
        assertThat(entry.grant().open(ANNA, entry.credential(), privateKey))
                .hasValueSatisfying(opened -> assertThat(opened.sameKey(key)).isTrue());
    }

    @Test
    void aNormalAndARecoveryGrantPerAccount() {
        Credential recovery = Credential.create(ANNA, RecoveryCode.generate().chars(), Argon2Params.FOR_TESTS);
        KeyFile file = KeyFile.create(key)
                .withGrant(key, ANNA, "anna", annaCredential, false)
                .withGrant(key, ANNA, "anna", recovery, true)
                .withGrant(key, BERND, "bernd", berndCredential, false)
                .withGrant(key, ANNA, "anna", annaCredential, false);

        assertThat(file.grants()).hasSize(3);
        assertThat(file.grantFor("anna")).hasValueSatisfying(entry -> assertThat(entry.recovery()).isFalse());
        assertThat(file.recoveryGrants()).singleElement()
                .satisfies(entry -> assertThat(entry.credential()).isEqualTo(recovery));
        assertThat(file.withoutGrant(ANNA).grants()).singleElement()
                .satisfies(entry -> assertThat(entry.accountId()).isEqualTo(BERND));
        assertThat(file.grantFor("carla")).isEmpty();
    }

    @Test
    void aForeignFileKeyIsRefused() {
        KeyFile file = KeyFile.create(key);

        assertThatThrownBy(() -> file.withGrant(FileKey.generate(), ANNA, "anna", annaCredential, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not belong");
    }

    @Test
    void countsFailuresPerUserName() throws IOException {
        Instant first = Instant.parse("2025-03-01T08:00:00Z");
        KeyFile file = KeyFile.create(key)
                .withFailure("Anna", first)
                .withFailure("anna ", first.plusSeconds(5))
                .withFailure("bernd", first.plusSeconds(9));

        file.write(keysDir);
        KeyFile read = KeyFile.read(keysDir).orElseThrow();

        assertThat(read.failures("ANNA")).isEqualTo(2);
        assertThat(read.lastFailure("anna")).contains(first.plusSeconds(5));
        assertThat(read.failures("carla")).isZero();
        assertThat(read.lastFailure("carla")).isEmpty();
        KeyFile cleared = read.withoutFailures("anna");
        assertThat(cleared.failures("anna")).isZero();
        assertThat(cleared.failures("bernd")).isEqualTo(1);
        assertThat(cleared.withoutFailures("anna")).isSameAs(cleared);
    }

    @Test
    void failuresForRandomNamesStayBounded() {
        KeyFile file = KeyFile.create(key);
        Instant at = Instant.parse("2025-03-01T08:00:00Z");
        for (int i = 0; i <= KeyFile.MAX_FAILURE_ENTRIES; i++) {
            file = file.withFailure("name " + i, at.plusSeconds(i));
        }

        assertThat(file.failures("name 0")).isZero();
        assertThat(file.failures("name " + KeyFile.MAX_FAILURE_ENTRIES)).isEqualTo(1);
    }

    @Test
    void aWriteKeepsThePreviousFileAsBackup() throws IOException {
        KeyFile first = KeyFile.create(key).withGrant(key, ANNA, "anna", annaCredential, false);
        KeyFile second = first.withGrant(key, BERND, "bernd", berndCredential, false);

        first.write(keysDir);
        assertThat(keysDir.resolve(KeyFile.BACKUP_NAME)).doesNotExist();
        second.write(keysDir);

        assertThat(KeyFile.fromJson(Files.readAllBytes(keysDir.resolve(KeyFile.FILE_NAME)))).isEqualTo(second);
        assertThat(KeyFile.fromJson(Files.readAllBytes(keysDir.resolve(KeyFile.BACKUP_NAME)))).isEqualTo(first);
        try (var files = Files.list(keysDir)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder(KeyFile.FILE_NAME, KeyFile.BACKUP_NAME);
        }
    }

    @Test
    void aDamagedFileIsNotKeptAsBackup() throws IOException {
        KeyFile first = KeyFile.create(key).withGrant(key, ANNA, "anna", annaCredential, false);
        first.write(keysDir);
        first.withFailure("anna", Instant.EPOCH).write(keysDir);
        Files.writeString(keysDir.resolve(KeyFile.FILE_NAME), "{\"format\": 1, \"instal");

        KeyFile third = first.withGrant(key, BERND, "bernd", berndCredential, false);
        third.write(keysDir);

        assertThat(KeyFile.fromJson(Files.readAllBytes(keysDir.resolve(KeyFile.BACKUP_NAME)))).isEqualTo(first);
        assertThat(KeyFile.read(keysDir)).contains(third);
    }

    @Test
    void aTruncatedOrGarbledFileFallsBackToTheBackup() throws IOException {
        KeyFile first = KeyFile.create(key).withGrant(key, ANNA, "anna", annaCredential, false);
        first.write(keysDir);
        first.withGrant(key, BERND, "bernd", berndCredential, false).write(keysDir);
        Path file = keysDir.resolve(KeyFile.FILE_NAME);
        byte[] good = Files.readAllBytes(file);

        Files.write(file, Arrays.copyOf(good, good.length / 2));
        assertThat(KeyFile.read(keysDir)).contains(first);

        byte[] garbled = good.clone();
        garbled[good.length / 3] = (byte) 0xff;
        Files.write(file, garbled);
        assertThat(KeyFile.read(keysDir)).contains(first);

        Files.write(file, new byte[0]);
        assertThat(KeyFile.read(keysDir)).contains(first);

        Files.delete(file);
        assertThat(KeyFile.read(keysDir)).contains(first);
    }

    @Test
    void bothDamagedIsSaidNamingTheFilesNotTheirContent() throws IOException {
        KeyFile.create(key).write(keysDir);
        KeyFile.create(key).write(keysDir);
        Files.writeString(keysDir.resolve(KeyFile.FILE_NAME), "secret-looking garbage");
        Files.writeString(keysDir.resolve(KeyFile.BACKUP_NAME), "{}");

        assertThatThrownBy(() -> KeyFile.read(keysDir)).isInstanceOf(KeyFileDamagedException.class)
                .hasMessage("key file damaged: lotse.keys and lotse.keys.bak unreadable")
                .satisfies(e -> assertThat(((KeyFileDamagedException) e).file())
                        .isEqualTo(keysDir.resolve(KeyFile.FILE_NAME)));

        Files.delete(keysDir.resolve(KeyFile.FILE_NAME));
        assertThatThrownBy(() -> KeyFile.read(keysDir)).isInstanceOf(KeyFileDamagedException.class);
    }

    @Test
    void aNewerFormatIsNotReplacedByItsBackup() throws IOException {
        KeyFile.create(key).write(keysDir);
        KeyFile.create(key).write(keysDir);
        Path file = keysDir.resolve(KeyFile.FILE_NAME);
        Files.writeString(file, Files.readString(file).replace("\"format\" : 1", "\"format\" : 2"));

        assertThatThrownBy(() -> KeyFile.read(keysDir)).isInstanceOf(KeyFormatTooNewException.class)
                .hasMessage("key file: newer format 2");
    }

    @Test
    void malformedContentNamesTheField() {
        byte[] json = KeyFile.create(key).withGrant(key, ANNA, "anna", annaCredential, false).toJson();
        String text = new String(json, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> KeyFile.fromJson(text.replace("\"installationId\"", "\"x\"")
                .getBytes(StandardCharsets.UTF_8))).hasMessage("missing or bad field installationId");
        assertThatThrownBy(() -> KeyFile.fromJson(text.replace("\"recovery\" : false", "\"recovery\" : 0")
                .getBytes(StandardCharsets.UTF_8))).hasMessage("missing or bad field recovery");
        assertThatThrownBy(() -> KeyFile.fromJson(text.replace("\"wrappedPrivateKey\"", "\"w\"")
                .getBytes(StandardCharsets.UTF_8))).hasMessage("missing or bad field wrappedPrivateKey");
    }

    @Test
    void theFileHoldsNeitherTheKeyNorTheUserName() throws IOException {
        KeyFile.create(key)
                .withGrant(key, ANNA, "Zyxwvut.Quimby", annaCredential, false)
                .withFailure("Qwertz-Passwort-im-Namensfeld", Instant.EPOCH)
                .write(keysDir);
        KeyFile.read(keysDir).orElseThrow().write(keysDir);

        for (String name : new String[] {KeyFile.FILE_NAME, KeyFile.BACKUP_NAME}) {
            byte[] bytes = Files.readAllBytes(keysDir.resolve(name));
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            byte[] raw = key.bytes();
            assertThat(indexOf(bytes, raw)).as("raw key in " + name).isEqualTo(-1);
            assertThat(text.toLowerCase()).doesNotContain(new String(key.h2FilePassword()))
                    .doesNotContain(HexFormat.of().formatHex(raw))
                    .doesNotContain(Base64.getEncoder().encodeToString(raw))
                    .doesNotContain(Base64.getEncoder().withoutPadding().encodeToString(Arrays.copyOf(raw, 30)))
                    .doesNotContain("zyxwvut").doesNotContain("quimby").doesNotContain("qwertz");
        }
    }

    @Test
    void onlyTheOwnerMayReadTheKeys() throws IOException {
        Path dir = keysDir.resolve("data").resolve("keys");
        KeyFile.create(key).write(dir);
        KeyFile.create(key).write(dir);
        if (!dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(KeyFile.FILE_NAME))))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(KeyFile.BACKUP_NAME))))
                .isEqualTo("rw-------");
    }

    @Test
    void toStringsShowNoKeyAndNoName() {
        KeyFile file = KeyFile.create(key).withGrant(key, ANNA, "Zyxwvut", annaCredential, false);
        String texts = file + " " + file.grants() + " " + key + " " + annaCredential;

        assertThat(texts).doesNotContain(new String(key.h2FilePassword()))
                .doesNotContain(Base64.getEncoder().encodeToString(key.bytes()))
                .doesNotContain(file.grants().getFirst().userNameHash())
                .doesNotContainIgnoringCase("zyxwvut");
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
