package de.lotse.app.cli;

import de.lotse.persistence.Backups;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code lotse restore FILE}: replaces the database by a backup, never under a running Lotse. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Replace the database by a backup. Refused while Lotse runs on the data folder.")
public final class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    LotseCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A zip file written by 'lotse backup'.")
    Path backup;

    @Override
    public Integer call() {
        Path kept = Backups.restore(root.dataDir(), backup);
        var messages = root.messages();
        spec.commandLine().getOut().println(kept == null ? messages.get("cli.restore.doneFresh")
                : messages.get("cli.restore.done", kept));
        return 0;
    }
}
