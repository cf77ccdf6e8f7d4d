package de.lotse.app.cli;

import de.lotse.app.AppContext;
import de.lotse.core.account.Permission;
import de.lotse.core.sync.Conflict;
import de.lotse.core.sync.Resolution;
import de.lotse.core.sync.SyncRefusedException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lotse conflicts …}: list the open sync conflicts and resolve them. */
@Command(name = "conflicts", mixinStandardHelpOptions = true,
        description = "List open sync conflicts; resolve one by picking a value or giving a new one.",
        subcommands = {ConflictsCommand.ListConflicts.class, ConflictsCommand.Resolve.class})
public final class ConflictsCommand {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The open conflicts.")
    static final class ListConflicts extends StoreCommand {

        @Override
        Permission needs() {
            return Permission.DEVICES_MANAGE;
        }

        @Option(names = "--json", description = "Print a JSON list of {id, kind, entity, recordId, record, field, "
                + "values: [{value, device, deviceName, at}]}.")
        boolean json;

        @Override
        int run(AppContext context, PrintWriter out) {
            List<Conflict> open = context.sync().openConflicts();
            if (json) {
                out.println(PersonJson.MAPPER.writeValueAsString(open.stream().map(ConflictsCommand::json).toList()));
                return 0;
            }
            if (open.isEmpty()) {
                out.println(root().messages().get("cli.conflicts.none"));
            }
            for (Conflict conflict : open) {
                out.println(conflict.id() + "\t" + conflict.kind() + "\t" + conflict.entity() + "\t"
                        + conflict.recordLabel() + "\t" + conflict.field());
                int n = 1;
                for (Conflict.Value value : conflict.values()) {
                    out.println("  " + n++ + ") " + value.value() + "\t" + value.deviceName() + "\t" + value.at());
                }
            }
            return 0;
        }
    }

    private static Map<String, Object> json(Conflict conflict) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", conflict.id());
        json.put("kind", conflict.kind());
        json.put("entity", conflict.entity());
        json.put("recordId", conflict.recordId().toString());
        json.put("record", conflict.recordLabel());
        json.put("field", conflict.field());
        json.put("values", conflict.values().stream().map(value -> {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("value", PersonJson.MAPPER.readTree(value.value()));
            v.put("device", value.device().toString());
            v.put("deviceName", value.deviceName());
            v.put("at", value.at().toString());
            return v;
        }).toList());
        return json;
    }

    @Command(name = "resolve", mixinStandardHelpOptions = true,
            description = "Resolve a conflict: --pick N keeps the N-th value (from 1), --value V sets a new one.")
    static final class Resolve extends StoreCommand {

        @Override
        Permission needs() {
            return Permission.DEVICES_MANAGE;
        }

        @Parameters(index = "0", paramLabel = "ID", description = "The conflict's id (from `conflicts list`).")
        String id;

        @ArgGroup(multiplicity = "1")
        Choice choice;

        static final class Choice {
            @Option(names = "--pick", paramLabel = "N", description = "Keep the N-th value, counting from 1.")
            Integer pick;

            @Option(names = "--value", paramLabel = "V", description = "A new value (dates as dd.MM.yyyy or yyyy-MM-dd).")
            String value;
        }

        @Override
        int run(AppContext context, PrintWriter out) {
            Resolution resolution = choice.pick != null ? new Resolution.Pick(choice.pick)
                    : new Resolution.NewValue(choice.value);
            try {
                context.sync().resolve(id, resolution);
                context.reconcileGrants();
            } catch (SyncRefusedException e) {
                return SyncCommand.refused(e, root().messages(), spec.commandLine().getErr());
            }
            out.println(root().messages().get("cli.conflicts.resolved"));
            return 0;
        }
    }
}
