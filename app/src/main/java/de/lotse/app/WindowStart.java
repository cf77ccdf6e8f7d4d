package de.lotse.app;

import de.lotse.app.i18n.Messages;
import de.lotse.app.settings.Settings;
import de.lotse.app.settings.SettingsFile;
import de.lotse.core.data.DataDirectory;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A start of the window. A command line of only the window's options is read here rather than by
 * picocli, whose model of every command would delay the first frame by a tenth of a second; the
 * options are the same as {@link Main}'s, which documents them.
 */
record WindowStart(Optional<Path> dataDir, boolean noDemo, boolean startupProbe, boolean bareWindowProbe) {

    static final String DATA_DIR = "--data-dir";
    static final String NO_DEMO = "--no-demo";
    static final String STARTUP_PROBE = "--startup-probe";
    static final String BARE_WINDOW_PROBE = "--bare-window-probe";

    /** The window's start when {@code args} hold only its options, else empty (picocli takes them). */
    static Optional<WindowStart> of(String... args) {
        Path dataDir = null;
        boolean noDemo = false;
        boolean startupProbe = false;
        boolean bareWindowProbe = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals(DATA_DIR) && i + 1 < args.length && dataDir == null) {
                dataDir = Path.of(args[++i]);
            } else if (arg.startsWith(DATA_DIR + "=") && dataDir == null) {
                dataDir = Path.of(arg.substring(DATA_DIR.length() + 1));
            } else if (arg.equals(NO_DEMO)) {
                noDemo = true;
            } else if (arg.equals(STARTUP_PROBE)) {
                startupProbe = true;
            } else if (arg.equals(BARE_WINDOW_PROBE)) {
                bareWindowProbe = true;
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new WindowStart(Optional.ofNullable(dataDir), noDemo, startupProbe, bareWindowProbe));
    }

    /** Shows the window until it is closed; returns the exit code. */
    int run(PrintWriter err) {
        if (bareWindowProbe) {
            BareWindow.launch(Main::firstFrameShown);
            return 0;
        }
        Path folder = DataDirectory.resolve(dataDir);
        if (!Main.hasDisplay()) {
            err.println(new Messages(new SettingsFile(folder).load().language()).get("problem.noDisplay"));
            err.flush();
            return 1;
        }
        boolean demo = !noDemo && Boolean.parseBoolean(System.getProperty("lotse.demoOnFirstStart", "true"));
        // the store opens on a second core while the settings are read and the toolkit starts
        LotseApp.Opening opening = LotseApp.Opening.start(folder, demo);
        Settings settings = new SettingsFile(folder).load();
        boolean opened = LotseApp.launch(new LotseApp.Launch(folder, settings, opening,
                startupProbe ? Main::firstFrameShown : null));
        return opened ? 0 : 1;
    }
}
