package de.lotse.app.cli;

import de.lotse.app.AppContext;
import de.lotse.app.Version;
import de.lotse.app.i18n.Messages;
import de.lotse.app.i18n.ProblemMessages;
import de.lotse.app.security.Login;
import de.lotse.app.settings.Settings;
import de.lotse.app.settings.SettingsFile;
import de.lotse.core.data.DataDirectory;
import de.lotse.core.log.Failures;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * The command line's root: {@code lotse COMMAND}. The launcher opens the window instead when it
 * is given only the window's options ({@code --data-dir}, {@code --no-demo} and the hidden
 * start-up probes of {@link Probe}), without picocli. Exit codes: 0 success, 1 failure (one line
 * on stderr), 2 wrong usage.
 */
@Command(name = "lotse", mixinStandardHelpOptions = true, versionProvider = LotseCommand.VersionProvider.class,
        description = "Lotse: the desktop client of a town's integration office. Without a command the window opens.",
        subcommands = {InfoCommand.class, PersonCommand.class, DuplicatesCommand.class, DemoCommand.class,
                ScreenshotsCommand.class, BackupCommand.class, RestoreCommand.class, BenchCommand.class,
                AgendaCommand.class, ShareCommand.class, SyncCommand.class, ConflictsCommand.class, InitCommand.class,
                UserCommand.class, OfficeCommand.class})
public final class LotseCommand implements Callable<Integer> {

    /** The data folder's option, which every command takes. */
    public static final String DATA_DIR = "--data-dir";
    /** The window's option against demo data on a first start. */
    public static final String NO_DEMO = "--no-demo";

    /** Made on first use: the log folder must be known before logging starts. */
    private static final class Log {
        private static final Logger LOG = LoggerFactory.getLogger(LotseCommand.class);
    }

    @Option(names = DATA_DIR, paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Data folder (default: LOTSE_HOME, else the per-user data folder).")
    private Path dataDir;

    /** Read by the launcher, not here: declared so that {@code --help} lists it and commands accept it. */
    @Option(names = NO_DEMO, description = "Do not fill an empty database with demo data on first start.")
    @SuppressWarnings("unused")
    private boolean noDemo;

    @Option(names = "--user", paramLabel = "NAME", scope = ScopeType.INHERIT,
            description = "Log in as NAME (default: LOTSE_USER, else asked). The password comes from "
                    + "LOTSE_PASSWORD, else it is asked on the terminal.")
    private String user;

    @Spec
    private CommandSpec spec;

    /** The process's environment, or the one a test gives. */
    private final Map<String, String> environment;

    private LotseCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    /** Runs the command line on the process's streams and returns the exit code. */
    public static int execute(String... args) {
        return execute(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), System.getenv(), args);
    }

    /** Runs the command line with {@code environment} for the process's, and returns the exit code. */
    public static int execute(PrintWriter out, PrintWriter err, Map<String, String> environment, String... args) {
        CommandLine commandLine = new CommandLine(new LotseCommand(Map.copyOf(environment)));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((failure, command, parseResult) -> {
            LotseCommand root = (LotseCommand) parseResult.commandSpec().root().userObject();
            if (failure instanceof CliRefusal refusal) {
                command.getErr().println(refusal.getMessage());
                command.getErr().flush();
                return 1;
            }
            Log.LOG.warn("Command failed: {}", Failures.describe(failure));
            command.getErr().println(ProblemMessages.describe(failure, root.messages()));
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

    /** A variable of the environment, or null. */
    String environment(String name) {
        return environment.get(name);
    }

    /** The user name to log in with: {@code --user}, else {@code LOTSE_USER}; null when neither gives one. */
    String userName() {
        String named = user != null ? user : environment(Secrets.USER_VARIABLE);
        return named == null || named.isBlank() ? null : named.strip();
    }

    /**
     * Logs in to the set-up folder of {@code login} with the user name and password of this run.
     *
     * @throws CliRefusal when they do not open it, or the name must wait after failures
     */
    AppContext logIn(Login login) {
        String name = Secrets.userName(this);
        char[] password = Secrets.read(this, Secrets.PASSWORD_VARIABLE, Secrets.Prompts.PASSWORD, false);
        Login.Outcome outcome;
        try {
            outcome = login.logIn(name, password);
        } finally {
            Arrays.fill(password, '\0');
        }
        return switch (outcome) {
            case Login.Outcome.LoggedIn in -> in.context();
            case Login.Outcome.Wait wait -> throw new CliRefusal(messages().get("cli.login.wait",
                    Math.max(1, wait.delay().toSeconds())));
            case Login.Outcome.WrongUserOrPassword wrong -> throw new CliRefusal(messages().get("login.wrong"));
            case Login.Outcome.Invalid invalid -> throw new IllegalStateException("a login without a new password");
        };
    }

    public Settings settings() {
        return new SettingsFile(dataDir()).load();
    }

    /** Texts in the language chosen in the settings. */
    public Messages messages() {
        return new Messages(settings().language());
    }

    /**
     * Without a command: the launcher opens the window for the window's options before picocli
     * reads them, so this is reached only through {@link #execute} (and from the launcher with
     * options it did not take, which picocli mostly refuses itself): wrong usage.
     */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Give each of the window's options once, or a command.");
    }

    /** The version from the build. */
    public static final class VersionProvider implements CommandLine.IVersionProvider {

        @Override
        public String[] getVersion() {
            return new String[] {"Lotse " + Version.current()};
        }
    }
}
