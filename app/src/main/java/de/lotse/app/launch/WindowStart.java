package de.lotse.app.launch;

import de.lotse.app.AppContext;
import de.lotse.app.cli.LotseCommand;
import de.lotse.app.cli.Probe;
import de.lotse.app.i18n.Messages;
import de.lotse.app.probe.BareWindow;
import de.lotse.app.security.Login;
import de.lotse.app.settings.Settings;
import de.lotse.app.settings.SettingsFile;
import de.lotse.app.window.LotseWindow;
import de.lotse.app.window.Toolkit;
import de.lotse.app.window.Workplace;
import de.lotse.core.data.DataDirectory;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A start of the window. A command line of only the window's options is read here rather than by
 * picocli, whose model of every command would delay the first frame by a tenth of a second; the
 * options are documented by {@link LotseCommand}.
 */
record WindowStart(Optional<Path> dataDir, boolean noDemo, Probe probe) {

    static final String DATA_DIR = LotseCommand.DATA_DIR;
    static final String NO_DEMO = LotseCommand.NO_DEMO;

    /** The window's start when {@code args} hold only its options, else empty (picocli takes them). */
    static Optional<WindowStart> of(String... args) {
        Path dataDir = null;
        boolean noDemo = false;
        Probe probe = Probe.NONE;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            Optional<Probe> named = probe == Probe.NONE ? Probe.named(arg) : Optional.empty();
            if (arg.equals(DATA_DIR) && i + 1 < args.length && dataDir == null) {
                dataDir = Path.of(args[++i]);
            } else if (arg.startsWith(DATA_DIR + "=") && dataDir == null) {
                dataDir = Path.of(arg.substring(DATA_DIR.length() + 1));
            } else if (arg.equals(NO_DEMO)) {
                noDemo = true;
            } else if (named.isPresent()) {
                probe = named.get();
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new WindowStart(Optional.ofNullable(dataDir), noDemo, probe));
    }

    /** Shows the window until it is closed; returns the exit code. */
    int run(PrintWriter err) {
        if (probe == Probe.BARE_WINDOW) {
            BareWindow.show(Probe::done);
            return 0;
        }
        Path folder = DataDirectory.resolve(dataDir);
        LotseWindow.ProbeLogin probeLogin = probe == Probe.NONE ? null : probeLogin();
        // the start-up probe goes through the login screen as a person would: it types there
        Workplace.LoginTyping typing = probe == Probe.STARTUP ? new Workplace.LoginTyping(probeLogin.userName(),
                probeLogin.password(), Probe::loginScreenShown, Probe::passwordSubmitted, Probe::passwordAccepted) : null;
        if (probe == Probe.STORE) {
            LotseWindow.Opening opening = LotseWindow.Opening.start(folder, false, probeLogin, false);
            if (opening.entrance().join() instanceof LotseWindow.Entrance.Open open) {
                try (AppContext context = open.context()) {
                    open.figures().join();
                    Probe.done();
                }
            }
            return 0;
        }
        if (!Toolkit.hasDisplay()) {
            err.println(new Messages(new SettingsFile(folder).load().language()).get("problem.noDisplay"));
            err.flush();
            return 1;
        }
        boolean demo = !noDemo && Boolean.parseBoolean(System.getProperty("lotse.demoOnFirstStart", "true"));
        // the store opens on a second core while the settings are read and the toolkit starts
        LotseWindow.Opening opening = LotseWindow.Opening.start(folder, demo, probeLogin, typing != null);
        Settings settings = new SettingsFile(folder).load();
        if (probe == Probe.WINDOW) {
            // a failure is shown by the window as usual
            opening.entrance().thenCompose(entrance -> entrance instanceof LotseWindow.Entrance.Open open
                    ? open.figures() : CompletableFuture.completedFuture(null)).handle((figures, failure) -> null).join();
            Probe.storeReady();
        }
        boolean opened = LotseWindow.show(new LotseWindow.Launch(folder, settings, opening,
                probe == Probe.NONE ? null : Probe::done, typing));
        return opened ? 0 : 1;
    }

    /**
     * A probe's login: {@code LOTSE_USER} and {@code LOTSE_PASSWORD}, else the demo's
     * administrator. Only probes log in by themselves.
     */
    private static LotseWindow.ProbeLogin probeLogin() {
        String user = System.getenv("LOTSE_USER");
        String password = System.getenv("LOTSE_PASSWORD");
        return new LotseWindow.ProbeLogin(user == null || user.isBlank() ? Login.DEMO_ACCOUNTS.getFirst().userName()
                : user.strip(), (password == null || password.isEmpty() ? Login.DEMO_PASSWORD : password).toCharArray());
    }
}
