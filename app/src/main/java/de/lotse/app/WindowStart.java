package de.lotse.app;

import de.lotse.app.feature.start.StartViewModel;
import de.lotse.app.i18n.Messages;
import de.lotse.app.settings.Settings;
import de.lotse.app.settings.SettingsFile;
import de.lotse.core.data.DataDirectory;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * A start of the window. A command line of only the window's options is read here rather than by
 * picocli, whose model of every command would delay the first frame by a tenth of a second; the
 * options are the same as {@link Main}'s, which documents them.
 */
record WindowStart(Optional<Path> dataDir, boolean noDemo, Probe probe) {

    static final String DATA_DIR = "--data-dir";
    static final String NO_DEMO = "--no-demo";
    static final String STARTUP_PROBE = "--startup-probe";
    static final String BARE_WINDOW_PROBE = "--bare-window-probe";
    static final String STORE_PROBE = "--store-probe";
    static final String WINDOW_PROBE = "--window-probe";

    /** What the start-up benchmark times; each prints {@link Main#FIRST_FRAME_MARKER} when done and ends. */
    enum Probe {
        /** No probe: the window stays until it is closed. */
        NONE(null),
        /** Lotse's window, until its first frame with the Start view's figures. */
        STARTUP(STARTUP_PROBE),
        /** A bare JavaFX window, until its first frame: the yardstick. */
        BARE_WINDOW(BARE_WINDOW_PROBE),
        /** No window: the store opened and the Start view's figures counted, Lotse's least work before its frame. */
        STORE(STORE_PROBE),
        /**
         * Lotse's window with the store's work done first: prints {@link Main#STORE_READY_MARKER} once
         * the store is open and the figures counted, before the toolkit starts, so that the time
         * between the two markers is the window's own part, with nothing to wait for.
         */
        WINDOW(WINDOW_PROBE);

        final String option;

        Probe(String option) {
            this.option = option;
        }
    }

    /** The window's start when {@code args} hold only its options, else empty (picocli takes them). */
    static Optional<WindowStart> of(String... args) {
        Path dataDir = null;
        boolean noDemo = false;
        Probe probe = Probe.NONE;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            Optional<Probe> named = probe == Probe.NONE ? probeNamed(arg) : Optional.empty();
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

    private static Optional<Probe> probeNamed(String arg) {
        for (Probe probe : Probe.values()) {
            if (arg.equals(probe.option)) {
                return Optional.of(probe);
            }
        }
        return Optional.empty();
    }

    /** Shows the window until it is closed; returns the exit code. */
    int run(PrintWriter err) {
        if (probe == Probe.BARE_WINDOW) {
            BareWindow.launch(Main::firstFrameShown);
            return 0;
        }
        Path folder = DataDirectory.resolve(dataDir);
        if (probe == Probe.STORE) {
            try (AppContext context = AppContext.open(folder, Clock.systemDefaultZone())) {
                context.overview().figures(context.today(), StartViewModel.TOP_NATIONALITIES);
                Main.probeDone();
            }
            return 0;
        }
        if (!Main.hasDisplay()) {
            err.println(new Messages(new SettingsFile(folder).load().language()).get("problem.noDisplay"));
            err.flush();
            return 1;
        }
        boolean demo = !noDemo && Boolean.parseBoolean(System.getProperty("lotse.demoOnFirstStart", "true"));
        // the store opens on a second core while the settings are read and the toolkit starts
        LotseApp.Opening opening = LotseApp.Opening.start(folder, demo);
        Settings settings = new SettingsFile(folder).load();
        if (probe == Probe.WINDOW) {
            opening.figures().handle((figures, failure) -> null).join(); // a failure is shown by the window as usual
            Main.storeReady();
        }
        boolean opened = LotseApp.launch(new LotseApp.Launch(folder, settings, opening,
                probe == Probe.NONE ? null : Main::firstFrameShown));
        return opened ? 0 : 1;
    }
}
