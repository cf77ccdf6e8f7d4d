package de.lotse.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Smoke-starts the packaged app-image (target/image/Lotse) as a user would: a real process, no JDK on
 * the PATH and no JAVA_HOME, so it can only run on the runtime inside the image.
 */
class AppImageIT {

    private static final Path IMAGE = Path.of(System.getProperty("lotse.image", "target/image/Lotse"));
    private static final Path LAUNCHER = IMAGE.resolve("bin/Lotse");
    private static final String APP_VERSION = System.getProperty("lotse.app.version", "0.1.0");
    private static final long TIMEOUT_SECONDS = 60;

    @TempDir
    Path temp;

    @Test
    void imageBringsItsOwnRuntime() {
        assertThat(LAUNCHER).isExecutable();
        assertThat(IMAGE.resolve("lib/runtime/lib/server/libjvm.so")).isRegularFile();
        assertThat(IMAGE.resolve("lib/runtime/release")).content().contains("JAVA_VERSION=\"25");
        assertThat(IMAGE.resolve("lib/fx")).isDirectoryContaining("glob:**/javafx-graphics-*-linux.jar");
    }

    @Test
    void javaFxIsOnTheModulePathOnly() {
        assertThat(IMAGE.resolve("lib/app/Lotse.cfg")).content()
                .contains("java-options=$APPDIR/../fx")
                .doesNotContainPattern("app\\.classpath=.*(javafx|controlsfx)");
    }

    /** The administrator's password of the folders the tests set up. */
    private static final Map<String, String> ADMIN = Map.of("LOTSE_USER", "admin",
            "LOTSE_PASSWORD", "Kastanienallee im Herbst");

    @Test
    void infoRunsOnTheBundledRuntimeWithoutDemoData() throws Exception {
        Path dataDir = Files.createDirectory(temp.resolve("data"));
        Run refused = launch(ADMIN, "--data-dir", dataDir.toString(), "info", "--json");
        assertThat(refused.exitCode()).as(refused.describe()).isEqualTo(1);
        assertThat(refused.stderr()).contains("lotse init --admin NAME");
        Run init = launch(ADMIN, "--data-dir", dataDir.toString(), "init", "--admin", "admin");
        assertThat(init.exitCode()).as(init.describe()).isZero();

        Run run = launch(ADMIN, "--data-dir", dataDir.toString(), "info", "--json");

        assertThat(run.exitCode()).as(run.describe()).isZero();
        JsonNode info = JsonMapper.builder().build().readTree(run.stdout());
        assertThat(info.path("schemaVersion").asString()).isEqualTo(de.lotse.persistence.Database.LATEST_SCHEMA);
        assertThat(info.path("deviceCode").asString()).hasSize(4);
        assertThat(Path.of(info.path("dataDir").asString()).toRealPath()).isEqualTo(dataDir.toRealPath());
        assertThat(info.path("counts").path("person").isNumber()).as(run.describe()).isTrue();
        assertThat(info.path("counts").path("person").asInt()).isZero();
    }

    @Test
    void windowOpensOnTheHeadlessPlatformWithoutDemoPersons() throws Exception {
        // The CLI never loads JavaFX; this start checks the module path and JVM flags of the image.
        Path dataDir = temp.resolve("data");

        // a probe sets a new folder up with the login it is given, as nobody is there to type
        Map<String, String> environment = new java.util.HashMap<>(ADMIN);
        environment.put("JAVA_TOOL_OPTIONS", "-Dglass.platform=Headless");
        Run window = launch(environment, "--data-dir", dataDir.toString(), "--startup-probe");

        assertThat(window.exitCode()).as(window.describe()).isZero();
        assertThat(window.stdout()).as(window.describe()).contains("LOTSE-FIRST-FRAME");
        Run info = launch(ADMIN, "--data-dir", dataDir.toString(), "info", "--json");
        assertThat(info.exitCode()).as(info.describe()).isZero();
        assertThat(JsonMapper.builder().build().readTree(info.stdout()).path("counts").path("person").asInt())
                .as("an installed copy gets no demo persons").isZero();
    }

    @Test
    void versionNamesTheAppVersion() throws Exception {
        Run run = launch("--version");

        assertThat(run.exitCode()).as(run.describe()).isZero();
        assertThat(run.stdout().strip()).startsWith("Lotse " + APP_VERSION);
    }

    private Run launch(String... args) throws IOException, InterruptedException {
        return launch(Map.of(), args);
    }

    private Run launch(Map<String, String> extraEnvironment, String... args) throws IOException, InterruptedException {
        Path out = temp.resolve("stdout.txt");
        Path err = temp.resolve("stderr.txt");
        var command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        // Nothing of the build's JDK may leak in: no JAVA_HOME, no JAVA_TOOL_OPTIONS, PATH without a JDK.
        var env = builder.environment();
        env.clear();
        env.put("PATH", "/usr/bin:/bin");
        env.put("HOME", Files.createDirectories(temp.resolve("home")).toString());
        env.putAll(extraEnvironment);

        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("Lotse did not finish within " + TIMEOUT_SECONDS + " s: " + command);
        }
        return new Run(command, process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private record Run(List<String> command, int exitCode, String stdout, String stderr) {
        String describe() {
            return String.join(" ", command) + "\nexit " + exitCode + "\nstdout:\n" + stdout + "\nstderr:\n" + stderr;
        }
    }
}
