package de.lotse.app.launch;

import de.lotse.app.cli.LotseCommand;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The one launcher with two faces: without a subcommand the window opens, with one it runs on the
 * command line ({@link LotseCommand} documents both). Exit codes: 0 success, 1 failure (one line
 * on stderr), 2 wrong usage.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        LogFolder.configure(args);
        Optional<WindowStart> window = WindowStart.of(args);
        System.exit(window.isPresent()
                ? window.get().run(new PrintWriter(System.err, true, StandardCharsets.UTF_8))
                : LotseCommand.execute(args));
    }
}
