package de.lotse.app.cli;

import de.lotse.app.AppContext;
import de.lotse.core.person.DuplicateCandidate;
import de.lotse.core.person.Duplicates;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code lotse duplicates}: pairs of persons that may have been registered twice. */
@Command(name = "duplicates", mixinStandardHelpOptions = true,
        description = "List pairs of persons that may be one, with a score between 0 and 1, best first.")
public final class DuplicatesCommand extends StoreCommand {

    @Option(names = "--json", description = "Print a JSON list of {first, second, score}.")
    boolean json;

    @Option(names = "--threshold", paramLabel = "S", defaultValue = "" + Duplicates.LIKELY,
            description = "Lowest score listed (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Override
    int run(AppContext context, PrintWriter out) {
        if (threshold < 0 || threshold > 1) {
            throw new ParameterException(spec.commandLine(), "--threshold must be between 0 and 1");
        }
        List<DuplicateCandidate> pairs = context.people().duplicates(threshold);
        if (json) {
            out.println(PersonJson.MAPPER.writeValueAsString(pairs.stream().map(pair -> {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("first", pair.first().toString());
                json.put("second", pair.second().toString());
                json.put("score", Math.round(pair.score() * 1000) / 1000.0);
                return json;
            }).toList()));
        } else {
            pairs.forEach(pair -> out.printf(Locale.ROOT, "%.3f\t%s\t%s%n", pair.score(), pair.first(), pair.second()));
        }
        return 0;
    }
}
