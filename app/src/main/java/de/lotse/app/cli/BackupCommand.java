package de.lotse.app.cli;

import de.lotse.app.AppContext;
import de.lotse.core.account.Permission;
import de.lotse.persistence.Backups;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lotse backup --out FILE}: a consistent zip of the database. */
@Command(name = "backup", mixinStandardHelpOptions = true, description = "Write a backup of the database to a zip file.")
public final class BackupCommand extends StoreCommand {

    @Override
    Permission needs() {
        return Permission.BACKUP_RESTORE;
    }

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The zip file to write.")
    Path out;

    @Override
    int run(AppContext context, PrintWriter output) {
        Backups.backup(context.database(), out);
        output.println(root().messages().get("cli.backup.done", out.toAbsolutePath()));
        return 0;
    }
}
