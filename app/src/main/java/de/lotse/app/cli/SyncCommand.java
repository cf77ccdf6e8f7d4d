package de.lotse.app.cli;

import de.lotse.app.AppContext;
import de.lotse.app.i18n.Messages;
import de.lotse.core.account.Permission;
import de.lotse.core.sync.SyncRefusedException;
import de.lotse.core.sync.SyncReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lotse sync}: exports this device's changes to the share and imports everybody else's. */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = "Export this device's changes to the office's share and import the others'. Exit 0 also "
                + "with conflicts open; 1 when sync was refused (the reason on stderr).")
public final class SyncCommand extends StoreCommand {

    @Override
    Permission needs() {
        return Permission.DEVICES_MANAGE;
    }

    @Option(names = "--share", paramLabel = "DIR",
            description = "The share's folder (default: the one this device joined).")
    Path share;

    @Option(names = "--json", description = "Print {exported, imported, skipped: [{file, reason, message}], conflictsOpen}.")
    boolean json;

    @Override
    int run(AppContext context, PrintWriter out) {
        Messages messages = root().messages();
        SyncReport report;
        try {
            report = context.sync().sync(share, (done, total) -> { });
            context.reconcileGrants();
        } catch (SyncRefusedException e) {
            return refused(e, messages, spec.commandLine().getErr());
        }
        if (json) {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("exported", report.exported());
            answer.put("imported", report.imported());
            answer.put("skipped", report.skipped().stream().map(skipped -> {
                Map<String, Object> file = new LinkedHashMap<>();
                file.put("file", skipped.file());
                file.put("reason", skipped.reason().name());
                file.put("message", messages.get("sync.skip." + skipped.reason().name()));
                return file;
            }).toList());
            answer.put("conflictsOpen", report.conflictsOpen());
            out.println(PersonJson.MAPPER.writeValueAsString(answer));
        } else {
            out.println(messages.get("cli.sync.done", report.exported(), report.imported(), report.skipped().size(),
                    report.conflictsOpen()));
            for (SyncReport.Skipped skipped : report.skipped()) {
                out.println("  " + skipped.file() + ": " + messages.get("sync.skip." + skipped.reason().name()));
            }
        }
        return 0;
    }

    /** Says in one line why sync refused; exit code 1. */
    static int refused(SyncRefusedException e, Messages messages, PrintWriter err) {
        err.println(messages.get("sync.refused." + e.reason().name()));
        return 1;
    }

}
