package de.lotse.app.cli;

import de.lotse.app.AppContext;
import de.lotse.app.security.Login;
import de.lotse.core.account.Permission;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code lotse demo}: adds realistic synthetic persons and households. A new folder is set up with
 * the demo's accounts first (one per role, the password from {@code LOTSE_PASSWORD} or the demo's
 * own); an installation set up before takes a login with the right to manage it.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Add synthetic persons in households; the same seed gives the same data on the same day. "
                + "A new data folder gets the demo's accounts first (admin, fallmanagement, unterkunft, ehrenamt, "
                + "leitung; password: LOTSE_PASSWORD, else the one in README).")
public final class DemoCommand extends StoreCommand {

    /** The password of the demo's accounts as this run tells it, when it set them up; else null. */
    private String accountsPassword;

    @Option(names = "--persons", required = true, paramLabel = "N", description = "How many persons (1 to 1000000).")
    int persons;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    AppContext open(Login login) {
        if (persons < 1 || persons > 1_000_000) {
            throw new ParameterException(spec.commandLine(), "--persons must be between 1 and 1000000");
        }
        if (login.state() != Login.State.NEW) {
            AppContext context = super.open(login);
            try {
                context.access().require(Permission.INSTALLATION_MANAGE);
            } catch (RuntimeException e) {
                context.close();
                throw e;
            }
            return context;
        }
        String chosen = root().environment(Secrets.PASSWORD_VARIABLE);
        char[] password = (chosen == null || chosen.isEmpty() ? Login.DEMO_PASSWORD : chosen).toCharArray();
        try {
            switch (login.setUpDemo(password)) {
                case Login.SetUp.Done done -> {
                    done.recoveryCode().destroy();
                    accountsPassword = chosen == null || chosen.isEmpty() ? Login.DEMO_PASSWORD
                            : Secrets.PASSWORD_VARIABLE;
                    return done.context();
                }
                case Login.SetUp.Invalid invalid -> throw new CliRefusal(invalid.problems().stream()
                        .map(problem -> root().messages().problem(problem))
                        .collect(Collectors.joining("; ")));
            }
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    @Override
    int run(AppContext context, PrintWriter out) {
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
        if (accountsPassword != null) {
            out.println(messages.get("cli.demo.accounts", Login.DEMO_ACCOUNTS.stream().map(Login.DemoAccount::userName)
                    .collect(Collectors.joining(", ")), accountsPassword));
        }
        return 0;
    }
}
