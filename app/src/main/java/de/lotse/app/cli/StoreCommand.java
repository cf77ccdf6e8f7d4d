package de.lotse.app.cli;

import de.lotse.app.AppContext;
import de.lotse.app.Main;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** A command that works on the opened store of the data folder. */
abstract class StoreCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        try (AppContext context = AppContext.open(main.dataDir(), Clock.systemDefaultZone())) {
            return run(context, spec.commandLine().getOut());
        }
    }

    abstract int run(AppContext context, PrintWriter out) throws Exception;
}
