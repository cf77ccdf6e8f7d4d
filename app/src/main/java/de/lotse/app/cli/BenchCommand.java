package de.lotse.app.cli;

import de.lotse.app.AppContext;
import de.lotse.app.probe.ChildJvm;
import de.lotse.app.security.Login;
import de.lotse.core.data.FileTrees;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lotse bench startup}: time from process start to the first frame. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks.",
        subcommands = {BenchCommand.Startup.class, SearchBenchmark.class, DuplicatesBenchmark.class,
                SyncBenchmark.class, EncryptionBenchmark.class})
public final class BenchCommand {

    /**
     * Starts Lotse as a child process on a data folder with N demo persons and measures, from
     * process start to the first frame of the main window with the Start view's figures shown; then
     * the same for a bare JavaFX window on the same JVM flags. Two more probes split Lotse's time:
     * the store alone (opened and the figures counted, no window), and the window alone (from the
     * store ready, before the toolkit starts, to the first frame).
     */
    @Command(name = "startup", mixinStandardHelpOptions = true,
            description = "Time to the first frame with the Start view's figures, against a bare JavaFX window.")
    public static final class Startup implements Callable<Integer> {

        @Option(names = "--persons", defaultValue = "100000", description = "Demo persons (default: ${DEFAULT-VALUE}).")
        int persons;

        @Option(names = "--runs", defaultValue = "5", description = "Measured runs of each (default: ${DEFAULT-VALUE}).")
        int runs;

        @Option(names = "--aot-cache", negatable = true, defaultValue = "true", fallbackValue = "true",
                description = "Each program with its own ahead-of-time cache, as the launcher gives it "
                        + "(default: ${DEFAULT-VALUE}); --no-aot-cache measures each without.")
        boolean aotCache;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            var out = spec.commandLine().getOut();
            Path dataDir = Files.createTempDirectory("lotse-bench-startup");
            try {
                return measure(out, dataDir);
            } finally {
                FileTrees.delete(dataDir);
            }
        }

        private int measure(java.io.PrintWriter out, Path dataDir) throws Exception {
            long prepared = System.nanoTime();
            // the demo's accounts: each child logs in as the demo's administrator, as a probe does
            Login.SetUp made = Login.of(dataDir, Clock.systemDefaultZone()).setUpDemo(Login.DEMO_PASSWORD.toCharArray());
            try (AppContext context = ((Login.SetUp.Done) made).context()) {
                context.addDemo(persons, 1);
            }
            out.printf(Locale.ROOT, "prepared %d demo persons in %d ms (%s)%n", persons,
                    (System.nanoTime() - prepared) / 1_000_000, dataDir);
            out.flush();

            // each kind of start keeps its own ahead-of-time cache, as each installed program would;
            // the first start of each records it and is not counted
            String data = dataDir.toString();
            List<String> lotse = trained(dataDir.resolve("lotse.aot"), LotseCommand.DATA_DIR, data, Probe.STARTUP.option());
            List<String> bare = trained(dataDir.resolve("bare.aot"), Probe.BARE_WINDOW.option());
            List<String> store = trained(dataDir.resolve("store.aot"), LotseCommand.DATA_DIR, data, Probe.STORE.option());
            List<String> window = trained(dataDir.resolve("window.aot"), LotseCommand.DATA_DIR, data, Probe.WINDOW.option());
            long[] loginScreenTimes = new long[runs];
            long[] keyTimes = new long[runs];
            long[] acceptedTimes = new long[runs];
            long[] bareTimes = new long[runs];
            long[] storeTimes = new long[runs];
            long[] windowTimes = new long[runs];
            for (int i = 0; i < runs; i++) {
                ChildTimes start = run(lotse);
                loginScreenTimes[i] = start.loginScreen();
                keyTimes[i] = start.accepted() - start.submitted();
                acceptedTimes[i] = start.firstFrame() - start.accepted();
                bareTimes[i] = run(bare).firstFrame();
                storeTimes[i] = run(store).firstFrame();
                windowTimes[i] = run(window).windowAlone();
            }
            long loginMedian = median(loginScreenTimes);
            long bareMedian = median(bareTimes);
            long storeMedian = median(storeTimes);
            long windowMedian = median(windowTimes);
            long acceptedMedian = median(acceptedTimes);
            out.printf(Locale.ROOT, "lotse start to the login screen's first frame:    median %d ms, runs %s%n",
                    loginMedian, Arrays.toString(loginScreenTimes));
            out.printf(Locale.ROOT, "password sent to accepted (Argon2id, store open): median %d ms, runs %s%n",
                    median(keyTimes), Arrays.toString(keyTimes));
            out.printf(Locale.ROOT, "password accepted to the Start view with figures (%d persons): median %d ms,"
                    + " runs %s%n", persons, acceptedMedian, Arrays.toString(acceptedTimes));
            out.printf(Locale.ROOT, "bare JavaFX window, same JVM flags:               median %d ms, runs %s%n",
                    bareMedian, Arrays.toString(bareTimes));
            out.printf(Locale.ROOT, "no window, login, store opened, figures counted:  median %d ms, runs %s%n",
                    storeMedian, Arrays.toString(storeTimes));
            out.printf(Locale.ROOT, "window alone, from the store ready to the frame: median %d ms, runs %s%n",
                    windowMedian, Arrays.toString(windowTimes));
            out.printf(Locale.ROOT, "ahead-of-time cache per program: %s%n", aotCache ? "yes" : "no");
            out.printf(Locale.ROOT, "login screen: ratio %.2f to the bare window (goal <= 2.00), %d ms (goal <= 2000 ms)%n",
                    (double) loginMedian / bareMedian, loginMedian);
            out.printf(Locale.ROOT, "accepted to Start view: %.2f times the bare window; the store alone %.2f times,"
                    + " the window alone %.2f times%n", (double) acceptedMedian / bareMedian,
                    (double) storeMedian / bareMedian, (double) windowMedian / bareMedian);
            return 0;
        }

        /**
         * The command of a child started with {@code args}, under its own ahead-of-time cache
         * {@code cache}, which a first start records here; without caches, just the command.
         */
        private List<String> trained(Path cache, String... args) throws IOException, InterruptedException {
            if (!aotCache) {
                return ChildJvm.lotse(null, args);
            }
            run(ChildJvm.lotse("-XX:AOTCacheOutput=" + cache, args));
            return ChildJvm.lotse("-XX:AOTCache=" + cache, args);
        }

        /** A child that has shown no frame by then is stopped, and the benchmark fails. */
        private static final long CHILD_LIMIT_SECONDS = 120;

        /**
         * When a child printed its markers, in ms from its start (-1: not printed): the window
         * probe's store ready; the start-up probe's login screen, password sent and accepted; and
         * every probe's first frame.
         */
        private record ChildTimes(long storeReady, long loginScreen, long submitted, long accepted, long firstFrame) {

            /** The window probe's own part: from the store ready to the first frame. */
            long windowAlone() {
                return firstFrame - storeReady;
            }
        }

        private static ChildTimes run(List<String> command) throws IOException, InterruptedException {
            long started = System.nanoTime();
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
            // the folder has the demo's accounts: a login set for the benchmark's own shell is none of them
            builder.environment().remove(Secrets.USER_VARIABLE);
            builder.environment().remove(Secrets.PASSWORD_VARIABLE);
            Process process = builder.start();
            // a child stuck before its first frame (a dialog, say) is ended, which ends the read below
            process.onExit().orTimeout(CHILD_LIMIT_SECONDS, TimeUnit.SECONDS)
                    .exceptionally(timeout -> {
                        process.destroyForcibly();
                        return process;
                    });
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                Map<String, Long> seen = new HashMap<>();
                String line;
                while ((line = lines.readLine()) != null) {
                    long millis = (System.nanoTime() - started) / 1_000_000;
                    seen.putIfAbsent(line, millis);
                    if (line.equals(Probe.FIRST_FRAME_MARKER)) {
                        process.waitFor(CHILD_LIMIT_SECONDS, TimeUnit.SECONDS); // a training start writes its cache at exit
                        return new ChildTimes(seen.getOrDefault(Probe.STORE_READY_MARKER, -1L),
                                seen.getOrDefault(Probe.LOGIN_SCREEN_MARKER, -1L),
                                seen.getOrDefault(Probe.PASSWORD_SUBMITTED_MARKER, -1L),
                                seen.getOrDefault(Probe.PASSWORD_ACCEPTED_MARKER, -1L), millis);
                    }
                }
            } finally {
                process.destroyForcibly();
            }
            throw new IOException("child ended without showing a frame (exit " + process.waitFor() + ")");
        }

        static long median(long[] values) {
            long[] sorted = values.clone();
            Arrays.sort(sorted);
            return sorted[sorted.length / 2];
        }

    }
}
