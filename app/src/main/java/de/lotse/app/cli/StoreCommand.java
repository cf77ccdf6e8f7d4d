package de.lotse.app.cli;

import de.lotse.app.AppContext;
import de.lotse.app.security.Login;
import de.lotse.core.account.Permission;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that works on the opened store of the data folder, as a logged-in user: every such
 * command logs in ({@code --user} or {@code LOTSE_USER}, and {@code LOTSE_PASSWORD} or the
 * terminal), and the services check what that user's roles allow.
 */
abstract class StoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** The root command: data folder, settings, messages (at any depth of subcommands). */
    LotseCommand root() {
        return (LotseCommand) spec.root().userObject();
    }

    @Override
    public final Integer call() throws Exception {
        try (AppContext context = open(login())) {
            // a new folder joining the share has nobody logged in, and no account to check yet
            if (needs() != null && context.user().isPresent()) {
                context.access().require(needs());
            }
            return run(context, spec.commandLine().getOut());
        }
    }

    /**
     * What the command itself needs beyond the checks of the services it calls (null: nothing):
     * for what works on the store as a whole (backups, the share, an import).
     */
    Permission needs() {
        return null;
    }

    /** The login of the data folder. */
    Login login() {
        return Login.of(root().dataDir(), Clock.systemDefaultZone());
    }

    /** The store, logged in; a command that can set up a new folder says how. */
    AppContext open(Login login) {
        if (login.state() == Login.State.NEW) {
            throw new CliRefusal(root().messages().get("cli.login.notSetUp", root().dataDir()));
        }
        return root().logIn(login);
    }

    abstract int run(AppContext context, PrintWriter out) throws Exception;
}
