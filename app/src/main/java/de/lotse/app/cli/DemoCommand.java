package de.lotse.app.cli;

import de.lotse.app.AppContext;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code lotse demo}: adds realistic synthetic persons and households. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Add synthetic persons in households; the same seed gives the same data on the same day.")
public final class DemoCommand extends StoreCommand {

    @Option(names = "--persons", required = true, paramLabel = "N", description = "How many persons (1 to 1000000).")
    int persons;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    int run(AppContext context, PrintWriter out) {
        if (persons < 1 || persons > 1_000_000) {
            throw new ParameterException(spec.commandLine(), "--persons must be between 1 and 1000000");
        }
        var before = context.tableCounts();
        long started = System.nanoTime();
        var data = context.addDemo(persons, seed);
        long millis = (System.nanoTime() - started) / 1_000_000;
        var after = context.tableCounts();
        var messages = root().messages();
        out.println(messages.get("cli.demo.done", messages.number(data.persons().size()),
                messages.number(data.households().size()), messages.number(millis),
                messages.number(after.get("case_file") - before.get("case_file")),
                messages.number(after.get("appointment") - before.get("appointment"))));
        return 0;
    }
}
