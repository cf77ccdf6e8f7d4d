package de.lotse.app.cli;

import de.lotse.app.TestLogin;
import de.lotse.app.security.Login;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/** One run of the command line in this process, on a data folder: its exit code and what it printed. */
record CliRun(int code, String out, String err) {

    /** The environment of a run as the tests' administrator ({@link TestLogin}). */
    static final Map<String, String> AS_ADMIN = Map.of(Secrets.USER_VARIABLE, TestLogin.ADMIN,
            Secrets.PASSWORD_VARIABLE, TestLogin.PASSWORD);

    /**
     * Runs {@code lotse --data-dir dataDir args…} as the tests' administrator; a new folder is set
     * up with them first.
     */
    static CliRun lotse(Path dataDir, String... args) {
        if (TestLogin.login(dataDir, Clock.systemDefaultZone()).state() == Login.State.NEW) {
            TestLogin.open(dataDir, Clock.systemDefaultZone()).close();
        }
        return lotse(AS_ADMIN, dataDir, args);
    }

    /** Runs {@code lotse --data-dir dataDir args…} with {@code environment}. */
    static CliRun lotse(Map<String, String> environment, Path dataDir, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = LotseCommand.DATA_DIR;
        all[1] = dataDir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int code = LotseCommand.execute(new PrintWriter(out), new PrintWriter(err), environment, all);
        return new CliRun(code, out.toString(), err.toString());
    }
}
