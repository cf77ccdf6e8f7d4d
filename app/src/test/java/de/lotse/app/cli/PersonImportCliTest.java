package de.lotse.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code lotse person import} against a real data folder, as {@link CliTest} does for the other commands. */
class PersonImportCliTest {

    private static final String MAP = "Nachname=familyName,Vorname=givenName,Geburtsdatum=birthDate,"
            + "Geschlecht=sex,Staatsangehörigkeit=nationality,PLZ=postalCode,Ort=city";
    private static final String HEADER = "Nachname;Vorname;Geburtsdatum;Geschlecht;Staatsangehörigkeit;PLZ;Ort\n";
    /** Three persons, the one on line 3 born on a day that does not exist. */
    private static final String ONE_BAD = HEADER
            + "Müller;Anna;07.03.1990;w;DE;58095;Hagen\n"
            + "Schmidt;Jonas;31.02.1991;m;DE;;\n"
            + "Petrenko;Olena;2001;f;UA|PL;;\n";

    @TempDir
    Path dataDir;
    @TempDir
    Path elsewhere;

    private CliRun lotse(String... args) {
        return CliRun.lotse(dataDir, args);
    }

    private Path csv(String text, Charset charset) throws Exception {
        return Files.write(elsewhere.resolve("personen.csv"), text.getBytes(charset));
    }

    private CliRun importing(Path csv, String... options) {
        String[] args = new String[options.length + 6];
        args[0] = "person";
        args[1] = "import";
        args[2] = "--csv";
        args[3] = csv.toString();
        args[4] = "--map";
        args[5] = MAP;
        System.arraycopy(options, 0, args, 6, options.length);
        return lotse(args);
    }

    private long count(String table) {
        CliRun info = lotse("info", "--json");
        assertThat(info.code()).as(info.err()).isZero();
        return JsonMapper.builder().build().readTree(info.out()).get("counts").get(table).asLong();
    }

    private static JsonNode json(CliRun run) {
        return JsonMapper.builder().build().readTree(run.out());
    }

    @Test
    void oneBadRowImportsNothing() throws Exception {
        long changes = count("change_log"); // the set-up's account
        CliRun run = importing(csv(ONE_BAD, StandardCharsets.UTF_8));

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("Zeile 3: Geburtsdatum: als TT.MM.JJJJ, MM.JJJJ oder JJJJ eingeben")
                .doesNotContain("Zeile 2").doesNotContain("Zeile 4");
        assertThat(run.err().strip()).startsWith("Nichts importiert: eine fehlerhafte Zeile.").doesNotContain("\n");
        assertThat(count("person")).isZero();
        assertThat(count("change_log")).isEqualTo(changes);
    }

    @Test
    void skipBadImportsTheGoodRowsAndStillReportsTheBad() throws Exception {
        CliRun run = importing(csv(ONE_BAD, StandardCharsets.UTF_8), "--skip-bad", "--json");

        assertThat(run.code()).as(run.err()).isZero();
        JsonNode report = json(run);
        assertThat(report.get("imported").asInt()).isEqualTo(2);
        assertThat(report.get("dryRun").asBoolean()).isFalse();
        assertThat(report.get("bad")).hasSize(1);
        assertThat(report.get("bad").get(0).get("line").asInt()).isEqualTo(3);
        assertThat(report.get("bad").get(0).get("reason").asString()).startsWith("Geburtsdatum: ");
        assertThat(report.get("duplicates")).isEmpty();
        assertThat(count("person")).isEqualTo(2);
        assertThat(count("person_nationality")).isEqualTo(3);

        JsonNode petrenko = json(lotse("person", "list", "--query", "Olena Petrenko", "--json")).get(0);
        assertThat(petrenko.get("birthDate").asString()).isEqualTo("2001");
        assertThat(petrenko.get("nationalities").toString()).isEqualTo("[\"PL\",\"UA\"]");
    }

    @Test
    void dryRunChecksAndReportsButWritesNothing() throws Exception {
        Path good = csv(HEADER + "Müller;Anna;07.03.1990;w;DE;58095;Hagen\nWeber;Lena;1985;;;;\n",
                StandardCharsets.UTF_8);

        long changes = count("change_log"); // the set-up's account
        CliRun run = importing(good, "--dry-run");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out().strip()).isEqualTo("Probelauf, nichts gespeichert: 2 Personen würden importiert.");
        assertThat(count("person")).isZero();
        assertThat(count("change_log")).isEqualTo(changes);

        CliRun bad = importing(csv(ONE_BAD, StandardCharsets.UTF_8), "--dry-run", "--json");
        assertThat(bad.code()).as("a dry run finding bad rows fails like the import would").isEqualTo(1);
        assertThat(json(bad).get("dryRun").asBoolean()).isTrue();
        assertThat(json(bad).get("imported").asInt()).isZero();
        assertThat(json(bad).get("good").asInt()).isEqualTo(2);
        assertThat(count("person")).isZero();
    }

    @Test
    void likelyDuplicatesInTheRegisterAndInTheFileAreReported() throws Exception {
        CliRun add = lotse("person", "add", "--family-name", "Özdemir", "--given-name", "Ayşe", "--birth-date", "03.1985",
                "--sex", "f");
        String stored = add.out().strip();
        Path file = csv(HEADER
                + "Oezdemir;Ayse;1985;f;TR;;\n"
                + "Nowak;Jan;12.05.1978;m;PL;;\n"
                + "Schulz;Petra;1960;f;DE;;\n"
                + "Nowak;Jan;12.05.1978;m;PL;;\n", StandardCharsets.UTF_8);

        CliRun human = importing(file, "--dry-run");
        assertThat(human.code()).as(human.err()).isZero();
        assertThat(human.out()).contains("Zeile 2: möglicherweise dieselbe Person wie " + stored + " (Übereinstimmung ")
                .contains("Zeile 5: möglicherweise dieselbe Person wie in Zeile 3 (Übereinstimmung 1.00)")
                .contains("2 mögliche Dubletten");

        CliRun run = importing(file, "--json");

        assertThat(run.code()).as(run.err()).isZero();
        JsonNode duplicates = json(run).get("duplicates");
        assertThat(duplicates).hasSize(2);
        assertThat(duplicates.get(0).get("line").asInt()).isEqualTo(2);
        assertThat(duplicates.get(0).get("id").asString()).isEqualTo(stored);
        assertThat(duplicates.get(0).get("score").asDouble()).isBetween(0.85, 1.0);
        assertThat(duplicates.get(1).get("line").asInt()).isEqualTo(5);
        assertThat(duplicates.get(1).get("otherLine").asInt()).isEqualTo(3);
        assertThat(json(run).get("imported").asInt()).as("duplicates are reported, not refused").isEqualTo(4);

    }

    @Test
    void windows1252WithCommasAndQuotedLineBreaks() throws Exception {
        Path file = csv("Nachname,Vorname,Geburtsdatum,Geschlecht,Staatsangehörigkeit,PLZ,Ort\r\n"
                + "Müller,Jürgen,1970,m,DE,58095,\"Hagen\r\n(Westf.)\"\r\n"
                + "Groß,Bärbel,1.1.1900,w,XX,,Lüdenscheid\r\n", Charset.forName("windows-1252"));

        CliRun run = importing(file, "--skip-bad");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Zeile 4: Staatsangehörigkeit: „XX“ ist kein Ländercode")
                .contains("Eine Person importiert, eine fehlerhafte Zeile übersprungen.");
        JsonNode found = json(lotse("person", "list", "--query", "Jürgen Müller", "--json"));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("familyName").asString()).isEqualTo("Müller");
    }

    @Test
    void wrongUsageExitsWithTwoAndOneClearLine() throws Exception {
        Path file = csv(ONE_BAD, StandardCharsets.UTF_8);

        CliRun unknownField = lotse("person", "import", "--csv", file.toString(), "--map", "Nachname=surname");
        assertThat(unknownField.code()).isEqualTo(2);
        assertThat(unknownField.err().lines().findFirst().orElseThrow())
                .isEqualTo("--map: „surname“ ist kein Feld; möglich sind familyName, givenName, birthDate, sex, "
                        + "nationality, phone, email, street, postalCode, city.");
        CliRun unknownColumn = lotse("person", "import", "--csv", file.toString(), "--map", "Name=familyName");
        assertThat(unknownColumn.code()).isEqualTo(2);
        assertThat(unknownColumn.err()).startsWith("--map: Die Spalte „Name“ steht nicht in der Kopfzeile (Nachname, ");
        assertThat(lotse("person", "import", "--csv", file.toString()).code()).as("no --map").isEqualTo(2);
        assertThat(lotse("person", "import", "--csv", file.toString(), "--map", "Nachname").code()).isEqualTo(2);
        assertThat(lotse("person", "import", "--csv", file.toString(), "--map", "Vorname=givenName").code())
                .as("no family name").isEqualTo(2);

        Path missing = elsewhere.resolve("fehlt.csv");
        CliRun run = importing(missing);
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("Die Datei " + missing + " gibt es nicht.");
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(count("person")).isZero();
    }
}
