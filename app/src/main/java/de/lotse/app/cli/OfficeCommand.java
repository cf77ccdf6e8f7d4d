package de.lotse.app.cli;

import de.lotse.app.AppContext;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
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

        @Override
        int run(AppContext context, PrintWriter out) {
            var messages = root().messages();
            if (minutes != null && !context.setIdleLock(minutes)) {
                throw new CliRefusal(messages.get("cli.office.lockAfter.range", AppContext.MIN_IDLE_MINUTES,
                        AppContext.MAX_IDLE_MINUTES));
            }
            out.println(messages.get("cli.office.lockAfter", context.idleLock().toMinutes()));
            return 0;
        }
    }
}
