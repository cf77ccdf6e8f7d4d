package de.lotse.app.cli;

import de.lotse.app.AppContext;
import de.lotse.app.security.Login;
import de.lotse.persistence.Backups;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code lotse restore FILE}: replaces the database by a backup, never under a running Lotse. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Replace the database by a backup (administrators; a backup of another installation is "
                + "refused). Refused while Lotse runs on the data folder.")
public final class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    LotseCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A zip file written by 'lotse backup'.")
    Path backup;

    /**
     * A folder with accounts is restored only by who may (an administrator logs in), and only from
     * a backup its key opens, checked before anything is replaced; a folder without a database
     * takes any Lotse backup (its key file must come back too for it to open).
     */
    @Override
    public Integer call() {
        Login login = Login.of(root.dataDir(), Clock.systemDefaultZone());
        if (login.state() == Login.State.LOCKED) {
            try (AppContext context = root.logIn(login)) {
                context.checkBackup(backup);
            }
        }
        Path kept = Backups.restore(root.dataDir(), backup);
        var messages = root.messages();
        spec.commandLine().getOut().println(kept == null ? messages.get("cli.restore.doneFresh")
                : messages.get("cli.restore.done", kept));
        return 0;
    }
}
