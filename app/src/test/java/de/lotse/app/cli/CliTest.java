package de.lotse.app.cli;

import de.lotse.app.TestLogin;
import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.app.AppContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CliTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path elsewhere;

    private CliRun lotse(String... args) {
        return CliRun.lotse(dataDir, args);
    }

    private JsonNode info() {
        CliRun run = lotse("info", "--json");
        assertThat(run.code()).as(run.err()).isZero();
        return JsonMapper.builder().build().readTree(run.out());
    }

    @Test
    void infoDescribesTheDataFolder() {
        JsonNode info = info();
        assertThat(info.get("schemaVersion").asString()).isEqualTo(de.lotse.persistence.Database.LATEST_SCHEMA);
        assertThat(info.get("deviceId").asString()).matches("[0-9a-f-]{36}");
        assertThat(info.get("deviceCode").asString()).hasSize(4);
        assertThat(info.get("dataDir").asString()).isEqualTo(dataDir.toString());
        assertThat(info.get("counts").get("person").asLong()).isZero();
        assertThat(info().get("deviceId")).as("the identity stays").isEqualTo(info.get("deviceId"));
    }

    @Test
    void demoAddsReproduciblePersons() {
        CliRun demo = lotse("demo", "--persons", "50", "--seed", "3");
        assertThat(demo.code()).as(demo.err()).isZero();
        assertThat(demo.out()).startsWith("50 Personen in ");
        JsonNode counts = info().get("counts");
        assertThat(counts.get("person").asLong()).isEqualTo(50);
        assertThat(counts.get("household").asLong()).isPositive();
        assertThat(counts.get("change_log").asLong()).as("demo data goes through the write path")
                .isGreaterThanOrEqualTo(50 + counts.get("household").asLong());
    }

    @Test
    void wrongUsageExitsWithTwo() {
        assertThat(lotse("demo").code()).isEqualTo(2);
        assertThat(lotse("demo", "--persons", "0").code()).isEqualTo(2);
        assertThat(lotse("demo", "--persons", "many").code()).isEqualTo(2);
        assertThat(lotse("no-such-command").code()).isEqualTo(2);
        assertThat(lotse("restore").code()).isEqualTo(2);
    }

    @Test
    void failureExitsWithOneAndOneClearLineInGerman() throws Exception {
        Path notABackup = Files.writeString(elsewhere.resolve("liste.zip"), "kein zip");
        CliRun run = lotse("restore", notABackup.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("Die Datei " + notABackup
                + " ist keine Lotse-Sicherung. Es wurde nichts verändert.");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void runningInstanceIsNamedNotALockError() {
        try (AppContext running = TestLogin.open(dataDir, Clock.systemUTC())) {
            CliRun info = lotse("info");
            assertThat(info.code()).isEqualTo(1);
            assertThat(info.err()).contains("Lotse läuft bereits mit dem Datenordner " + dataDir)
                    .doesNotContain("Exception").doesNotContain("\tat ");
            CliRun restore = lotse("restore", elsewhere.resolve("x.zip").toString());
            assertThat(restore.code()).isEqualTo(1);
            assertThat(restore.err()).contains("läuft bereits");
        }
    }

    @Test
    void backupAndRestoreRoundTrip() {
        lotse("demo", "--persons", "20");
        Path zip = elsewhere.resolve("sicherung.zip");
        CliRun backup = lotse("backup", "--out", zip.toString());
        assertThat(backup.code()).as(backup.err()).isZero();
        lotse("demo", "--persons", "30", "--seed", "2");
        assertThat(info().get("counts").get("person").asLong()).isEqualTo(50);

        CliRun restore = lotse("restore", zip.toString());
        assertThat(restore.code()).as(restore.err()).isZero();
        assertThat(restore.out()).startsWith("Sicherung wiederhergestellt.");
        assertThat(info().get("counts").get("person").asLong()).isEqualTo(20);
    }

    @Test
    void aBackupOfAnotherInstallationIsRefusedBeforeAnythingIsReplaced() throws Exception {
        Path other = elsewhere.resolve("andere");
        CliRun.lotse(other, "demo", "--persons", "5");
        Path foreign = elsewhere.resolve("andere.zip");
        assertThat(CliRun.lotse(other, "backup", "--out", foreign.toString()).code()).isZero();
        lotse("demo", "--persons", "20");
        CliRun restore = lotse("restore", foreign.toString());

        assertThat(restore.code()).isEqualTo(1);
        assertThat(restore.err().strip()).contains("gehört nicht zu dieser Installation").contains("nichts verändert")
                .doesNotContain("\n");
        assertThat(dataDir.resolve(de.lotse.persistence.Database.BACKUP_FOLDER)).as("nothing was swapped, so nothing kept")
                .doesNotExist();
        assertThat(info().get("counts").get("person").asLong()).isEqualTo(20);
    }

    @Test
    void personLifecycleOnTheCommandLine() {
        CliRun add = lotse("person", "add", "--family-name", "Özdemir", "--given-name", "Ayşe", "--birth-date", "03.1985",
                "--sex", "f", "--nationality", "TR", "--nationality", "de", "--postal-code", "58095", "--city", "Hagen");
        assertThat(add.code()).as(add.err()).isZero();
        String id = add.out().strip();
        assertThat(id).as("add prints only the new id").matches("[0-9a-f-]{36}");

        JsonNode shown = JsonMapper.builder().build().readTree(lotse("person", "show", id, "--json").out());
        assertThat(shown.get("familyName").asString()).isEqualTo("Özdemir");
        assertThat(shown.get("birthDate").asString()).isEqualTo("1985-03");
        assertThat(shown.get("nationalities").toString()).isEqualTo("[\"DE\",\"TR\"]");

        assertThat(lotse("person", "update", id, "--email", "ayse@example.org", "--city", "").code()).isZero();
        JsonNode updated = JsonMapper.builder().build().readTree(lotse("person", "show", id, "--json").out());
        assertThat(updated.get("email").asString()).isEqualTo("ayse@example.org");
        assertThat(updated.get("city").isNull()).isTrue();
        assertThat(updated.get("postalCode").asString()).as("untouched").isEqualTo("58095");

        CliRun variant = lotse("person", "add", "--family-name", "Oezdemir", "--given-name", "Ayse", "--birth-date", "1985");
        assertThat(variant.code()).isZero();
        assertThat(variant.err()).contains("möglicherweise dieselbe Person wie " + id);
        JsonNode found = JsonMapper.builder().build().readTree(lotse("person", "list", "--query", "ayse ozdemir",
                "--json").out());
        assertThat(found).hasSize(2);
        JsonNode pairs = JsonMapper.builder().build().readTree(lotse("duplicates", "--json").out());
        assertThat(pairs).hasSize(1);
        assertThat(pairs.get(0).get("score").asDouble()).isBetween(0.85, 1.0);

        assertThat(lotse("person", "delete", id).code()).isZero();
        CliRun again = lotse("person", "delete", id);
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err().strip()).isEqualTo("Keine Person mit der ID " + id + ".");
    }

    @Test
    void duplicatesFoundOnTheCommandLineAreMergedAndTheMergeIsRecorded() {
        String first = lotse("person", "add", "--family-name", "Al-Hassan", "--given-name", "Mohammed",
                "--birth-date", "1988", "--nationality", "SY").out().strip();
        String second = lotse("person", "add", "--family-name", "Alhasan", "--given-name", "Muhammad",
                "--birth-date", "02.04.1988", "--nationality", "SY", "--phone", "0170 1234567").out().strip();
        JsonNode pair = JsonMapper.builder().build().readTree(lotse("duplicates", "--json").out()).get(0);
        assertThat(java.util.Set.of(pair.get("first").asString(), pair.get("second").asString()))
                .containsExactlyInAnyOrder(first, second);

        CliRun merge = lotse("person", "merge", first, second, "--json");
        assertThat(merge.code()).as(merge.err()).isZero();
        JsonNode record = JsonMapper.builder().build().readTree(merge.out());
        assertThat(record.get("survivor").asString()).isEqualTo(first);
        assertThat(record.get("mergedName").asString()).isEqualTo("Alhasan, Muhammad");

        JsonNode kept = JsonMapper.builder().build().readTree(lotse("person", "show", first, "--json").out());
        assertThat(kept.get("birthDate").asString()).as("the more precise date").isEqualTo("1988-04-02");
        assertThat(kept.get("phone").asString()).isEqualTo("0170 1234567");
        assertThat(kept.get("otherNames").toString()).contains("Alhasan, Muhammad");
        assertThat(lotse("person", "show", second).code()).isEqualTo(1);
        assertThat(JsonMapper.builder().build().readTree(lotse("duplicates", "--json").out())).isEmpty();
        assertThat(JsonMapper.builder().build().readTree(lotse("person", "merges").out())).hasSize(1);
        assertThat(lotse("person", "merge", first, first).code()).isEqualTo(2);
    }

    @Test
    void badPersonInputSavesNothing() {
        CliRun invalid = lotse("person", "add", "--given-name", "X", "--birth-date", "01.01.2030", "--nationality", "XY");
        assertThat(invalid.code()).isEqualTo(1);
        assertThat(invalid.err().strip()).isEqualTo("Familienname: bitte ausfüllen; Geburtsdatum: liegt in der Zukunft;"
                + " Staatsangehörigkeit: „XY“ ist kein Ländercode nach ISO 3166 (z. B. SY, UA, DE)");
        assertThat(lotse("person", "add", "--family-name", "A", "--birth-date", "31.02.1990").code()).isEqualTo(2);
        assertThat(lotse("person", "add", "--family-name", "A", "--sex", "q").code()).isEqualTo(2);
        assertThat(lotse("person", "show", "not-an-id").code()).isEqualTo(2);
        assertThat(info().get("counts").get("person").asLong()).isZero();
    }

    @Test
    void versionAndHelp() {
        CliRun version = lotse("--version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).startsWith("Lotse ");
        CliRun help = lotse("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("info", "demo", "screenshots", "backup", "restore");
    }

    @Test
    void screenshotsRenderEveryMainView() throws Exception {
        lotse("demo", "--persons", "40");
        Path out = elsewhere.resolve("shots");
        CliRun run = lotse("screenshots", "--out", out.toString(), "--width", "1000", "--height", "700");
        assertThat(run.code()).as(run.err()).isZero();
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("01-start.png", "02-persons.png", "03-agenda.png", "04-admin.png");
        }
        var image = javax.imageio.ImageIO.read(out.resolve("01-start.png").toFile());
        assertThat(image.getWidth()).isEqualTo(1000);
        assertThat(image.getHeight()).isEqualTo(700);
    }
}
