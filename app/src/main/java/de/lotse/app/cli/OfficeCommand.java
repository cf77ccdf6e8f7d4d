package de.lotse.app.cli;

import de.lotse.app.AppContext;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lotse office …}: the settings every device of the office shares. */
@Command(name = "office", mixinStandardHelpOptions = true,
        description = "The office's shared settings (who manages the installation).",
        subcommands = {OfficeCommand.LockAfter.class})
public final class OfficeCommand {

    private OfficeCommand() {
    }

    @Command(name = "lock-after", mixinStandardHelpOptions = true,
            description = "Minutes without input after which the window locks itself on every device (1 to 240; "
                    + "default 5). Without MINUTES: print the time now.")
    static final class LockAfter extends StoreCommand {

        @Parameters(index = "0", arity = "0..1", paramLabel = "MINUTES", description = "1 to 240.")
        Integer minutes;

        @Option(names = "--json", description = "Print {lockAfterMinutes} instead of a sentence.")
        boolean json;

        @Override
        int run(AppContext context, PrintWriter out) throws Exception {
            var messages = root().messages();
            if (minutes != null && !context.setIdleLock(minutes)) {
                throw new CliRefusal(messages.get("cli.office.lockAfter.range", AppContext.MIN_IDLE_MINUTES,
                        AppContext.MAX_IDLE_MINUTES));
            }
            long now = context.idleLock().toMinutes();
            out.println(json ? PersonJson.MAPPER.writeValueAsString(Map.of("lockAfterMinutes", now))
                    : messages.get("cli.office.lockAfter", now));
            return 0;
        }
    }
}
