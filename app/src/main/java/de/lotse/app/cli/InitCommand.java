package de.lotse.app.cli;

import de.lotse.app.i18n.Messages;
import de.lotse.app.security.Login;
import de.lotse.core.validation.FieldProblem;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lotse init --admin NAME}: sets up a new data folder with its first administrator and
 * prints the administrator's recovery code, once.
 */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Set up a new installation with its first administrator; prints the recovery code once. "
                + "The password comes from LOTSE_PASSWORD, else it is asked twice.")
public final class InitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--admin", required = true, paramLabel = "NAME", description = "The administrator's user name.")
    String admin;

    @Option(names = "--name", paramLabel = "TEXT", description = "The name shown (default: Administration).")
    String displayName;

    @Override
    public Integer call() {
        LotseCommand root = (LotseCommand) spec.root().userObject();
        Messages messages = root.messages();
        Login login = Login.of(root.dataDir(), Clock.systemDefaultZone());
        if (login.state() != Login.State.NEW) {
            throw new CliRefusal(messages.get("cli.init.already", root.dataDir()));
        }
        char[] password = Secrets.read(root, Secrets.PASSWORD_VARIABLE, Secrets.Prompts.PASSWORD, true);
        Login.SetUp outcome;
        try {
            outcome = login.setUp(admin, displayName == null ? messages.get("cli.init.defaultName") : displayName,
                    password, password);
        } finally {
            Arrays.fill(password, '\0');
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (outcome) {
            case Login.SetUp.Invalid invalid -> {
                PrintWriter err = spec.commandLine().getErr();
                for (FieldProblem problem : invalid.problems()) {
                    err.println(messages.problem(problem));
                }
                return 1;
            }
            case Login.SetUp.Done done -> {
                try (var context = done.context()) {
                    out.println(messages.get("cli.init.done", root.dataDir(), context.user().orElseThrow().userName()));
                    out.println(messages.get("setUp.recoveryCode.explain"));
                    out.println(new String(done.recoveryCode().grouped()));
                } finally {
                    done.recoveryCode().destroy();
                }
                return 0;
            }
        }
    }
}
