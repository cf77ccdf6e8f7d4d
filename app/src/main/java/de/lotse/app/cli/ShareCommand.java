package de.lotse.app.cli;

import de.lotse.app.AppContext;
import de.lotse.app.i18n.Messages;
import de.lotse.app.security.Login;
import de.lotse.core.account.Permission;
import de.lotse.core.sync.SyncRefusedException;
import de.lotse.core.task.Progress;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Arrays;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lotse share …}: set up the office's sync realm on a share, join it, snapshot, compact. */
@Command(name = "share", mixinStandardHelpOptions = true,
        description = "Set up or join the office's share for sync; write a snapshot; clear old files.",
        subcommands = {ShareCommand.Init.class, ShareCommand.Join.class, ShareCommand.Snapshot.class,
                ShareCommand.Compact.class, ShareCommand.Retire.class, ShareCommand.Rejoin.class})
public final class ShareCommand {

    /** The passphrase from {@code LOTSE_SHARE_PASSPHRASE}, else asked on the terminal. */
    static final String PASSPHRASE_VARIABLE = "LOTSE_SHARE_PASSPHRASE";

    private static final Secrets.Prompts PASSPHRASE = new Secrets.Prompts("cli.share.askPassphrase",
            "cli.share.repeatPassphrase", "cli.share.noPassphrase", "cli.share.passphrasesDiffer");

    /** Shortest passphrase accepted when a realm is made. */
    static final int MIN_PASSPHRASE = 10;

    private abstract static class SetUp extends StoreCommand {

        @Override
        Permission needs() {
            return Permission.DEVICES_MANAGE;
        }

        @Option(names = "--name", paramLabel = "NAME", description = "This device's name (default: the host name).")
        String name;

        String deviceName() {
            if (name != null && !name.isBlank()) {
                return name.strip();
            }
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                return "Lotse";
            }
        }

        /** What a command does with the passphrase; its message key on success. */
        interface WithPassphrase {
            String run(char[] passphrase) throws SyncRefusedException;
        }

        /**
         * Gets the passphrase, runs {@code action} and wipes the passphrase; prints the action's
         * message or the refusal. {@code twice}: asked twice on a terminal, and long enough.
         */
        int withPassphrase(boolean twice, PrintWriter out, WithPassphrase action) {
            Messages messages = root().messages();
            char[] passphrase = passphrase(twice);
            try {
                if (twice && passphrase.length < MIN_PASSPHRASE) {
                    spec.commandLine().getErr().println(messages.get("cli.share.tooShort", MIN_PASSPHRASE));
                    return 1;
                }
                out.println(action.run(passphrase));
                return 0;
            } catch (SyncRefusedException e) {
                return SyncCommand.refused(e, messages, spec.commandLine().getErr());
            } finally {
                Arrays.fill(passphrase, '\0');
            }
        }

        /** The passphrase from the environment or the terminal; refused when there is none to be had. */
        char[] passphrase(boolean twice) {
            return Secrets.read(root(), PASSPHRASE_VARIABLE, PASSPHRASE, twice);
        }
    }

    @Command(name = "init", mixinStandardHelpOptions = true,
            description = "Create the office's sync realm in the share's folder, with a passphrase, and join it.")
    static final class Init extends SetUp {

        @Option(names = "--share", required = true, paramLabel = "DIR", description = "The share's folder.")
        Path share;

        @Override
        int run(AppContext context, PrintWriter out) {
            return withPassphrase(true, out, passphrase -> {
                context.sync().createRealm(share, passphrase, deviceName());
                return root().messages().get("cli.share.created", share.toAbsolutePath());
            });
        }
    }

    @Command(name = "join", mixinStandardHelpOptions = true,
            description = "Join the realm in the share's folder; a new, empty device starts from the newest snapshot.")
    static final class Join extends SetUp {

        @Option(names = "--share", required = true, paramLabel = "DIR", description = "The share's folder.")
        Path share;

        /** The login of a new folder that this join sets up; null when the folder was set up before. */
        private Login settingUp;

        /** A new folder needs no account to join: the office's accounts come with the join. */
        @Override
        AppContext open(Login login) {
            if (login.state() == Login.State.NEW) {
                settingUp = login;
                return login.beginJoin();
            }
            return super.open(login);
        }

        @Override
        int run(AppContext context, PrintWriter out) {
            return withPassphrase(false, out, passphrase -> {
                context.sync().join(share, passphrase, deviceName());
                if (settingUp != null) {
                    // the office's accounts come with the first sync (or the snapshot the join started from)
                    context.sync().sync(Progress.NONE);
                }
                if (settingUp == null) {
                    context.reconcileGrants();
                    return root().messages().get("cli.share.joined", share.toAbsolutePath());
                }
                return root().messages().get(settingUp.finishJoin(context) ? "cli.share.joinedNew"
                        : "cli.share.joinedNoAccounts", share.toAbsolutePath());
            });
        }
    }

    @Command(name = "snapshot", mixinStandardHelpOptions = true,
            description = "Sync, then write a snapshot of everything this device holds, for new devices to start from.")
    static final class Snapshot extends StoreCommand {

        @Override
        Permission needs() {
            return Permission.DEVICES_MANAGE;
        }
        @Override
        int run(AppContext context, PrintWriter out) {
            try {
                out.println(root().messages().get("cli.share.snapshot", context.sync().snapshot()));
                return 0;
            } catch (SyncRefusedException e) {
                return SyncCommand.refused(e, root().messages(), spec.commandLine().getErr());
            }
        }
    }

    @Command(name = "compact", mixinStandardHelpOptions = true,
            description = "Remove this device's batch files that every active device has applied and a snapshot covers.")
    static final class Compact extends StoreCommand {

        @Override
        Permission needs() {
            return Permission.DEVICES_MANAGE;
        }
        @Override
        int run(AppContext context, PrintWriter out) {
            try {
                out.println(root().messages().get("cli.share.compacted", context.sync().compact()));
                return 0;
            } catch (SyncRefusedException e) {
                return SyncCommand.refused(e, root().messages(), spec.commandLine().getErr());
            }
        }
    }

    @Command(name = "retire", mixinStandardHelpOptions = true,
            description = "Retire another device (lost or replaced): it can no longer sync; what it exported stays.")
    static final class Retire extends StoreCommand {

        @Override
        Permission needs() {
            return Permission.DEVICES_MANAGE;
        }

        @picocli.CommandLine.Parameters(index = "0", paramLabel = "DEVICE", description = "Its name or the start of its id.")
        String device;

        @Override
        int run(AppContext context, PrintWriter out) {
            try {
                var retired = context.sync().retire(device);
                if (retired.isEmpty()) {
                    spec.commandLine().getErr().println(root().messages().get("cli.share.noSuchDevice", device));
                    return 1;
                }
                out.println(root().messages().get("cli.share.retired", retired.get()));
                return 0;
            } catch (SyncRefusedException e) {
                return SyncCommand.refused(e, root().messages(), spec.commandLine().getErr());
            }
        }
    }

    @Command(name = "rejoin", mixinStandardHelpOptions = true,
            description = "For a device refused as cloned or restored: go on as a new device of the realm; what the "
                    + "old identity exported is imported again, nothing is lost. Start Lotse again afterwards.")
    static final class Rejoin extends SetUp {

        @Override
        int run(AppContext context, PrintWriter out) {
            return withPassphrase(false, out, passphrase -> {
                context.sync().rejoin(passphrase, deviceName());
                context.reconcileGrants();
                return root().messages().get("cli.share.rejoined");
            });
        }
    }
}
