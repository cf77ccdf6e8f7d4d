package de.lotse.app.launch;

import de.lotse.app.TestLogin;
import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.app.AppContext;
import de.lotse.app.cli.LotseCommand;
import de.lotse.app.cli.Probe;
import de.lotse.app.probe.ChildJvm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowStartTest {

    @TempDir
    Path dataDir;

    @Test
    void onlyTheWindowsOwnOptionsStartTheWindowWithoutPicocli() {
        assertThat(WindowStart.of()).contains(new WindowStart(Optional.empty(), false, Probe.NONE));
        assertThat(WindowStart.of("--data-dir", "/x", "--no-demo"))
                .contains(new WindowStart(Optional.of(Path.of("/x")), true, Probe.NONE));
        assertThat(WindowStart.of("--data-dir=/x", "--startup-probe"))
                .contains(new WindowStart(Optional.of(Path.of("/x")), false, Probe.STARTUP));
        assertThat(WindowStart.of("--bare-window-probe"))
                .contains(new WindowStart(Optional.empty(), false, Probe.BARE_WINDOW));
        assertThat(WindowStart.of("--store-probe", "--data-dir", "/x"))
                .contains(new WindowStart(Optional.of(Path.of("/x")), false, Probe.STORE));
        assertThat(WindowStart.of("--window-probe"))
                .contains(new WindowStart(Optional.empty(), false, Probe.WINDOW));
        // a command, help, an unknown option, a missing or repeated folder: picocli answers
        assertThat(WindowStart.of("--data-dir", "/x", "info")).isEmpty();
        assertThat(WindowStart.of("--help")).isEmpty();
        assertThat(WindowStart.of("--version")).isEmpty();
        assertThat(WindowStart.of("--no-dem")).isEmpty();
        assertThat(WindowStart.of("--data-dir")).isEmpty();
        assertThat(WindowStart.of("--data-dir", "/x", "--data-dir", "/y")).isEmpty();
        assertThat(WindowStart.of("--startup-probe", "--store-probe")).isEmpty();
    }

    @Test
    void windowOptionsThatAreNoWindowStartAreWrongUsage() {
        var err = new java.io.StringWriter();
        int code = LotseCommand.execute(new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(err),
                java.util.Map.of(), "--data-dir", dataDir.toString(), "--data-dir", dataDir.toString());
        assertThat(code).isEqualTo(2);
        code = LotseCommand.execute(new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(err),
                java.util.Map.of(), "--no-demo");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("Give each of the window's options once, or a command.");
    }

    @Test
    void childrenStartTheLaunchersEntryPoint() {
        assertThat(ChildJvm.MAIN_CLASS).isEqualTo(Main.class.getName());
        assertThat(ChildJvm.lotse(null, "info")).containsSequence(Main.class.getName(), "info");
    }

    @Test
    void aFirstStartFillsTheRegisterWithDemoDataAndShowsItsFigures() throws Exception {
        String printed = startUntilTheFiguresShow("--data-dir", dataDir.toString(), "--startup-probe");

        assertThat(printed).as("the start-up probe types at the login screen, as a person would")
                .containsSubsequence(Probe.LOGIN_SCREEN_MARKER, Probe.PASSWORD_SUBMITTED_MARKER,
                        Probe.PASSWORD_ACCEPTED_MARKER, Probe.FIRST_FRAME_MARKER);

        try (AppContext context = TestLogin.open(dataDir, Clock.systemDefaultZone())) {
            assertThat(context.persons().countPersons()).isEqualTo(AppContext.FIRST_START_DEMO_PERSONS);
        }
    }

    @Test
    void withoutDemoDataTheEmptyRegistersFiguresShow() throws Exception {
        String printed = startUntilTheFiguresShow("--data-dir", dataDir.toString(), "--no-demo", "--startup-probe");
        // a second start finds the folder locked: the probe logs in at the login screen
        String again = startUntilTheFiguresShow("--data-dir", dataDir.toString(), "--no-demo", "--startup-probe");

        for (String run : List.of(printed, again)) {
            assertThat(run).containsSubsequence(Probe.LOGIN_SCREEN_MARKER, Probe.PASSWORD_ACCEPTED_MARKER,
                    Probe.FIRST_FRAME_MARKER);
        }

        try (AppContext context = TestLogin.open(dataDir, Clock.systemDefaultZone())) {
            assertThat(context.persons().countPersons()).isZero();
        }
    }

    @Test
    void theStoreProbeOpensTheStoreAndCountsWithoutAWindow() throws Exception {
        startUntilTheFiguresShow("--data-dir", dataDir.toString(), "--store-probe");

        try (AppContext context = TestLogin.open(dataDir, Clock.systemDefaultZone())) {
            assertThat(context.schemaVersion()).isEqualTo(de.lotse.persistence.Database.LATEST_SCHEMA);
            assertThat(context.persons().countPersons()).as("a probe loads no demo data").isZero();
        }
    }

    @Test
    void theWindowProbeHasTheStoreReadyBeforeTheToolkitStartsThenShowsTheMainWindow() throws Exception {
        String printed = startUntilTheFiguresShow("--data-dir", dataDir.toString(), "--window-probe");

        assertThat(printed.indexOf(Probe.STORE_READY_MARKER)).as(printed)
                .isNotNegative().isLessThan(printed.indexOf(Probe.FIRST_FRAME_MARKER));
        try (AppContext context = TestLogin.open(dataDir, Clock.systemDefaultZone())) {
            assertThat(context.persons().countPersons()).isEqualTo(AppContext.FIRST_START_DEMO_PERSONS);
        }
    }

    /**
     * Starts the window in a child process; the probe prints its marker once the first frame with
     * the Start view's figures has been rendered, then closes the window and the store. Returns what
     * the child printed.
     */
    private String startUntilTheFiguresShow(String... args) throws IOException, InterruptedException {
        Path output = Files.createTempFile(dataDir.getParent(), "window", ".log");
        ProcessBuilder builder = new ProcessBuilder(ChildJvm.lotse(null, args)).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        // a probe logs in by itself, as the tests' administrator: a new folder is set up with it
        builder.environment().put("LOTSE_USER", TestLogin.ADMIN);
        builder.environment().put("LOTSE_PASSWORD", TestLogin.PASSWORD);
        Process child = builder.start();
        try {
            assertThat(child.waitFor(90, TimeUnit.SECONDS)).as("the window closed after its first frame").isTrue();
            String printed = Files.readString(output, StandardCharsets.UTF_8);
            assertThat(printed).contains(Probe.FIRST_FRAME_MARKER);
            assertThat(child.exitValue()).as(printed).isZero();
            return printed;
        } finally {
            child.destroyForcibly();
        }
    }
}
