package de.lotse.app.cli;

import de.lotse.app.AppContext;
import de.lotse.app.screenshots.Screenshots;
import de.lotse.app.settings.Settings;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code lotse screenshots --out DIR}: every main view, with the current data, as PNG. */
@Command(name = "screenshots", mixinStandardHelpOptions = true,
        description = "Render every main view with the current data to PNG files (no display needed).")
public final class ScreenshotsCommand extends StoreCommand {

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the PNG files.")
    Path out;

    @Option(names = "--width", defaultValue = "1280", description = "Width in pixels (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--height", defaultValue = "800", description = "Height in pixels (default: ${DEFAULT-VALUE}).")
    int height;

    @Option(names = "--language", paramLabel = "de|en", description = "Language of the texts (default: the settings).")
    String language;

    @Option(names = "--dark", description = "Use the dark theme.")
    boolean dark;

    @Override
    int run(AppContext context, PrintWriter output) throws Exception {
        Settings settings = root().settings();
        if (language != null) {
            settings = settings.withLanguage(Settings.languageOf(language).orElseThrow(() ->
                    new ParameterException(spec.commandLine(), "--language must be de or en")));
        }
        if (dark) {
            settings = settings.withTheme(Settings.Theme.DARK);
        }
        var files = Screenshots.render(context, settings, out, width, height);
        output.println(root().messages().get("cli.screenshots.done", files.size(), out.toAbsolutePath()));
        return 0;
    }
}
