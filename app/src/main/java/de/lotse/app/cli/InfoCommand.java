package de.lotse.app.cli;

import de.lotse.app.AppContext;
import de.lotse.app.Version;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** {@code lotse info}: schema, device and row counts of the data folder. */
@Command(name = "info", mixinStandardHelpOptions = true, description = "Show schema version, device and row counts.")
public final class InfoCommand extends StoreCommand {

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    int run(AppContext context, PrintWriter out) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("version", Version.current());
        info.put("schemaVersion", context.schemaVersion());
        info.put("deviceId", context.device().id().toString());
        info.put("deviceCode", context.device().code());
        info.put("dataDir", context.dataDir().toString());
        info.put("counts", context.tableCounts());
        if (json) {
            out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                    .writeValueAsString(info));
        } else {
            info.forEach((key, value) -> out.println(key + ": " + value));
        }
        return 0;
    }
}
