package de.lotse.app.cli;

import de.lotse.app.AppContext;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command that works on the opened store of the data folder. */
abstract class StoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** The root command: data folder, settings, messages (at any depth of subcommands). */
    LotseCommand root() {
        return (LotseCommand) spec.root().userObject();
    }

    @Override
    public final Integer call() throws Exception {
        try (AppContext context = AppContext.open(root().dataDir(), Clock.systemDefaultZone())) {
            return run(context, spec.commandLine().getOut());
        }
    }

    abstract int run(AppContext context, PrintWriter out) throws Exception;
}
