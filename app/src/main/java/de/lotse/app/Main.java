package de.lotse.app;

import de.lotse.app.cli.AgendaCommand;
import de.lotse.app.cli.BackupCommand;
import de.lotse.app.cli.BenchCommand;
import de.lotse.app.cli.ConflictsCommand;
import de.lotse.app.cli.ShareCommand;
import de.lotse.app.cli.SyncCommand;
import de.lotse.app.cli.DemoCommand;
import de.lotse.app.cli.DuplicatesCommand;
import de.lotse.app.cli.InfoCommand;
import de.lotse.app.cli.PersonCommand;
import de.lotse.app.cli.RestoreCommand;
import de.lotse.app.cli.ScreenshotsCommand;
import de.lotse.app.i18n.Messages;
import de.lotse.app.i18n.ProblemMessages;
import de.lotse.app.settings.Settings;
import de.lotse.app.settings.SettingsFile;
import de.lotse.core.data.DataDirectory;
import de.lotse.core.log.Failures;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The one launcher with two faces: without a subcommand the window opens, with one it runs on the
 * command line. Exit codes: 0 success, 1 failure (one line on stderr), 2 wrong usage.
 */
@Command(name = "lotse", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Lotse: the desktop client of a town's integration office. Without a command the window opens.",
        subcommands = {InfoCommand.class, PersonCommand.class, DuplicatesCommand.class, DemoCommand.class,
                ScreenshotsCommand.class, BackupCommand.class, RestoreCommand.class, BenchCommand.class,
                AgendaCommand.class, ShareCommand.class, SyncCommand.class, ConflictsCommand.class})
public final class Main implements Callable<Integer> {

    /** Made on first use: the log folder must be known before logging starts. */
    private static final class Log {
        private static final Logger LOG = LoggerFactory.getLogger(Main.class);
    }

    /** Printed on stdout by the startup probes when the first frame with content is shown. */
    public static final String FIRST_FRAME_MARKER = "LOTSE-FIRST-FRAME";
    /** Printed on stdout by the window probe when the store is open and the figures counted. */
    public static final String STORE_READY_MARKER = "LOTSE-STORE-READY";

    @Option(names = WindowStart.DATA_DIR, paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Data folder (default: LOTSE_HOME, else the per-user data folder).")
    private Path dataDir;

    @Option(names = WindowStart.NO_DEMO, description = "Do not fill an empty database with demo data on first start.")
    private boolean noDemo;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = WindowStart.STARTUP_PROBE, hidden = true)
    private boolean startupProbe;

    @Option(names = WindowStart.BARE_WINDOW_PROBE, hidden = true)
    private boolean bareWindowProbe;

    @Option(names = WindowStart.STORE_PROBE, hidden = true)
    private boolean storeProbe;

    @Option(names = WindowStart.WINDOW_PROBE, hidden = true)
    private boolean windowProbe;

    public static void main(String[] args) {
        LogFolder.configure(args);
        Optional<WindowStart> window = WindowStart.of(args);
        System.exit(window.isPresent()
                ? window.get().run(new PrintWriter(System.err, true, StandardCharsets.UTF_8))
                : execute(args));
    }

    /** Runs the command line on the process's streams and returns the exit code. */
    public static int execute(String... args) {
        return execute(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
    }

    /** Runs the command line and returns the exit code. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((failure, command, parseResult) -> {
            Main main = (Main) parseResult.commandSpec().root().userObject();
            Log.LOG.warn("Command failed: {}", Failures.describe(failure));
            command.getErr().println(ProblemMessages.describe(failure, main.messages()));
            command.getErr().flush();
            return 1;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The data folder this run works on. */
    public Path dataDir() {
        return DataDirectory.resolve(Optional.ofNullable(dataDir));
    }

    public Settings settings() {
        return new SettingsFile(dataDir()).load();
    }

    /** Texts in the language chosen in the settings. */
    public Messages messages() {
        return new Messages(settings().language());
    }

    /** Reached only through {@link #execute}: {@link #main} starts the window without picocli. */
    @Override
    public Integer call() {
        WindowStart.Probe probe = startupProbe ? WindowStart.Probe.STARTUP
                : bareWindowProbe ? WindowStart.Probe.BARE_WINDOW
                : storeProbe ? WindowStart.Probe.STORE
                : windowProbe ? WindowStart.Probe.WINDOW : WindowStart.Probe.NONE;
        return new WindowStart(Optional.ofNullable(dataDir), noDemo, probe).run(spec.commandLine().getErr());
    }

    /** Linux needs an X11 or Wayland session unless JavaFX runs headless; Windows and macOS always have one. */
    public static boolean hasDisplay() {
        boolean linux = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux");
        return !linux || System.getProperty("glass.platform") != null || System.getenv("DISPLAY") != null
                || System.getenv("WAYLAND_DISPLAY") != null;
    }

    static void firstFrameShown() {
        probeDone();
        Platform.exit();
    }

    /** Tells the start-up benchmark that what it times is done. */
    static void probeDone() {
        System.out.println(FIRST_FRAME_MARKER);
        System.out.flush();
    }

    /** Tells the start-up benchmark that the window probe's store is ready. */
    static void storeReady() {
        System.out.println(STORE_READY_MARKER);
        System.out.flush();
    }

    /** The version from the build. */
    public static final class Version implements CommandLine.IVersionProvider {

        public static String current() {
            Properties properties = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            } catch (IOException e) {
                return "unknown";
            }
            return properties.getProperty("version", "unknown");
        }

        @Override
        public String[] getVersion() {
            return new String[] {"Lotse " + current()};
        }
    }
}
