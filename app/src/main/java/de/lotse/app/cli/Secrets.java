package de.lotse.app.cli;

import de.lotse.app.i18n.Messages;
import java.io.Console;
import java.util.Arrays;

/**
 * Passwords and passphrases for a command: from an environment variable (scripts, tests), else
 * asked on the terminal without echo, twice where a new one is set. Without either the command is
 * refused with a sentence naming the variable.
 */
final class Secrets {

    static final String USER_VARIABLE = "LOTSE_USER";
    static final String PASSWORD_VARIABLE = "LOTSE_PASSWORD";
    /** The new password of {@code lotse user password}, which logs in with {@link #PASSWORD_VARIABLE}. */
    static final String NEW_PASSWORD_VARIABLE = "LOTSE_NEW_PASSWORD";

    /** The message keys of one secret: asked, asked again, missing (with the variable), not the same twice. */
    record Prompts(String ask, String repeat, String missing, String differ) {

        static final Prompts PASSWORD = new Prompts("cli.login.askPassword", "cli.login.repeatPassword",
                "cli.login.noPassword", "cli.login.passwordsDiffer");
    }

    private Secrets() {
    }

    /**
     * The secret from {@code variable}, else from the terminal ({@code twice}: typed twice, the
     * same). The caller wipes it.
     *
     * @throws CliRefusal when there is none to be had
     */
    static char[] read(LotseCommand root, String variable, Prompts prompts, boolean twice) {
        Messages messages = root.messages();
        String fromEnvironment = root.environment(variable);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new CliRefusal(messages.get(prompts.missing(), variable));
        }
        char[] first = console.readPassword("%s", messages.get(prompts.ask()));
        if (first == null) {
            throw new CliRefusal(messages.get(prompts.missing(), variable));
        }
        if (twice) {
            char[] second = console.readPassword("%s", messages.get(prompts.repeat()));
            boolean same = Arrays.equals(first, second);
            if (second != null) {
                Arrays.fill(second, '\0');
            }
            if (!same) {
                Arrays.fill(first, '\0');
                throw new CliRefusal(messages.get(prompts.differ()));
            }
        }
        return first;
    }

    /** The user name: {@code --user}, {@code LOTSE_USER}, else asked on the terminal. */
    static String userName(LotseCommand root) {
        String named = root.userName();
        if (named != null) {
            return named;
        }
        Console console = System.console();
        String typed = console == null ? null : console.readLine("%s", root.messages().get("cli.login.askUser"));
        if (typed == null || typed.isBlank()) {
            throw new CliRefusal(root.messages().get("cli.login.noUser", USER_VARIABLE));
        }
        return typed.strip();
    }
}
