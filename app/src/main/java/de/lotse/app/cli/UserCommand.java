package de.lotse.app.cli;

import de.lotse.app.AppContext;
import de.lotse.app.i18n.Messages;
import de.lotse.core.account.Account;
import de.lotse.core.account.Role;
import de.lotse.core.account.UserNames;
import de.lotse.core.keys.RecoveryCode;
import de.lotse.core.validation.FieldProblem;
import de.lotse.core.validation.Validated;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lotse user …}: the office's accounts for the administrator: list, add, disable and
 * enable, a new password, other roles. Passwords come from the environment or the terminal, never
 * from the command line (it shows in the process list and the shell's history).
 */
@Command(name = "user", mixinStandardHelpOptions = true,
        description = "The office's accounts (administrators): list, add, disable, enable, password, roles, "
                + "recovery-code.",
        subcommands = {UserCommand.ListUsers.class, UserCommand.Add.class, UserCommand.Disable.class,
                UserCommand.Enable.class, UserCommand.Password.class, UserCommand.Roles.class,
                UserCommand.NewRecoveryCode.class})
public final class UserCommand {

    private UserCommand() {
    }

    /** Role names as the command line takes them: {@code caseworker}, {@code field-staff}, … */
    static Set<Role> roles(List<String> names, Messages messages) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            String wanted = name.strip().toLowerCase(Locale.ROOT);
            roles.add(Arrays.stream(Role.values()).filter(role -> cliName(role).equals(wanted)).findFirst()
                    .orElseThrow(() -> new CliRefusal(messages.get("cli.user.unknownRole", name,
                            String.join(", ", Arrays.stream(Role.values()).map(UserCommand::cliName).toList())))));
        }
        return roles;
    }

    static String cliName(Role role) {
        return role.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Prints the refused fields on stderr (exit code 1), or that {@code doneKey} was done for the account. */
    static int report(StoreCommand command, Validated<Account> result, PrintWriter out, String doneKey) {
        Messages messages = command.root().messages();
        if (result instanceof Validated.Invalid<Account> invalid) {
            PrintWriter err = command.spec.commandLine().getErr();
            for (FieldProblem problem : invalid.problems()) {
                err.println(messages.problem(problem));
            }
            return 1;
        }
        out.println(messages.get(doneKey, result.orElseThrow().userName()));
        return 0;
    }

    /** An account command on one account, named by its user name. */
    private abstract static class OnAccount extends StoreCommand {

        @Parameters(index = "0", paramLabel = "NAME", description = "The account's user name.")
        String userName;

        @Override
        final int run(AppContext context, PrintWriter out) {
            String name = UserNames.normalize(userName);
            Account account = context.accounts().list().stream().filter(a -> a.userName().equals(name)).findFirst()
                    .orElseThrow(() -> new CliRefusal(root().messages().get("cli.user.unknown", userName)));
            int code = report(this, change(context, account), out, doneKey());
            if (code == 0) {
                afterDone(out);
            }
            return code;
        }

        abstract Validated<Account> change(AppContext context, Account account);

        /** What else is printed once the change was made. */
        void afterDone(PrintWriter out) {
        }

        abstract String doneKey();

    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The accounts with their roles.")
    static final class ListUsers extends StoreCommand {

        @Option(names = "--json", description = "Print a JSON array of {id, userName, displayName, roles, "
                + "disabled, caseworkerId, createdAt}; never a credential.")
        boolean json;

        @Override
        int run(AppContext context, PrintWriter out) throws Exception {
            List<Account> accounts = context.accounts().list();
            if (json) {
                out.println(PersonJson.MAPPER.writeValueAsString(accounts.stream().map(UserCommand::json).toList()));
                return 0;
            }
            Messages messages = root().messages();
            for (Account account : accounts) {
                out.println(String.join("\t", account.userName(), account.displayName(),
                        String.join(",", account.roles().stream().sorted().map(UserCommand::cliName).toList()),
                        messages.get(account.disabled() ? "cli.user.disabled" : "cli.user.enabled")));
            }
            return 0;
        }
    }

    static Map<String, Object> json(Account account) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", account.id().toString());
        json.put("userName", account.userName());
        json.put("displayName", account.displayName());
        json.put("roles", account.roles().stream().sorted().map(UserCommand::cliName).toList());
        json.put("disabled", account.disabled());
        json.put("caseworkerId", account.caseworkerId() == null ? null : account.caseworkerId().toString());
        json.put("createdAt", account.createdAt().toString());
        return json;
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add an account; its password comes from LOTSE_NEW_PASSWORD, else it is asked twice.")
    static final class Add extends StoreCommand {

        @Parameters(index = "0", paramLabel = "NAME", description = "The new account's user name.")
        String userName;

        @Option(names = "--name", required = true, paramLabel = "TEXT", description = "The name shown.")
        String displayName;

        @Option(names = "--role", required = true, split = ",", paramLabel = "ROLE",
                description = "caseworker, field-staff, volunteer-coordinator, head-of-office, administrator "
                        + "(several: repeat or separate with commas).")
        List<String> roles;

        @Option(names = "--caseworker", paramLabel = "ID", description = "The directory's caseworker this person is.")
        UUID caseworker;

        @Override
        int run(AppContext context, PrintWriter out) {
            Set<Role> chosen = roles(roles, root().messages());
            char[] password = Secrets.read(root(), Secrets.NEW_PASSWORD_VARIABLE, Secrets.Prompts.PASSWORD, true);
            try {
                Validated<Account> added = context.accounts().add(userName, displayName, chosen, caseworker,
                        password, password);
                context.reconcileGrants();
                return report(this, added, out, "cli.user.added");
            } finally {
                Arrays.fill(password, '\0');
            }
        }
    }

    /** Disables an account or enables it again; the grants here follow at once. */
    private abstract static class SetDisabled extends OnAccount {

        private final boolean disabled;

        SetDisabled(boolean disabled) {
            this.disabled = disabled;
        }

        @Override
        final Validated<Account> change(AppContext context, Account account) {
            Validated<Account> changed = context.accounts().setDisabled(account.id(), disabled);
            context.reconcileGrants();
            return changed;
        }

        @Override
        final String doneKey() {
            return disabled ? "cli.user.disabledDone" : "cli.user.enabledDone";
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true,
            description = "Disable an account: it no longer logs in, here at once, elsewhere once synced.")
    static final class Disable extends SetDisabled {

        Disable() {
            super(true);
        }
    }

    @Command(name = "enable", mixinStandardHelpOptions = true, description = "Enable a disabled account again.")
    static final class Enable extends SetDisabled {

        Enable() {
            super(false);
        }
    }

    @Command(name = "password", mixinStandardHelpOptions = true,
            description = "Set a new password for an account; it comes from LOTSE_NEW_PASSWORD, else it is asked twice.")
    static final class Password extends OnAccount {

        @Override
        Validated<Account> change(AppContext context, Account account) {
            char[] password = Secrets.read(root(), Secrets.NEW_PASSWORD_VARIABLE, Secrets.Prompts.PASSWORD, true);
            try {
                Validated<Account> changed = context.accounts().setPassword(account.id(), password, password);
                context.reconcileGrants();
                return changed;
            } finally {
                Arrays.fill(password, '\0');
            }
        }

        @Override
        String doneKey() {
            return "cli.user.passwordDone";
        }
    }

    @Command(name = "roles", mixinStandardHelpOptions = true, description = "Give an account other roles.")
    static final class Roles extends OnAccount {

        @Option(names = "--role", required = true, split = ",", paramLabel = "ROLE",
                description = "caseworker, field-staff, volunteer-coordinator, head-of-office, administrator.")
        List<String> roles;

        @Override
        Validated<Account> change(AppContext context, Account account) {
            return context.accounts().setRoles(account.id(), roles(roles, root().messages()));
        }

        @Override
        String doneKey() {
            return "cli.user.rolesDone";
        }
    }

    @Command(name = "recovery-code", mixinStandardHelpOptions = true,
            description = "Make a new recovery code for an administrator's account and print it once; the old one "
                    + "no longer opens Lotse, here at once, elsewhere once synced.")
    static final class NewRecoveryCode extends OnAccount {

        private String shown;

        @Override
        Validated<Account> change(AppContext context, Account account) {
            RecoveryCode code = RecoveryCode.generate();
            char[] chars = code.chars();
            try {
                Validated<Account> changed = context.accounts().setRecoveryCode(account.id(), chars);
                context.reconcileGrants();
                shown = new String(code.grouped());
                return changed;
            } finally {
                Arrays.fill(chars, '\0');
                code.destroy();
            }
        }

        @Override
        String doneKey() {
            return "cli.user.recoveryDone";
        }

        @Override
        void afterDone(PrintWriter out) {
            out.println(root().messages().get("setUp.recoveryCode.explain"));
            out.println(shown);
        }
    }
}
