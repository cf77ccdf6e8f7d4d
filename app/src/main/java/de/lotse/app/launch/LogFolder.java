package de.lotse.app.launch;

import de.lotse.app.cli.LotseCommand;
import de.lotse.core.data.DataDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Tells logging where to write before the first log line: {@code logs/} in the data folder, or
 * the temporary folder when that cannot be written. Log lines carry ids and class names only.
 */
final class LogFolder {

    /** The system property {@link LogConfiguration} reads. */
    static final String PROPERTY = "lotse.log.dir";

    private LogFolder() {
    }

    static void configure(String[] args) {
        Path logs = DataDirectory.resolve(dataDirArgument(args)).resolve("logs");
        try {
            Files.createDirectories(logs);
            if (!Files.isWritable(logs)) {
                return;
            }
        } catch (java.io.IOException | RuntimeException e) {
            return; // the log falls back to the temporary folder
        }
        System.setProperty(PROPERTY, logs.toString());
    }

    /** The value of {@code --data-dir DIR} or {@code --data-dir=DIR}, read before picocli parses. */
    static Optional<Path> dataDirArgument(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(LotseCommand.DATA_DIR) && i + 1 < args.length) {
                return Optional.of(Path.of(args[i + 1]));
            }
            if (args[i].startsWith(LotseCommand.DATA_DIR + "=")) {
                return Optional.of(Path.of(args[i].substring(LotseCommand.DATA_DIR.length() + 1)));
            }
        }
        return Optional.empty();
    }
}
