package de.lotse.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.app.probe.ChildJvm;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A name planted in the register through the real program (child processes, as the launcher runs
 * them, logging to the data folder's {@code logs/}) is found in no file Lotse writes: not in the
 * database, its backups, the key file, the settings, the logs, nor on the share.
 */
class PlantedNameTest {

    private static final String FAMILY = "Qwyxzabrokt";
    private static final String GIVEN = "Plantedine";

    @TempDir
    Path folder;

    private String lotse(Path dataDir, String... args) throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        all.addAll(List.of(args));
        Path output = Files.createTempFile(folder, "child", ".txt");
        ProcessBuilder builder = new ProcessBuilder(ChildJvm.lotse(null, all.toArray(String[]::new)))
                .redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put("LOTSE_USER", "admin");
        builder.environment().put("LOTSE_PASSWORD", "Kastanienallee im Herbst");
        builder.environment().put("LOTSE_SHARE_PASSPHRASE", "Rathaus-Hagen-2026");
        Process child = builder.start();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String printed = Files.readString(output);
        Files.delete(output);
        return printed;
    }

    @Test
    void aPlantedNameIsInNoFileOfTheDataFolderTheLogsOrTheShare() throws Exception {
        Path dataDir = folder.resolve("office");
        Path share = Files.createDirectories(folder.resolve("share"));
        lotse(dataDir, "init", "--admin", "admin");
        lotse(dataDir, "user", "roles", "admin", "--role", "administrator,caseworker");
        String id = lotse(dataDir, "person", "add", "--family-name", FAMILY, "--given-name", GIVEN,
                "--birth-date", "1990", "--city", "Hagen").strip();
        assertThat(id).matches("[0-9a-f-]{36}");
        assertThat(lotse(dataDir, "person", "show", id, "--json")).contains(FAMILY);
        lotse(dataDir, "person", "update", id, "--birth-date", "kein Datum"); // refused: its message names no one
        lotse(dataDir, "person", "list", "--query", FAMILY);
        lotse(dataDir, "share", "init", "--share", share.toString(), "--name", "PC Empfang");
        lotse(dataDir, "sync");
        lotse(dataDir, "share", "snapshot");
        lotse(dataDir, "backup", "--out", dataDir.resolve("backups").resolve("planted.zip").toString());
        lotse(dataDir, "--user", "niemand", "info");

        List<Path> files;
        try (Stream<Path> all = Stream.concat(Files.walk(dataDir), Files.walk(share))) {
            files = all.filter(Files::isRegularFile).toList();
        }
        assertThat(files).as("the program wrote its files").anyMatch(file -> file.toString().endsWith(".log"))
                .anyMatch(file -> file.toString().endsWith("lotse.mv.db"))
                .anyMatch(file -> file.toString().endsWith("lotse.keys"))
                .anyMatch(file -> file.toString().endsWith(".batch"));
        for (Path file : files) {
            assertThat(file.toString()).doesNotContain(FAMILY);
            // bytes as Latin-1 characters, one each: a search of the text is a search of the bytes
            String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            for (String planted : List.of(FAMILY, GIVEN)) {
                for (Charset charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE,
                        StandardCharsets.UTF_16BE)) {
                    for (String form : List.of(planted, planted.toLowerCase(Locale.ROOT),
                            planted.toUpperCase(Locale.ROOT))) {
                        assertThat(bytes.indexOf(new String(form.getBytes(charset), StandardCharsets.ISO_8859_1)))
                                .as("%s in %s (%s)", form, file, charset).isNegative();
                    }
                }
            }
        }
    }
}
