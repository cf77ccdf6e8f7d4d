package de.lotse.app.probe;

import de.lotse.app.window.Toolkit;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/** Lotse started again in a child process: for the start-up benchmark and the tests of the start. */
public final class ChildJvm {

    /**
     * The launcher's entry point, named rather than referred to: the command line, which starts
     * children, may not depend on the launcher, which starts the command line (a test keeps the
     * name right).
     */
    public static final String MAIN_CLASS = "de.lotse.app.launch.Main";

    private ChildJvm() {
    }

    /**
     * The java command of this very process, with its JVM flags, running {@link #MAIN_CLASS} with
     * {@code args}; its own cache flags are replaced by {@code cacheOption} (none when null).
     */
    public static List<String> lotse(String cacheOption, String... args) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        List<String> jvmArgs = ManagementFactory.getRuntimeMXBean().getInputArguments();
        for (String arg : jvmArgs) {
            if (!arg.startsWith("-XX:AOTCache") && !arg.startsWith("-XX:SharedArchiveFile=")
                    && !arg.equals("-XX:+AutoCreateSharedArchive")) {
                command.add(arg);
            }
        }
        if (cacheOption != null) {
            command.addAll(List.of(cacheOption, "-Xlog:cds*=off", "-Xlog:aot*=off"));
        }
        if (!Toolkit.hasDisplay()) {
            command.add("-Dglass.platform=Headless");
        }
        String modulePath = System.getProperty("jdk.module.path");
        if (modulePath != null && jvmArgs.stream().noneMatch(a -> a.startsWith("--module-path") || a.equals("-p"))) {
            command.add("--module-path");
            command.add(modulePath);
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(MAIN_CLASS);
        command.addAll(List.of(args));
        return command;
    }
}
