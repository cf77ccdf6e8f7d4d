package de.lotse.app.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code settings.properties} in the data folder. It is read before the database opens, so that
 * even a message about the database speaks the chosen language. A missing or broken file gives
 * the defaults.
 */
public final class SettingsFile {

    /** Made on first use: logging starts when something is logged, not on the way to the first frame. */
    private static final class Log {
        private static final Logger LOG = LoggerFactory.getLogger(SettingsFile.class);
    }
    public static final String FILE_NAME = "settings.properties";

    private final Path file;

    public SettingsFile(Path dataDir) {
        this.file = dataDir.resolve(FILE_NAME);
    }

    public Settings load() {
        if (!Files.isRegularFile(file)) {
            return Settings.DEFAULTS;
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            Log.LOG.warn("Settings unreadable, using defaults: {}", e.getClass().getSimpleName());
            return Settings.DEFAULTS;
        }
        Locale language = Settings.languageOf(properties.getProperty("language", ""))
                .orElse(Settings.DEFAULTS.language());
        Settings.Theme theme = "DARK".equals(properties.getProperty("theme")) ? Settings.Theme.DARK : Settings.Theme.LIGHT;
        return new Settings(language, theme, uuid(properties.getProperty("caseworker")));
    }

    private static java.util.UUID uuid(String text) {
        try {
            return text == null || text.isBlank() ? null : java.util.UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Changes some settings and keeps the others as the file has them, so that two screens that
     * each change their own setting never undo each other's.
     */
    public synchronized Settings update(java.util.function.UnaryOperator<Settings> change) throws IOException {
        Settings changed = change.apply(load());
        save(changed);
        return changed;
    }

    /** Writes the settings whole (to a temporary file first, then moved in place). */
    public void save(Settings settings) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("language", settings.language().getLanguage());
        properties.setProperty("theme", settings.theme().name());
        if (settings.caseworker() != null) {
            properties.setProperty("caseworker", settings.caseworker().toString());
        }
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling(FILE_NAME + ".tmp");
        try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            properties.store(writer, "Lotse settings");
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
