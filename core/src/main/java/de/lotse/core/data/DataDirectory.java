package de.lotse.core.data;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where Lotse keeps its data: an explicit folder ({@code --data-dir}), else {@code LOTSE_HOME},
 * else the per-user data folder of the operating system.
 */
public final class DataDirectory {

    /** Environment variable that overrides the per-user data folder. */
    public static final String ENV_HOME = "LOTSE_HOME";

    private DataDirectory() {
    }

    public static Path resolve(Optional<Path> explicit, Map<String, String> env, String osName,
            Path userHome) {
        if (explicit.isPresent()) {
            return explicit.get().toAbsolutePath().normalize();
        }
        String home = env.get(ENV_HOME);
        if (home != null && !home.isBlank()) {
            return Path.of(home).toAbsolutePath().normalize();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String localAppData = env.get("LOCALAPPDATA");
            Path base = localAppData != null && !localAppData.isBlank()
                    ? Path.of(localAppData) : userHome.resolve("AppData").resolve("Local");
            return base.resolve("Lotse");
        }
        if (os.startsWith("mac")) {
            return userHome.resolve("Library").resolve("Application Support").resolve("Lotse");
        }
        // the XDG spec says a relative XDG_DATA_HOME is to be ignored
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : userHome.resolve(".local").resolve("share");
        return base.resolve("lotse");
    }

    /** Resolves against this process's environment and operating system. */
    public static Path resolve(Optional<Path> explicit) {
        return resolve(explicit, System.getenv(), System.getProperty("os.name"),
                Path.of(System.getProperty("user.home")));
    }
}
